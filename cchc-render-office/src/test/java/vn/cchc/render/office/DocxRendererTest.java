package vn.cchc.render.office;

import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import vn.cchc.model.AppendixEntry;

import vn.cchc.render.RenderInput;
import vn.cchc.render.Profile;
import vn.cchc.render.RenderOptions;

import vn.cchc.render.spi.RenderTexts;

/** The Word document read back with POI: layout of Nghị định 30/2020 and every appendix figure. */
class DocxRendererTest {

  static XWPFDocument read(byte[] bytes) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  static XWPFParagraph find(List<XWPFParagraph> ps, String text) {
    return ps.stream().filter(p -> p.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph '" + text + "' in "
            + ps.stream().map(XWPFParagraph::getText).collect(Collectors.toList())));
  }

  @Test
  void theHeaderFollowsTheDecree() throws Exception {
    try (XWPFDocument doc = read(Render.bytes("docx", Samples.input(), RenderOptions.defaults()))) {
      var sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      CTPageMar m = sect.getPgMar();
      assertThat(List.of(m.getTop(), m.getBottom(), m.getLeft(), m.getRight()))
          .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701), BigInteger.valueOf(850));
      XWPFTable head = doc.getTables().get(0);
      List<XWPFParagraph> left = head.getRow(0).getCell(0).getParagraphs();
      List<XWPFParagraph> right = head.getRow(0).getCell(1).getParagraphs();
      // the issuer written in full, bold, as the PDF writes it (IssuerHeader)
      assertThat(left.get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN");
      assertThat(left.get(1).getText()).isEqualTo("THỊ TRẤN ĐÌNH CẢ");
      assertThat(left.subList(0, 2)).allSatisfy(p -> assertThat(p.getRuns().get(0).isBold()).isTrue());
      assertThat(left.get(2).getText()).isEqualTo("Số: 45/BC-UBND");
      assertThat(right.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(right.get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(right.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(right.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
      XWPFParagraph date = head.getRow(1).getCell(1).getParagraphs().get(0);
      assertThat(date.getText()).isEqualTo("Đình Cả, ngày 12 tháng 03 năm 2024");
      assertThat(date.getRuns().get(0).isItalic()).isTrue();
      List<XWPFParagraph> body = doc.getParagraphs();
      assertThat(find(body, "BÁO CÁO").getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      find(body, Samples.report().title());
      assertThat(find(body, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC").getRuns().get(0).isBold()).isTrue();
      find(body, "1. Về kế hoạch cải cách hành chính");
      find(body, "- Kế hoạch số 06/KH-UBND ngày 10/01/2024;");
      find(body, "Trên đây là báo cáo kết quả công tác CCHC quý I năm 2024.");
      // every run of the document is Times New Roman
      List<XWPFRun> runs = new java.util.ArrayList<>();
      doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
      doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
          c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
      assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
    }
  }

  @Test
  void recipientsAndTheSignatureBlockSitSideBySide() throws Exception {
    try (XWPFDocument doc = read(Render.bytes("docx", Samples.input(), RenderOptions.defaults()))) {
      XWPFTable sig = doc.getTables().get(1);
      List<String> left = sig.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText)
          .collect(Collectors.toList());
      assertThat(left).containsExactly("Nơi nhận:", "- UBND huyện;", "- Phòng Nội vụ huyện;", "- Lưu: VP.");
      XWPFRun nn = sig.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
      assertThat(nn.isBold() && nn.isItalic()).isTrue();
      assertThat(nn.getFontSizeAsDouble()).isEqualTo(12.0);
      List<String> right = sig.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText)
          .filter(s -> !s.isEmpty()).collect(Collectors.toList());
      assertThat(right).containsExactly("CHỦ TỊCH", "Trịnh Thanh Phương");
    }
  }

  @Test
  void theIssuedAppendixHasTheTemplatesColumnsAndEveryFigureOfTheReport() throws Exception {
    RenderInput in = Samples.input();
    try (XWPFDocument doc = read(Render.bytes("docx", in, RenderOptions.defaults()))) {
      XWPFTable t = doc.getTables().get(2);
      // two header rows, as the template: STT | Các chỉ tiêu | Kết quả (Đơn vị tính | Số liệu) | Ghi chú
      assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText())
          .containsExactly("STT", "Các chỉ tiêu", "Kết quả", "Ghi chú");
      assertThat(t.getRow(1).getTableCells()).extracting(c -> c.getText())
          .containsExactly("", "", "Đơn vị tính", "Số liệu", "");
      assertThat(t.getRow(0).isRepeatHeader() && t.getRow(1).isRepeatHeader()).isTrue();
      List<XWPFTableRow> rows = t.getRows().subList(2, t.getRows().size());
      List<AppendixEntry> entries = in.report().appendix();
      assertThat(rows).hasSize(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        AppendixEntry e = entries.get(i);
        XWPFTableRow r = rows.get(i);
        assertThat(r.getTableCells()).hasSize(5);
        assertThat(r.getCell(0).getText()).isEqualTo(e.codeAsWritten().orElse(""));
        assertThat(r.getCell(1).getText()).isEqualTo(e.label());
        assertThat(r.getCell(2).getText()).isEqualTo(e.unitAsWritten());
        assertThat(r.getCell(3).getText()).as(e.indicatorId()).isEqualTo(RenderTexts.value(e.value(), in.catalogue()));
        assertThat(r.getCell(4).getText()).isEqualTo(e.note().orElse(""));
      }
      assertThat(rows.get(6).getCell(3).getText()).isEqualTo("1.492");
      assertThat(rows.get(7).getCell(3).getText()).isEqualTo("99,3");
      // nothing added to the document to issue: no derived values, no findings, no comments
      String all = text(doc);
      assertThat(all).doesNotContain("Giá trị tính lại", "Phát hiện", "[lỗi]", "30,0", "ratio.consistent",
          "Tỷ lệ làm tròn sai", "BẢN RÀ SOÁT");
      assertThat(doc.getDocComments() == null || doc.getDocComments().getComments().isEmpty()).isTrue();
      find(doc.getParagraphs(), "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2024");
      find(doc.getParagraphs(), "(Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của UBND thị trấn Đình Cả)");
    }
  }

  @Test
  void theIssuedDocumentIsVietnameseWhateverTheLabelLanguage() throws Exception {
    RenderOptions en = RenderOptions.builder().locale(java.util.Locale.ENGLISH).build();
    try (XWPFDocument doc = read(Render.bytes("docx", Samples.input(), en))) {
      assertThat(doc.getTables().get(2).getRow(0).getCell(0).getText()).isEqualTo("STT");
      assertThat(text(doc)).doesNotContain("Findings", "Derived", "error");
    }
  }

  @Test
  void theReviewCopyAnchorsEachFindingAsACommentOnItsFigureAndShowsDerivedValues() throws Exception {
    RenderOptions review = RenderOptions.builder().profile(Profile.REVIEW).build();
    try (XWPFDocument doc = read(Render.bytes("docx", Samples.input(), review))) {
      XWPFTable t = doc.getTables().get(2);
      assertThat(t.getRow(1).getTableCells()).extracting(c -> c.getText())
          .containsExactly("", "", "Đơn vị tính", "Số liệu", "Giá trị tính lại", "");
      XWPFTableRow r11 = t.getRow(2);
      assertThat(r11.getCell(4).getText()).isEqualTo("30,0");
      assertThat(doc.getComments()).hasSize(3);
      // in document order: the narrative's, then the appendix's
      XWPFComment[] comments = {comment(doc, "[lỗi]"), comment(doc, "[cảnh báo]"), comment(doc, "[thông tin]")};
      // the error on 1.1: range start, the figure "30", range end, reference — in that order, in the value cell
      String xml = r11.getCell(3).getParagraphs().get(0).getCTP().xmlText();
      String id = comments[0].getId();
      int start = xml.indexOf("commentRangeStart w:id=\"" + id + "\"");
      int figure = xml.indexOf(">30<");
      int end = xml.indexOf("commentRangeEnd w:id=\"" + id + "\"");
      int ref = xml.indexOf("commentReference w:id=\"" + id + "\"");
      assertThat(List.of(start, figure, end, ref)).as(xml).doesNotContain(-1).isSorted();
      assertThat(comments[0].getText()).startsWith("[lỗi] 1.1 \"Tỷ lệ hoàn thành kế hoạch CCHC năm (lũy kế đến thời điểm…\": Tỷ lệ 30% không khớp").doesNotContain("ratio.consistent");
      // the warning on 3.2.4 sits on its figure "99,3"
      assertThat(t.getRow(9).getCell(3).getParagraphs().get(0).getCTP().xmlText())
          .contains("commentRangeStart w:id=\"" + comments[1].getId() + "\"");
      // the narrative finding (line 12) on the paragraph of line 12, the bullet "Kế hoạch số 06/KH-UBND…"
      XWPFParagraph bullet = find(doc.getParagraphs(), "- Kế hoạch số 06/KH-UBND ngày 10/01/2024;");
      assertThat(bullet.getCTP().xmlText()).contains("commentRangeStart w:id=\"" + comments[2].getId() + "\"");
      assertThat(comments[2].getText()).isEqualTo("[thông tin] Khoảng thời gian lấy số liệu khác mặc định (dòng 12)");
      // a watermark in the headers
      assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("BẢN RÀ SOÁT"));
    }
  }

  @Test
  void recipientsAndTheSignatureAreOneRowThatCannotSplit() throws Exception {
    try (XWPFDocument doc = read(Render.bytes("docx", Samples.input(), RenderOptions.defaults()))) {
      XWPFTableRow row = doc.getTables().get(1).getRow(0);
      assertThat(row.isCantSplitRow()).isTrue();
      assertThat(row.getTableCells()).allSatisfy(c -> assertThat(c.getParagraphs())
          .allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetKeepNext()).isTrue()));
    }
  }

  @Test
  void aReportWithoutSignerOrRecipientsStillHasItsUnsplittableSignatureRow() throws Exception {
    RenderInput in = Samples.input();
    vn.cchc.model.Report bare = vn.cchc.model.Report.builder().from(in.report()).signer(java.util.Optional.empty())
        .recipients(List.of()).build();
    RenderInput bareIn = RenderInput.builder().from(in).report(bare).build();
    try (XWPFDocument doc = read(Render.bytes("docx", bareIn, RenderOptions.defaults()))) {
      assertThat(doc.getTables().get(1).getRow(0).isCantSplitRow()).isTrue();
    }
  }

  @Test
  void theRealReportIsWrittenAsTheReportNumbersItWithoutTheCopysArtefacts() throws Exception {
    RenderInput in = RealReport.input();
    try (XWPFDocument doc = read(Render.bytes("docx", in, RenderOptions.defaults()))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      // section IV's numbered tasks are paragraphs, not bold headings
      XWPFParagraph task = ps.stream().filter(p -> p.getText().startsWith("1. Tiếp tục triển khai")).findFirst()
          .orElseThrow();
      assertThat(task.getRuns()).allSatisfy(r -> assertThat(r.isBold()).isFalse());
      assertThat(find(ps, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI").getRuns().get(0).isBold()).isTrue();
      assertThat(find(ps, "1. Về kế hoạch cải cách hành chính").getRuns().get(0).isBold()).isTrue();
      // "- +" double bullets and "** …*" emphasis marks are cleaned; the emphasis is kept as italics
      assertThat(ps).noneSatisfy(p -> assertThat(p.getText()).contains("- +"));
      assertThat(ps).noneSatisfy(p -> assertThat(p.getText()).contains("*"));
      find(ps, "+ Số hồ sơ tiếp nhận trực tuyến: 1.482 hồ sơ.");
      XWPFParagraph lead = find(ps, "Công tác tuyên truyền về chuyển đổi số:");
      assertThat(lead.getRuns()).allSatisfy(r -> assertThat(r.isItalic()).isTrue());
      XWPFParagraph apps = ps.stream().filter(p -> p.getText().contains("(như ứng dụng C-Thái Nguyên")).findFirst()
          .orElseThrow();
      assertThat(apps.getRuns()).anySatisfy(r -> {
        assertThat(r.text()).isEqualTo("như ứng dụng C-Thái Nguyên; VssID; PC Covid...");
        assertThat(r.isItalic()).isTrue();
      });
      // every appendix row of the report is in the table, after the two header rows
      assertThat(doc.getTables().get(2).getRows()).hasSize(in.report().appendix().size() + 2);
      assertThat(text(doc)).doesNotContain("Giá trị tính lại", "Phát hiện");
    }
  }

  static XWPFComment comment(XWPFDocument doc, String prefix) {
    return java.util.Arrays.stream(doc.getComments()).filter(c -> c.getText().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no comment starting " + prefix));
  }

  static String text(XWPFDocument doc) {
    StringBuilder sb = new StringBuilder();
    doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
    doc.getTables().forEach(t -> sb.append(t.getText()).append('\n'));
    return sb.toString();
  }

  @Test
  void theDecreeDateStyleDropsTheLeadingZeroOfMonthsAfterFebruary() throws Exception {
    RenderOptions o = RenderOptions.builder().putProperty("docx.dateStyle", "decree").build();
    try (XWPFDocument doc = read(Render.bytes("docx", Samples.input(), o))) {
      assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("Đình Cả, ngày 12 tháng 3 năm 2024");
    }
  }
}
