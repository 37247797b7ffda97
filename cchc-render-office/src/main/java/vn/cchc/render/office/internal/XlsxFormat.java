package vn.cchc.render.office.internal;

import java.util.Locale;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderException;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.RenderWarning;
import vn.cchc.render.spi.OutputStreams;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.DerivedValue;
import vn.cchc.rules.Finding;

/**
 * The appendix as an XLSX workbook, streamed with POI's SXSSF (a window of rows in memory, the rest
 * in a temporary file), so a batch of thousands of reports fits in little memory.
 *
 * <ul>
 *   <li>sheet "Phụ lục": one row per appendix entry; counts and money are numeric cells ("#,##0"),
 *       percentages are numeric fractions formatted as percentages with the decimals as written
 *       (99,3 → 0.993 shown "99.3%"), coded answers are text "2 (3 cấp)", "-" is text, blank is an empty
 *       cell; a batch adds the report's number, issuer and period as the first columns;</li>
 *   <li>sheet "Phát hiện": one row per finding (when findings are on).</li>
 * </ul>
 * Every text is written as a string cell, never as a formula, so text such as "=HYPERLINK(…)" is inert.
 */
final class XlsxFormat implements Renderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("xlsx",
      "Excel workbook of the appendix: numeric cells, percentages as percentages, findings sheet",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", true);
  static final String APPENDIX_SHEET = "Phụ lục";
  static final String FINDINGS_SHEET = "Phát hiện";
  private static final int MAX_CELL = 32_767;

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
      throws IOException {
    Iterator<? extends RenderInput> it = inputs.iterator();
    RenderInput first = it.hasNext() ? it.next() : null;
    boolean batch = first != null && it.hasNext();
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    // SXSSF's default, Zip64Mode.Always, writes ZIP64 data descriptors (8-byte sizes) after local headers that have
    // no ZIP64 extra field: java.util.zip.ZipInputStream then reads 4-byte sizes and fails with "invalid entry size
    // (expected 0 but got … bytes)". AsNeeded writes classic descriptors (no part of a workbook nears 4 GiB).
    wb.setZip64Mode(Zip64Mode.AsNeeded);
    try {
      Writer w = new Writer(wb, options, batch);
      if (first != null) {
        w.report(first);
      }
      while (it.hasNext()) {
        w.report(it.next());
      }
      w.finish();
      wb.write(OutputStreams.nonClosing(out));
      out.flush();
    } finally {
      wb.close();
    }
  }

  /** Writes one workbook; not thread-safe, one per call. */
  private static final class Writer {
    final SXSSFWorkbook wb;
    final RenderOptions o;
    final Locale l;
    final boolean batch;
    final SXSSFSheet appendix;
    final SXSSFSheet findings;
    final CellStyle text;
    final CellStyle bold;
    final CellStyle head;
    final CellStyle count;
    final CellStyle decimal;
    /** Numbers that are no amounts (a year, an expected figure of a finding): General, "2024" not "2,024". */
    final CellStyle general;
    final Map<CellStyle, Map<vn.cchc.rules.Severity, CellStyle>> flagged = new HashMap<>();
    /** Coded cells by code list, given their drop-down at the end. */
    final Map<String, org.apache.poi.ss.util.CellRangeAddressList> coded = new java.util.LinkedHashMap<>();
    final Map<String, vn.cchc.model.catalogue.CodeList> lists = new HashMap<>();
    org.apache.poi.ss.usermodel.Drawing<?> drawing;
    int valueCol;
    int derivedCol = -1;    final Map<Integer, CellStyle> percent = new HashMap<>();
    final DataFormat fmt;
    int appendixRow;
    int findingRow;
    final int firstData;
    final List<String> columns = new ArrayList<>();

    Writer(SXSSFWorkbook wb, RenderOptions o, boolean batch) {
      this.wb = wb;
      this.o = o;
      this.l = o.locale();
      this.batch = batch;
      this.fmt = wb.createDataFormat();
      Font f = font(false);
      Font fb = font(true);
      text = style(f, null, true);
      bold = wb.createCellStyle();
      bold.setFont(fb);
      head = style(fb, null, true);
      head.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
      head.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
      head.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      count = style(f, "#,##0", false);
      decimal = style(f, "#,##0.######", false);
      general = style(f, null, false);
      appendix = wb.createSheet(o.property("xlsx.sheetName").orElse(APPENDIX_SHEET));
      findings = o.includeFindings() ? wb.createSheet(FINDINGS_SHEET) : null;
      if (batch) {
        columns.addAll(List.of(Label.NUMBER.text(l), Label.ISSUER.text(l), Label.PERIOD.text(l)));
      }
      columns.addAll(List.of(Label.INDICATOR_ID.text(l), Label.CODE.text(l), Label.INDICATOR.text(l),
          Label.UNIT.text(l), Label.VALUE.text(l)));
      if (o.includeDerived()) {
        columns.add(Label.DERIVED.text(l));
      }
      columns.add(Label.NOTE.text(l));
      if (o.includeFindings()) {
        columns.add(Label.FINDINGS.text(l));
      }
      appendixRow = batch ? 0 : 2;
      firstData = appendixRow + 1;
      Row h = appendix.createRow(appendixRow++);
      for (int c = 0; c < columns.size(); c++) {
        str(h, c, columns.get(c), head);
        appendix.setColumnWidth(c, 256 * width(columns.get(c)));
      }
      appendix.createFreezePane(0, firstData);
      print(appendix);
      // the header row printed on every page
      appendix.setRepeatingRows(new CellRangeAddress(firstData - 1, firstData - 1, -1, -1));
      valueCol = columns.indexOf(Label.VALUE.text(l));
      derivedCol = columns.indexOf(Label.DERIVED.text(l));
      if (findings != null) {
        List<String> fh = List.of(Label.NUMBER.text(l), Label.SEVERITY.text(l), Label.RULE.text(l),
            Label.INDICATOR_ID.text(l), Label.LOCATION.text(l), Label.MESSAGE.text(l), Label.EXPECTED.text(l),
            Label.ACTUAL.text(l));
        Row r = findings.createRow(findingRow++);
        for (int c = 0; c < fh.size(); c++) {
          str(r, c, fh.get(c), head);
          findings.setColumnWidth(c, 256 * (c == 5 ? 70 : 18));
        }
        findings.createFreezePane(0, 1);
        print(findings);
        findings.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
      }
    }

    /** A4 landscape, one page wide, header row repeated: how the sheet prints or converts to PDF. */
    private static void print(Sheet s) {
      s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      s.getPrintSetup().setLandscape(true);
      s.setFitToPage(true);
      s.getPrintSetup().setFitWidth((short) 1);
      s.getPrintSetup().setFitHeight((short) 0);
    }

    private int width(String column) {
      if (column.equals(Label.INDICATOR.text(l))) {
        return 60;
      }
      if (column.equals(Label.FINDINGS.text(l)) || column.equals(Label.ISSUER.text(l))) {
        return 40;
      }
      if (column.equals(Label.UNIT.text(l)) || column.equals(Label.NOTE.text(l))) {
        return 24;
      }
      return 14;
    }

    private Font font(boolean b) {
      Font f = wb.createFont();
      f.setFontName("Times New Roman");
      f.setFontHeightInPoints((short) 12);
      f.setBold(b);
      return f;
    }

    /** A style of a table cell: thin borders on every side, top-aligned. */
    private CellStyle style(Font f, String format, boolean wrap) {
      CellStyle s = wb.createCellStyle();
      s.setFont(f);
      s.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      s.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      s.setBorderLeft(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      s.setBorderRight(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      s.setWrapText(wrap);
      s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
      if (format != null) {
        s.setDataFormat(fmt.getFormat(format));
      }
      return s;
    }

    private CellStyle percent(int decimals) {
      return percent.computeIfAbsent(decimals, d -> style(font(false), d <= 0 ? "0%" : "0." + "0".repeat(d) + "%", false));
    }

    /**
     * The text as a cell holds it: printable, and at most {@link #MAX_CELL} characters — a longer text is cut (never
     * inside a surrogate pair) and ends with {@link RenderWarning#TRUNCATED_MARKER}, and the cut is reported to
     * {@link RenderOptions#onWarning()}.
     */
    private String clean(String s, Row r, int c) {
      String t = RenderTexts.printable(s);
      if (t.length() <= MAX_CELL) {
        return t;
      }
      int keep = MAX_CELL - RenderWarning.TRUNCATED_MARKER.length();
      if (Character.isHighSurrogate(t.charAt(keep - 1))) {
        keep--;
      }
      String place = "'" + r.getSheet().getSheetName() + "'!" + new CellReference(r.getRowNum(), c).formatAsString();
      o.onWarning().accept(new RenderWarning(DESCRIPTOR.name(), place, "a text of " + t.length()
          + " characters was cut to the " + MAX_CELL + " an Excel cell holds, ending with \"" + RenderWarning.TRUNCATED_MARKER
          + "\""));
      return t.substring(0, keep) + RenderWarning.TRUNCATED_MARKER;
    }

    private void str(Row r, int c, String s, CellStyle st) {
      org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
      cell.setCellValue(clean(s, r, c));
      cell.setCellStyle(st);
    }

    private static void num(Row r, int c, BigDecimal v, CellStyle st) {
      org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
      cell.setCellValue(v.doubleValue());
      cell.setCellStyle(st);
    }

    void report(RenderInput in) {
      Report rep = in.report();
      String period = RenderTexts.period(rep.period(), RenderOptions.VIETNAMESE);
      if (!batch && appendixRow == firstData) {
        Row t = appendix.createRow(0);
        str(t, 0, Label.APPENDIX.text(l) + " – " + rep.numberOrDraft() + " – " + rep.issuer().displayName() + " – "
            + period, bold);
        appendix.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
      }
      // the sheet row of every entry of this report, for the ratio formulas over numerator and denominator
      Map<String, Integer> rowOf = new HashMap<>();
      for (int i = 0; i < rep.appendix().size(); i++) {
        rowOf.putIfAbsent(rep.appendix().get(i).indicatorId(), appendixRow + i);
      }
      for (AppendixEntry e : rep.appendix()) {
        Row r = appendix.createRow(appendixRow++);
        int c = 0;
        if (batch) {
          str(r, c++, rep.numberOrDraft(), text);
          str(r, c++, rep.issuer().displayName(), text);
          str(r, c++, period, text);
        }
        str(r, c++, e.indicatorId(), text);
        str(r, c++, e.codeAsWritten().orElse(""), text);
        str(r, c++, e.label(), text);
        str(r, c++, e.unitAsWritten(), text);
        value(r, c++, e.value(), in.catalogue());
        if (o.includeDerived()) {
          int col = c++;
          in.derivedFor(e.indicatorId()).ifPresent(d -> derived(r, col, in, d, rep, rowOf));
        }
        str(r, c++, e.note().orElse(""), text);
        if (o.includeFindings()) {
          List<Finding> fs = in.findingsFor(e.indicatorId());
          if (!fs.isEmpty()) {
            str(r, c, RenderTexts.findings(fs, l), text);
            flag(r, valueCol, fs);
          }
        }
        size(r, columns.indexOf(Label.INDICATOR.text(l)), e.label(), 60);
      }
      if (findings != null) {
        for (Finding f : in.findings()) {
          Row r = findings.createRow(findingRow++);
          str(r, 0, rep.numberOrDraft(), text);
          str(r, 1, RenderTexts.severity(f.severity(), l), text);
          str(r, 2, f.ruleId(), text);
          str(r, 3, String.join(", ", f.indicatorIds()), text);
          str(r, 4, f.sectionPath().orElse("") + f.location().map(x -> (f.sectionPath().isPresent() ? ", " : "")
              + RenderTexts.line(x.line(), l)).orElse(""), text);
          str(r, 5, f.message(l), text);
          // General, not "#,##0": an expected year reads "2024", never "2,024"
          if (f.expected().isPresent()) {
            num(r, 6, f.expected().get(), general);
          }
          if (f.actual().isPresent()) {
            num(r, 7, f.actual().get(), general);
          }
          size(r, 5, f.message(l), 70);
        }
      }
    }

    private void value(Row r, int c, IndicatorValue v, vn.cchc.model.catalogue.Catalogue catalogue) {
      switch (v.state()) {
        case COUNT:
          num(r, c, v.number().orElseThrow(), count);
          break;
        case PERCENTAGE:
          PercentageValue p = (PercentageValue) v;
          num(r, c, p.value().movePointLeft(2), percent(p.decimals()));
          break;
        case MONEY:
          num(r, c, v.number().orElseThrow(), decimal);
          break;
        case CODED:
          str(r, c, RenderTexts.value(v, catalogue), text);
          String list = ((vn.cchc.model.CodedValue) v).codeListId();
          if (catalogue.codeList(list).isPresent()) {
            lists.putIfAbsent(list, catalogue.codeList(list).get());
            coded.computeIfAbsent(list, k -> new org.apache.poi.ss.util.CellRangeAddressList())
                .addCellRangeAddress(r.getRowNum(), c, r.getRowNum(), c);
          }
          break;
        case NOT_APPLICABLE:
          str(r, c, RenderTexts.value(v, catalogue), text);
          break;
        default:
          break; // not reported: an empty cell, never 0
      }
    }

    /**
     * The derived value. A ratio whose numerator and denominator are rows of the sheet with counts is a formula
     * over their value cells ({@code =F12/F11}) with the derived value as its cached result, so the sheet
     * recomputes when a clerk corrects a figure; otherwise the number.
     */
    private void derived(Row r, int c, RenderInput in, DerivedValue d, Report rep, Map<String, Integer> rowOf) {
      if (d.value().isEmpty()) {
        str(r, c, Label.UNDEFINED.text(l), text);
        return;
      }
      boolean pct = in.indicator(d.indicatorId()).map(def -> def.kind() == IndicatorKind.PERCENTAGE).orElse(false);
      BigDecimal shown = pct ? d.rounded(8).orElseThrow().movePointLeft(2) : d.rounded(6).orElseThrow();
      CellStyle st = pct ? percent(1) : decimal;
      Integer num = rowOf.get(d.indicatorId() + "/numerator");
      Integer den = rowOf.get(d.indicatorId() + "/denominator");
      if (pct && num != null && den != null && isCount(rep, d.indicatorId() + "/numerator")
          && isCount(rep, d.indicatorId() + "/denominator") && d.denominator().map(x -> x.signum() != 0).orElse(false)) {
        String v = CellReference.convertNumToColString(valueCol);
        org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
        cell.setCellFormula(v + (num + 1) + "/" + v + (den + 1));
        cell.setCellValue(shown.doubleValue());
        cell.setCellStyle(st);
        return;
      }
      num(r, c, shown, st);
    }

    private static boolean isCount(Report rep, String id) {
      return rep.entry(id).map(e -> e.value().state() == vn.cchc.model.ValueState.COUNT).orElse(false);
    }

    /** Fills the cell by the most severe finding and puts the findings in its comment. */
    private void flag(Row r, int c, List<Finding> fs) {
      vn.cchc.rules.Severity worst = fs.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
      org.apache.poi.ss.usermodel.Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
      CellStyle base = cell.getCellStyle() == null || cell.getCellStyle().getIndex() == 0 ? text : cell.getCellStyle();
      cell.setCellStyle(flagged.computeIfAbsent(base, b -> new HashMap<>()).computeIfAbsent(worst, sev -> {
        CellStyle s = style(wb.getFontAt(base.getFontIndex()), null, base.getWrapText());
        s.setDataFormat(base.getDataFormat());
        s.setAlignment(base.getAlignment());
        s.setFillForegroundColor(sev == vn.cchc.rules.Severity.ERROR ? org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex()
            : sev == vn.cchc.rules.Severity.WARNING ? org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex()
            : org.apache.poi.ss.usermodel.IndexedColors.PALE_BLUE.getIndex());
        s.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        return s;
      }));
      if (drawing == null) {
        drawing = appendix.createDrawingPatriarch();
      }
      org.apache.poi.ss.usermodel.ClientAnchor a = wb.getCreationHelper().createClientAnchor();
      a.setCol1(c + 1);
      a.setCol2(c + 5);
      a.setRow1(r.getRowNum());
      a.setRow2(r.getRowNum() + 4 + 2 * fs.size());
      org.apache.poi.ss.usermodel.Comment comment = drawing.createCellComment(a);
      comment.setAuthor("cchc");
      comment.setString(wb.getCreationHelper().createRichTextString(
          clean(RenderTexts.findings(fs, l).replace("; [", "\n["), r, c)));
      // SXSSF's setCellComment only remembers it; the comment's own address is the anchor's corner unless set
      comment.setAddress(r.getRowNum(), c);
      cell.setCellComment(comment);
    }

    /** Gives a row the height its wrapped text needs in a column of the given width, so no text prints over the next row. */
    private static void size(Row r, int c, String s, int widthChars) {
      if (c < 0) {
        return;
      }
      int lines = 0;
      for (String part : s.split("\n", -1)) {
        lines += Math.max(1, (int) Math.ceil(part.length() / (widthChars * 1.05)));
      }
      float h = Math.min(409f, lines * 15.75f + 2f);
      if (h > r.getHeightInPoints()) {
        r.setHeightInPoints(h);
      }
    }

    void finish() {
      org.apache.poi.ss.usermodel.DataValidationHelper dv = appendix.getDataValidationHelper();
      for (Map.Entry<String, org.apache.poi.ss.util.CellRangeAddressList> e : coded.entrySet()) {
        vn.cchc.model.catalogue.CodeList list = lists.get(e.getKey());
        String[] options = list.entries().stream().map(x -> x.code() + " (" + x.label() + ")").toArray(String[]::new);
        org.apache.poi.ss.usermodel.DataValidation v = dv.createValidation(dv.createExplicitListConstraint(options),
            e.getValue());
        v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        v.setShowErrorBox(true);
        v.setShowPromptBox(true);
        v.createPromptBox(Label.VALUE.text(l), list.asWritten());
        appendix.addValidationData(v);
      }
      appendix.setAutoFilter(new CellRangeAddress(firstData - 1, Math.max(firstData - 1, appendixRow - 1), 0,
          columns.size() - 1));
    }
  }
}
