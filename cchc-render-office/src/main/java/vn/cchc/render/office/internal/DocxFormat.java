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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.Signer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderInput;
import vn.cchc.render.Profile;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.NarrativeText;
import vn.cchc.render.spi.OutputStreams;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.IssuerHeader;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.Finding;

/**
 * The whole report as a Word document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout;
 * issuer (upper case, bold) and "Số: …" top left; national name (upper case, bold, 12 pt) and motto
 * (bold, 13 pt) centred top right; the place-and-date line in italics below them (place:
 * {@link Report#place()}, else the issuer's unit name; day and month on two digits, or the decree's
 * strict rule with the option property {@code docx.dateStyle=decree}); "BÁO CÁO" and the title
 * centred and bold; the sections (body 14 pt, justified, first-line indent; headings kept with the next
 * paragraph; numbered tasks that are sentences written as paragraphs; the copy's "- +" and asterisks cleaned,
 * {@link NarrativeText}); "Nơi nhận:" (bold italic 12 pt, recipients 11 pt) on the left and the signature block
 * on the right, in one table row that cannot split across pages; then, on a new page, the appendix table with
 * the template's two header rows (STT | Các chỉ tiêu | Kết quả: Đơn vị tính, Số liệu | Ghi chú), repeated on
 * every page. Page numbers are centred in the header from page 2.
 *
 * <p>Two profiles ({@link RenderOptions#profile()}): {@link Profile#ISSUE}, the default, adds nothing to the
 * report — the document to sign and send, always in Vietnamese; {@link Profile#REVIEW} adds the findings as
 * Word comments anchored on the figures and paragraphs they concern ({@link DocxComments}), the derived
 * values in a column beside the reported ones, and a "BẢN RÀ SOÁT" watermark on every page.
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
      page(doc, options);
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

  private static void page(XWPFDocument doc, RenderOptions o) {
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
    XWPFHeader h;
    if (o.profile() == Profile.REVIEW) {
      // a review copy says on every page, across the text, that it is not the issued document
      org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
      policy.createWatermark(Label.REVIEW_COPY.text(o.locale()));
      h = policy.getDefaultHeader();
    } else {
      doc.createHeader(HeaderFooterType.FIRST);
      h = doc.createHeader(HeaderFooterType.DEFAULT);
    }
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
    boolean review = o.profile() == Profile.REVIEW;
    // the issued document is the Vietnamese document as written; a review copy speaks the reviewer's language
    Locale l = review ? o.locale() : RenderOptions.VIETNAMESE;
    DocxComments comments = review && o.includeFindings() && !in.findings().isEmpty()
        ? new DocxComments(doc, in, l) : null;
    XWPFTable head = borderless(doc, 2);
    XWPFTableRow row = head.getRow(0);
    IssuerHeader issuer = IssuerHeader.of(r.issuer());
    issuer.superior().forEach(line -> run(para(row.getCell(0), ParagraphAlignment.CENTER), line, 13, false, false));
    issuer.issuer().forEach(line -> run(para(row.getCell(0), ParagraphAlignment.CENTER), line, 13, true, false));
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
    run(title, Label.REPORT.text(RenderOptions.VIETNAMESE), 14, true, false);
    XWPFParagraph sub = doc.createParagraph();
    sub.setAlignment(ParagraphAlignment.CENTER);
    sub.setSpacingAfter(240);
    run(sub, r.title(), 14, true, false);

    blocks(doc, r.preamble(), comments);
    for (NarrativeSection s : r.sections()) {
      section(doc, s, 0, comments);
    }
    blocks(doc, r.closing(), comments);
    if (comments != null) {
      // what has no paragraph of its own (a finding on the document as a whole) is anchored on the title
      List<Finding> rest = comments.unplaced();
      if (!rest.isEmpty()) {
        DocxComments.close(sub, comments.open(sub, rest));
      }
    }
    signature(doc, r);
    if (!r.appendix().isEmpty()) {
      appendix(doc, in, o, l, review, comments);
    }
  }

  /**
   * "Nơi nhận" and the signature block side by side in one row that cannot split across pages, every paragraph
   * kept with the next: the position ("CHỦ TỊCH") is never at the foot of one page with the name on the next.
   */
  private void signature(XWPFDocument doc, Report r) {
    XWPFTable sig = borderless(doc, 2);
    XWPFTableRow sr = sig.getRow(0);
    sr.setCantSplitRow(true);
    if (!r.recipients().isEmpty()) {
      run(para(sr.getCell(0), ParagraphAlignment.LEFT), Label.RECIPIENTS.text(RenderOptions.VIETNAMESE) + ":", 12, true, true);
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
    for (XWPFTableCell c : sr.getTableCells()) {
      for (XWPFParagraph p : c.getParagraphs()) {
        if (p.getCTP().getPPr() == null) { // an empty cell (no signer, no recipients): POI's setKeepNext needs a pPr
          p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
      }
    }
    widths(sig, TEXT_W / 2, TEXT_W - TEXT_W / 2);
  }

  private void section(XWPFDocument doc, NarrativeSection s, int depth, DocxComments comments) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    List<BigInteger> ids = comments == null ? List.of() : comments.open(p, comments.atLine(s.location().line()));
    String text = s.marker() + (s.title().isEmpty() ? "" : " " + s.title());
    if (NarrativeText.isNumberedParagraph(s)) {
      // "1. Tiếp tục triển khai … năm 2024." in section IV: a numbered task, written as a paragraph
      p.setSpacingAfter(120);
      runs(p, text, 14);
    } else {
      p.setSpacingBefore(depth == 0 ? 120 : 60);
      p.setSpacingAfter(60);
      p.setKeepNext(true);
      run(p, NarrativeText.plain(text), 14, true, depth >= 2);
    }
    DocxComments.close(p, ids);
    blocks(doc, s.blocks(), comments);
    for (NarrativeSection c : s.children()) {
      section(doc, c, depth + 1, comments);
    }
  }

  private void blocks(XWPFDocument doc, List<NarrativeBlock> blocks, DocxComments comments) {
    for (NarrativeBlock b : blocks) {
      XWPFParagraph p = body(doc);
      List<BigInteger> ids = comments == null ? List.of() : comments.open(p, comments.atLine(b.location().line()));
      String marker = NarrativeText.marker(b);
      if (b.kind() == NarrativeBlock.Kind.SUB_BULLET) {
        p.setIndentationLeft(567);
      }
      runs(p, (marker.isEmpty() ? "" : marker + " ") + b.text(), 14);
      DocxComments.close(p, ids);
    }
  }

  /** The text as runs, the copy's emphasis marks turned into italics ({@link NarrativeText#runs(String)}). */
  private static void runs(XWPFParagraph p, String text, int size) {
    for (NarrativeText.Run r : NarrativeText.runs(text)) {
      run(p, r.text(), size, false, r.italic());
    }
  }

  private void appendix(XWPFDocument doc, RenderInput in, RenderOptions o, Locale l, boolean review,
      DocxComments comments) {
    Report rep = in.report();
    XWPFParagraph br = doc.createParagraph();
    br.setPageBreak(true);
    XWPFParagraph h = doc.createParagraph();
    h.setAlignment(ParagraphAlignment.CENTER);
    h.setSpacingAfter(0);
    run(h, Label.APPENDIX.text(l), 14, true, false);
    XWPFParagraph cap = doc.createParagraph();
    cap.setAlignment(ParagraphAlignment.CENTER);
    cap.setSpacingAfter(0);
    run(cap, Label.APPENDIX_TITLE.text(l) + " " + RenderTexts.period(rep.period(), RenderOptions.VIETNAMESE).toUpperCase(VI), 13,
        true, false);
    XWPFParagraph ref = doc.createParagraph();
    ref.setAlignment(ParagraphAlignment.CENTER);
    ref.setSpacingAfter(240);
    run(ref, "(" + Label.ATTACHED_TO.text(l) + " " + rep.numberOrDraft()
        + rep.issueDate().map(d -> " ngày " + RenderTexts.date(d)).orElse("") + " của " + rep.issuer().displayName()
        + ")", 13, false, true);

    boolean derived = review && o.includeDerived() && !in.derivedValues().isEmpty();
    // the template's columns: STT | Các chỉ tiêu | Kết quả (Đơn vị tính | Số liệu) | Ghi chú; a review copy adds
    // the derived value beside the reported one, under "Kết quả"
    int[] w = derived ? new int[] {850, 0, 1300, 1050, 1050, 1100} : new int[] {850, 0, 1300, 1200, 1300};
    int fixed = 0;
    for (int x : w) {
      fixed += x;
    }
    w[1] = TEXT_W - fixed;
    int results = derived ? 3 : 2;
    XWPFTable t = doc.createTable(1, 1);
    t.setWidth("100%");
    t.removeRow(0);
    int[] top = new int[] {w[0], w[1], 0, w[w.length - 1]};
    for (int c = 2; c < 2 + results; c++) {
      top[2] += w[c];
    }
    XWPFTableRow h1 = newRow(t, top);
    XWPFTableRow h2 = newRow(t, w);
    for (XWPFTableRow hr : List.of(h1, h2)) {
      hr.setRepeatHeader(true);
      hr.setCantSplitRow(true);
    }
    h1.getCell(2).getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(results));
    String[] merged = {Label.CODE.text(l), Label.INDICATOR.text(l), null, Label.NOTE.text(l)};
    int[] below = {0, 1, w.length - 1};
    int k = 0;
    for (int c = 0; c < 4; c++) {
      if (merged[c] == null) {
        run(para(h1.getCell(c), ParagraphAlignment.CENTER), Label.RESULT.text(l), 12, true, false);
        continue;
      }
      run(para(h1.getCell(c), ParagraphAlignment.CENTER), merged[c], 12, true, false);
      h1.getCell(c).getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
      h2.getCell(below[k++]).getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
    }
    run(para(h2.getCell(2), ParagraphAlignment.CENTER), Label.UNIT.text(l), 12, true, false);
    run(para(h2.getCell(3), ParagraphAlignment.CENTER), Label.VALUE.text(l), 12, true, false);
    if (derived) {
      run(para(h2.getCell(4), ParagraphAlignment.CENTER), Label.DERIVED.text(l), 12, true, false);
    }
    for (AppendixEntry e : rep.appendix()) {
      XWPFTableRow row = newRow(t, w);
      row.setCantSplitRow(true);
      int c = 0;
      run(para(row.getCell(c++), ParagraphAlignment.LEFT), e.codeAsWritten().orElse(""), 12, false, false);
      boolean child = e.codeAsWritten().isEmpty();
      run(para(row.getCell(c++), ParagraphAlignment.LEFT), e.label(), 12, false, child);
      run(para(row.getCell(c++), ParagraphAlignment.LEFT), e.unitAsWritten(), 12, false, false);
      XWPFParagraph value = para(row.getCell(c++), ParagraphAlignment.RIGHT);
      List<Finding> fs = comments == null ? List.of() : in.findingsFor(e.indicatorId());
      List<BigInteger> ids = comments == null ? List.of() : comments.open(value, fs);
      run(value, RenderTexts.value(e.value(), in.catalogue()), 12, false, false);
      DocxComments.close(value, ids);
      if (derived) {
        run(para(row.getCell(c++), ParagraphAlignment.RIGHT), in.derivedFor(e.indicatorId())
            .map(d -> RenderTexts.derived(d, 1, l)).orElse(""), 12, false, false);
      }
      run(para(row.getCell(c), ParagraphAlignment.LEFT), e.note().orElse(""), 12, false, false);
    }
    widths(t, w); // the grid (the rows have their widths from newRow)
  }
}
