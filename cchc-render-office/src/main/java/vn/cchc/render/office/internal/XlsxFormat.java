package vn.cchc.render.office.internal;

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
import vn.cchc.render.Language;
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
    final Language l;
    final boolean batch;
    final SXSSFSheet appendix;
    final SXSSFSheet findings;
    final CellStyle text;
    final CellStyle bold;
    final CellStyle head;
    final CellStyle count;
    final CellStyle decimal;
    final Map<Integer, CellStyle> percent = new HashMap<>();
    final DataFormat fmt;
    int appendixRow;
    int findingRow;
    final int firstData;
    final List<String> columns = new ArrayList<>();

    Writer(SXSSFWorkbook wb, RenderOptions o, boolean batch) {
      this.wb = wb;
      this.o = o;
      this.l = o.language();
      this.batch = batch;
      this.fmt = wb.createDataFormat();
      Font f = font(false);
      Font fb = font(true);
      text = style(f, null, true);
      bold = style(fb, null, false);
      head = style(fb, null, true);
      count = style(f, "#,##0", false);
      decimal = style(f, "#,##0.######", false);
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

    private CellStyle style(Font f, String format, boolean wrap) {
      CellStyle s = wb.createCellStyle();
      s.setFont(f);
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
      String period = RenderTexts.period(rep.period(), Language.VI);
      if (!batch && appendixRow == firstData) {
        Row t = appendix.createRow(0);
        str(t, 0, Label.APPENDIX.text(l) + " – " + rep.numberOrDraft() + " – " + rep.issuer().displayName() + " – "
            + period, bold);
        appendix.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
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
          in.derivedFor(e.indicatorId()).ifPresent(d -> derived(r, col, in, d));
        }
        str(r, c++, e.note().orElse(""), text);
        if (o.includeFindings()) {
          List<Finding> fs = in.findingsFor(e.indicatorId());
          if (!fs.isEmpty()) {
            str(r, c, RenderTexts.findings(fs, l), text);
          }
        }
      }
      if (findings != null) {
        for (Finding f : in.findings()) {
          Row r = findings.createRow(findingRow++);
          str(r, 0, rep.numberOrDraft(), text);
          str(r, 1, RenderTexts.severity(f.severity(), l), text);
          str(r, 2, f.ruleId(), text);
          str(r, 3, String.join(", ", f.indicatorIds()), text);
          str(r, 4, f.sectionPath().orElse("") + f.location().map(x -> (f.sectionPath().isPresent() ? " " : "") + x)
              .orElse(""), text);
          str(r, 5, f.message(l.locale()), text);
          if (f.expected().isPresent()) {
            num(r, 6, f.expected().get(), decimal);
          }
          if (f.actual().isPresent()) {
            num(r, 7, f.actual().get(), decimal);
          }
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
        case NOT_APPLICABLE:
          str(r, c, RenderTexts.value(v, catalogue), text);
          break;
        default:
          break; // not reported: an empty cell, never 0
      }
    }

    private void derived(Row r, int c, RenderInput in, DerivedValue d) {
      if (d.value().isEmpty()) {
        str(r, c, Label.UNDEFINED.text(l), text);
        return;
      }
      boolean pct = in.indicator(d.indicatorId()).map(def -> def.kind() == IndicatorKind.PERCENTAGE).orElse(false);
      if (pct) {
        num(r, c, d.rounded(8).orElseThrow().movePointLeft(2), percent(1));
      } else {
        num(r, c, d.rounded(6).orElseThrow(), decimal);
      }
    }

    void finish() {
      appendix.setAutoFilter(new CellRangeAddress(firstData - 1, Math.max(firstData - 1, appendixRow - 1), 0,
          columns.size() - 1));
    }
  }
}
