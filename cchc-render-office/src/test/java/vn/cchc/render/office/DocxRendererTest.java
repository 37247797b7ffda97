package vn.cchc.render.office;

import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import vn.cchc.model.AppendixEntry;

import vn.cchc.render.RenderInput;
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
      assertThat(left.get(0).getText()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
      assertThat(left.get(1).getText()).isEqualTo("Số: 45/BC-UBND");
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
  void theAppendixTableHasEveryFigureOfTheReport() throws Exception {
    RenderInput in = Samples.input();
    try (XWPFDocument doc = read(Render.bytes("docx", in, RenderOptions.defaults()))) {
      XWPFTable t = doc.getTables().get(2);
      assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText())
          .containsExactly("STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Giá trị tính lại", "Ghi chú", "Phát hiện");
      List<XWPFTableRow> rows = t.getRows().subList(1, t.getRows().size());
      List<AppendixEntry> entries = in.report().appendix();
      assertThat(rows).hasSize(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        AppendixEntry e = entries.get(i);
        XWPFTableRow r = rows.get(i);
        assertThat(r.getCell(0).getText()).isEqualTo(e.codeAsWritten().orElse(""));
        assertThat(r.getCell(1).getText()).isEqualTo(e.label());
        assertThat(r.getCell(2).getText()).isEqualTo(e.unitAsWritten());
        assertThat(r.getCell(3).getText()).as(e.indicatorId()).isEqualTo(RenderTexts.value(e.value(), in.catalogue()));
      }
      assertThat(rows.get(0).getCell(3).getText()).isEqualTo("30");
      assertThat(rows.get(0).getCell(4).getText()).isEqualTo("30,0");
      assertThat(rows.get(0).getCell(6).getText()).contains("[lỗi]");
      assertThat(rows.get(6).getCell(3).getText()).isEqualTo("1.492");
      assertThat(rows.get(7).getCell(3).getText()).isEqualTo("99,3");
    }
  }

  @Test
  void theDecreeDateStyleDropsTheLeadingZeroOfMonthsAfterFebruary() throws Exception {
    RenderOptions o = RenderOptions.builder().putProperty("docx.dateStyle", "decree").build();
    try (XWPFDocument doc = read(Render.bytes("docx", Samples.input(), o))) {
      assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("Đình Cả, ngày 12 tháng 3 năm 2024");
    }
  }
}
