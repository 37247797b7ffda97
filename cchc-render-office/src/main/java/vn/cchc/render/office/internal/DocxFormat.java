package vn.cchc.render.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.Signer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Language;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.OutputStreams;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.Finding;

/**
 * The whole report as a Word document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout;
 * issuer (upper case, bold) and "Số: …" top left; national name (upper case, bold, 12 pt) and motto
 * (bold, 13 pt) centred top right; the place-and-date line in italics below them (place:
 * {@link Report#place()}, else the issuer's unit name; day and month on two digits, or the decree's
 * strict rule with the option property {@code docx.dateStyle=decree}); "BÁO CÁO" and the title
 * centred and bold; the sections (body 14 pt, justified, first-line indent); "Nơi nhận:" (bold
 * italic 12 pt, recipients 11 pt) on the left and the signature block on the right; then, on a new
 * page, the appendix table. Page numbers are centred in the header from page 2.
 *
 * <p>XWPF builds the document in memory: a batch puts each report on new pages of one document, so
 * for thousands of reports write one document per report. Every text goes into a text run (never a
 * field), so text such as "=HYPERLINK(…)" is inert.
 */
final class DocxFormat implements Renderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("docx",
      "Word document of the whole report in the layout of Nghị định 30/2020 (A4, Times New Roman)",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true);
  static final String FONT = "Times New Roman";
  /** Twips per millimetre is 1440 / 25.4. */
  static final int MM_20 = 1134;
  static final int MM_30 = 1701;
  static final int MM_15 = 850;
  static final int A4_W = 11906;
  static final int A4_H = 16838;
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      boolean first = true;
      for (RenderInput in : inputs) {
        if (!first) {
          doc.createParagraph().setPageBreak(true);
        }
        first = false;
        report(doc, in, options);
      }
      doc.write(OutputStreams.nonClosing(out));
      out.flush();
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_W));
    size.setH(BigInteger.valueOf(A4_H));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MM_20));
    mar.setBottom(BigInteger.valueOf(MM_20));
    mar.setLeft(BigInteger.valueOf(MM_30));
    mar.setRight(BigInteger.valueOf(MM_15));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
    // page numbers top centre from page 2: a numbered default header, an empty first-page header
    sect.addNewTitlePg();
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = h.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField f = p.getCTP().addNewFldSimple();
    f.setInstr("PAGE");
    f.addNewR().addNewT().setStringValue("2");
  }

  private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    if (bold) { // not bold, not italic: Word's default, no element written (two fewer per run of a 10⁵-row table)
      r.setBold(true);
    }
    if (italic) {
      r.setItalic(true);
    }
    r.setText(RenderTexts.printable(text).replace('\t', ' '));
    return r;
  }

  private static XWPFParagraph para(XWPFTableCell cell, ParagraphAlignment a) {
    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    if (!p.getRuns().isEmpty()) {
      p = cell.addParagraph();
    }
    p.setAlignment(a);
    p.setSpacingAfter(0);
    return p;
  }

  /** Text width of the page: A4 less the left and right margins, in twips. */
  static final int TEXT_W = A4_W - MM_30 - MM_15;

  /**
   * A new last row of empty cells of the given widths (twips), made on the XML directly: POI's
   * {@code XWPFTable.createRow()} counts the table's rows in the XML each time ({@code sizeOfTrArray()}, a walk
   * over every row), which made an appendix of 10⁵ rows quadratic, and {@code XWPFTableCell.setWidth} parses
   * its text through an exception per cell. The row is not in {@code t.getRows()}.
   */
  static XWPFTableRow newRow(XWPFTable t, int[] twips) {
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow tr = t.getCTTbl().addNewTr();
    for (int w : twips) {
      org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc tc = tr.addNewTc();
      org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth tcw = tc.addNewTcPr().addNewTcW();
      tcw.setW(BigInteger.valueOf(w));
      tcw.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
      tc.addNewP();
    }
    return new XWPFTableRow(tr, t);
  }

  /** Fixes the column widths (twips) of every row so that Word and LibreOffice lay the table out alike. */
  private static void widths(XWPFTable t, int... twips) {
    widths(t, t.getRows(), twips);
  }

  /** As {@link #widths(XWPFTable, int...)}, for the rows given. */
  private static void widths(XWPFTable t, List<XWPFTableRow> rows, int... twips) {
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl ct = t.getCTTbl();
    var pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
        .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    var grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (XWPFTableRow row : rows) {
      for (int c = 0; c < twips.length && c < row.getTableCells().size(); c++) {
        row.getCell(c).setWidth(Integer.toString(twips[c]));
      }
    }
  }

  private static XWPFTable borderless(XWPFDocument doc, int cols) {
    XWPFTable t = doc.createTable(1, cols);
    t.removeBorders();
    t.setWidth("100%");
    t.setTableAlignment(TableRowAlign.CENTER);
    return t;
  }

  private static XWPFParagraph body(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    p.setSpacingAfter(120);
    return p;
  }

  private void report(XWPFDocument doc, RenderInput in, RenderOptions o) {
    Report r = in.report();
    Language l = o.language();
    XWPFTable head = borderless(doc, 2);
    XWPFTableRow row = head.getRow(0);
    run(para(row.getCell(0), ParagraphAlignment.CENTER), r.issuer().displayName().toUpperCase(VI), 13, true, false);
    run(para(row.getCell(0), ParagraphAlignment.CENTER), "Số: " + r.number().map(DocumentNumber::asWritten).orElse("      /BC-" + r.issuer().body()), 13, false, false);
    run(para(row.getCell(1), ParagraphAlignment.CENTER), RenderTexts.NATIONAL_NAME, 12, true, false);
    XWPFRun motto = run(para(row.getCell(1), ParagraphAlignment.CENTER), RenderTexts.MOTTO, 13, true, false);
    motto.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
    XWPFTableRow row2 = head.createRow();
    boolean strict = o.property("docx.dateStyle").map("decree"::equals).orElse(false);
    run(para(row2.getCell(1), ParagraphAlignment.CENTER), RenderTexts.placeAndDate(r, strict), 14, false, true);
    widths(head, 3555, TEXT_W - 3555);

    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    title.setSpacingBefore(240);
    title.setSpacingAfter(0);
    run(title, Label.REPORT.text(Language.VI), 14, true, false);
    XWPFParagraph sub = doc.createParagraph();
    sub.setAlignment(ParagraphAlignment.CENTER);
    sub.setSpacingAfter(240);
    run(sub, r.title(), 14, true, false);

    blocks(doc, r.preamble());
    for (NarrativeSection s : r.sections()) {
      section(doc, s, 0);
    }
    blocks(doc, r.closing());

    XWPFTable sig = borderless(doc, 2);
    XWPFTableRow sr = sig.getRow(0);
    if (!r.recipients().isEmpty()) {
      run(para(sr.getCell(0), ParagraphAlignment.LEFT), Label.RECIPIENTS.text(Language.VI) + ":", 12, true, true);
      List<String> recs = r.recipients();
      for (int i = 0; i < recs.size(); i++) {
        run(para(sr.getCell(0), ParagraphAlignment.LEFT), "- " + recs.get(i) + (i == recs.size() - 1 ? "." : ";"), 11,
            false, false);
      }
    }
    if (r.signer().isPresent()) {
      Signer s = r.signer().get();
      if (s.onBehalfOf().isPresent()) {
        run(para(sr.getCell(1), ParagraphAlignment.CENTER), s.onBehalfOf().get(), 14, true, false);
      }
      run(para(sr.getCell(1), ParagraphAlignment.CENTER), s.position(), 14, true, false);
      for (int i = 0; i < 4; i++) {
        run(para(sr.getCell(1), ParagraphAlignment.CENTER), "", 14, false, false);
      }
      run(para(sr.getCell(1), ParagraphAlignment.CENTER), s.name(), 14, true, false);
    }
    widths(sig, TEXT_W / 2, TEXT_W - TEXT_W / 2);
    if (!r.appendix().isEmpty()) {
      appendix(doc, in, o);
    }
  }

  private void section(XWPFDocument doc, NarrativeSection s, int depth) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    p.setSpacingBefore(depth == 0 ? 120 : 60);
    p.setSpacingAfter(60);
    run(p, s.marker() + (s.title().isEmpty() ? "" : " " + s.title()), 14, true, depth >= 2);
    blocks(doc, s.blocks());
    for (NarrativeSection c : s.children()) {
      section(doc, c, depth + 1);
    }
  }

  private void blocks(XWPFDocument doc, List<NarrativeBlock> blocks) {
    for (NarrativeBlock b : blocks) {
      XWPFParagraph p = body(doc);
      String text = b.marker().map(m -> m + " ").orElse("") + b.text();
      if (b.kind() == NarrativeBlock.Kind.SUB_BULLET) {
        p.setIndentationLeft(567);
      }
      run(p, text, 14, false, false);
    }
  }

  private void appendix(XWPFDocument doc, RenderInput in, RenderOptions o) {
    Language l = o.language();
    XWPFParagraph br = doc.createParagraph();
    br.setPageBreak(true);
    XWPFParagraph h = doc.createParagraph();
    h.setAlignment(ParagraphAlignment.CENTER);
    h.setSpacingAfter(0);
    run(h, Label.APPENDIX.text(l), 14, true, false);
    XWPFParagraph cap = doc.createParagraph();
    cap.setAlignment(ParagraphAlignment.CENTER);
    run(cap, Label.APPENDIX_CAPTION.text(l) + " " + RenderTexts.period(in.report().period(), Language.VI), 13, true,
        false);
    XWPFParagraph ref = doc.createParagraph();
    ref.setAlignment(ParagraphAlignment.CENTER);
    run(ref, "(" + in.report().numberOrDraft() + ", " + in.report().issuer().displayName() + ")", 13, false, true);

    boolean derived = o.includeDerived() && !in.derivedValues().isEmpty();
    boolean findings = o.includeFindings() && !in.findings().isEmpty();
    List<String> head = new java.util.ArrayList<>(List.of(Label.CODE.text(l), Label.INDICATOR.text(l),
        Label.UNIT.text(l), Label.VALUE.text(l)));
    if (derived) {
      head.add(Label.DERIVED.text(l));
    }
    head.add(Label.NOTE.text(l));
    if (findings) {
      head.add(Label.FINDINGS.text(l));
    }
    int[] w = new int[head.size()];
    int fixed = 0;
    for (int c = 0; c < w.length; c++) {
      String col = head.get(c);
      w[c] = c == 0 ? 850 : c == 1 ? 0 : col.equals(Label.UNIT.text(l)) ? 1300
          : col.equals(Label.FINDINGS.text(l)) ? 1900 : col.equals(Label.NOTE.text(l)) ? 1100 : 1050;
      fixed += w[c];
    }
    w[1] = TEXT_W - fixed;
    XWPFTable t = doc.createTable(1, head.size());
    t.setWidth("100%");
    XWPFTableRow hr = t.getRow(0);
    hr.setRepeatHeader(true);
    for (int c = 0; c < head.size(); c++) {
      run(para(hr.getCell(c), ParagraphAlignment.CENTER), head.get(c), 12, true, false);
    }
    for (AppendixEntry e : in.report().appendix()) {
      XWPFTableRow row = newRow(t, w);
      int c = 0;
      run(para(row.getCell(c++), ParagraphAlignment.LEFT), e.codeAsWritten().orElse(""), 12, false, false);
      boolean child = e.codeAsWritten().isEmpty();
      run(para(row.getCell(c++), ParagraphAlignment.LEFT), e.label(), 12, false, child);
      run(para(row.getCell(c++), ParagraphAlignment.LEFT), e.unitAsWritten(), 12, false, false);
      run(para(row.getCell(c++), ParagraphAlignment.RIGHT), RenderTexts.value(e.value(), in.catalogue()), 12, false, false);
      if (derived) {
        run(para(row.getCell(c++), ParagraphAlignment.RIGHT), in.derivedFor(e.indicatorId())
            .map(d -> RenderTexts.derived(d, 1, l)).orElse(""), 12, false, false);
      }
      run(para(row.getCell(c++), ParagraphAlignment.LEFT), e.note().orElse(""), 12, false, false);
      if (findings) {
        List<Finding> fs = in.findingsFor(e.indicatorId());
        XWPFRun fr = run(para(row.getCell(c), ParagraphAlignment.LEFT), RenderTexts.findings(fs, l), 11, !fs.isEmpty(),
            false);
        fr.setColor("B00000");
      }
    }
    widths(t, w); // the grid, and the header row's cells (the others have their widths from newRow)
    if (findings && !in.narrativeFindings().isEmpty()) {
      XWPFParagraph oh = doc.createParagraph();
      oh.setSpacingBefore(240);
      run(oh, Label.OTHER_FINDINGS.text(l), 13, true, false);
      for (Finding f : in.narrativeFindings()) {
        run(body(doc), "- " + RenderTexts.finding(f, l) + f.sectionPath().map(p -> " (" + p + ")").orElse(""), 12, false, false);
      }
    }
  }
}
