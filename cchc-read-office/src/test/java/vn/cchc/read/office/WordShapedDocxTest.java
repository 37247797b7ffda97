package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportReadException;

/**
 * DOCX built element by element with POI's low-level XML in the shape Word writes: a multi-level list
 * ({@code w:abstractNum} with "%1." upper Roman, "%2." decimal, "%2.%3." decimal, "%4)" letters, and a
 * "-" bullet list), a second {@code w:num} that restarts the letters with {@code w:startOverride}, an
 * appendix table with {@code w:vMerge} and {@code w:gridSpan}, a header table whose cells hold several
 * paragraphs, tracked changes and a comment.
 */
class WordShapedDocxTest {
  /** Parse an element's XML as the element's content, not as a document holding it. */
  private static final XmlOptions FRAGMENT = new XmlOptions().setLoadReplaceDocumentElement(null);
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  static final String MULTI_LEVEL = "<w:abstractNum " + W + " w:abstractNumId=\"0\">"
      + "<w:multiLevelType w:val=\"multilevel\"/>"
      + lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.") + lvl(2, "decimal", "%2.%3.") + lvl(3, "lowerLetter", "%4)")
      + "</w:abstractNum>";
  static final String BULLETS = "<w:abstractNum " + W + " w:abstractNumId=\"1\">"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl>"
      + "</w:abstractNum>";

  private static String lvl(int level, String fmt, String text) {
    return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/>"
        + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
  }

  static String p(int numId, int ilvl, String text) {
    return "<w:p " + W + "><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  static String p(String runs) {
    return "<w:p " + W + ">" + runs + "</w:p>";
  }

  static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  static String tc(String attrs, String... paragraphs) {
    StringBuilder b = new StringBuilder("<w:tc><w:tcPr>" + attrs + "</w:tcPr>");
    for (String s : paragraphs) {
      b.append("<w:p>").append(r(s)).append("</w:p>");
    }
    return b.append("</w:tc>").toString();
  }

  /** Builds a document: {@code blocks} are w:p or w:tbl fragments, in order. */
  static byte[] docx(List<String> blocks) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger multi = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(MULTI_LEVEL, FRAGMENT)));
      BigInteger bullets = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(BULLETS, FRAGMENT)));
      numbering.addNum(multi); // numId 1
      numbering.addNum(bullets); // numId 2
      BigInteger restart = numbering.addNum(multi); // numId 3: the letters again from a)
      numbering.getNum(restart).getCTNum().addNewLvlOverride().setIlvl(BigInteger.valueOf(3));
      numbering.getNum(restart).getCTNum().getLvlOverrideArray(0).addNewStartOverride().setVal(BigInteger.ONE);
      for (String b : blocks) {
        if (b.startsWith("<w:tbl")) {
          XWPFTable t = doc.createTable();
          t.getCTTbl().set(CTTbl.Factory.parse(b, FRAGMENT));
        } else {
          XWPFParagraph para = doc.createParagraph();
          para.getCTP().set(CTP.Factory.parse(b, FRAGMENT));
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  static FileReadResult read(byte[] docx) throws Exception {
    return ReportFileReader.of(Catalogues.bundled()).readLenient(new ByteArrayInputStream(docx));
  }

  static List<String> nonBlank(String text) {
    return text.lines().filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void listNumbersComeFromTheNumberingDefinitions() throws Exception {
    byte[] docx = docx(List.of(
        p(1, 0, "CÔNG TÁC CHỈ ĐẠO"), p(1, 1, "Về kế hoạch"), p(1, 2, "Xây dựng văn bản"), p(1, 2, "Rà soát văn bản"),
        p(1, 3, "Về công khai"), p(1, 3, "Về rà soát"), p(2, 0, "Quyết định số 15/QĐ-UBND"), p(2, 1, "mục con"),
        p(1, 1, "Về tuyên truyền"), p(3, 3, "Lại từ đầu"), p(1, 0, "KẾT QUẢ"), p(1, 1, "Cải cách thể chế"),
        p(0, 0, "numId 0 tắt đánh số"), p(r("Đoạn ") + r("thường"))));

    assertThat(nonBlank(read(docx).text())).containsExactly(
        "I. CÔNG TÁC CHỈ ĐẠO", "1. Về kế hoạch", "1.1. Xây dựng văn bản", "1.2. Rà soát văn bản",
        "a) Về công khai", "b) Về rà soát", "- Quyết định số 15/QĐ-UBND", "• mục con",
        "2. Về tuyên truyền", "a) Lại từ đầu", "II. KẾT QUẢ", "1. Cải cách thể chế",
        "numId 0 tắt đánh số", "Đoạn thường");
  }

  static final String APPENDIX = "<w:tbl " + W + "><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "STT") + tc("<w:vMerge w:val=\"restart\"/>", "Các chỉ tiêu")
      + tc("<w:gridSpan w:val=\"2\"/>", "Kết quả") + tc("<w:vMerge w:val=\"restart\"/>", "Ghi chú") + "</w:tr>"
      + "<w:tr>" + tc("<w:vMerge/>", "") + tc("<w:vMerge/>", "") + tc("", "Đơn vị tính") + tc("", "Số", "liệu")
      + tc("<w:vMerge/>", "") + "</w:tr>"
      + "<w:tr>" + tc("", "3.2.4.") + tc("", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến") + tc("", "%") + tc("", "99,3")
      + tc("", "") + "</w:tr>"
      + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "Trong đó")
      + tc("", "Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)") + tc("", "Hồ sơ") + tc("", "1.492") + tc("", "")
      + "</w:tr>"
      + "<w:tr>" + tc("<w:vMerge w:val=\"continue\"/>", "") + tc("", "Số hồ sơ TTHC đã tiếp nhận trực tuyến")
      + tc("", "Hồ sơ") + tc("", "1.482") + tc("", "") + "</w:tr>"
      + "</w:tbl>";

  @Test
  void mergedCellsKeepTheColumnsInLine() throws Exception {
    List<String> lines = nonBlank(read(docx(List.of(APPENDIX))).text());

    assertThat(lines).containsExactly(
        "STT\tCác chỉ tiêu\tKết quả\t\tGhi chú",
        "\t\tĐơn vị tính\tSố liệu\t",
        "3.2.4.\tTỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến\t%\t99,3\t",
        "Trong đó\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t1.492\t",
        "\tSố hồ sơ TTHC đã tiếp nhận trực tuyến\tHồ sơ\t1.482\t");
  }

  static final String HEADER = "<w:tbl " + W + "><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
      + tc("", "UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ", "-------")
      + tc("", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------") + "</w:tr><w:tr>"
      + tc("", "Số: 45/BC-UBND") + tc("", "Đình Cả, ngày 12 tháng 03 năm 2024") + "</w:tr></w:tbl>";

  static List<String> report(String valueRun) {
    return List.of(HEADER, p(r("BÁO CÁO")),
        p(r("Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024")),
        p(1, 0, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"), p(1, 1, "Về kế hoạch cải cách hành chính"),
        p(r("Đã thực hiện được 3/10 nhiệm vụ.")),
        p(r("Trên đây là báo cáo của UBND thị trấn Đình Cả./.")),
        p(r("PHỤ LỤC")), p(r("(Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của UBND thị trấn Đình Cả)")),
        APPENDIX.replace("<w:t xml:space=\"preserve\">99,3</w:t>", valueRun));
  }

  @Test
  void aWordShapedReportReadsWithItsHeaderSectionsAndFigures() throws Exception {
    FileReadResult result = read(docx(report("<w:t xml:space=\"preserve\">99,3</w:t>")));

    assertThat(result.readResult().problems()).as(result.text()).isEmpty();
    var report = result.readResult().report().orElseThrow();
    assertThat(report.number().orElseThrow().asWritten()).isEqualTo("45/BC-UBND");
    assertThat(report.issuer().superior()).contains("UBND HUYỆN VÕ NHAI");
    assertThat(LibreOfficeDocxTest.tree(report.sections()))
        .containsExactly("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "  1. Về kế hoạch cải cách hành chính");
    assertThat(LibreOfficeDocxTest.values(report)).containsExactly(java.util.Map.entry("3.2.4", "PERCENTAGE 99,3"),
        java.util.Map.entry("3.2.4/denominator", "COUNT 1.492"), java.util.Map.entry("3.2.4/numerator", "COUNT 1.482"));
  }

  @Test
  void trackedChangesAreReadAcceptedAndReportedAsAWarning() throws Exception {
    String changed = "<w:t xml:space=\"preserve\"></w:t></w:r>"
        + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>98,1</w:delText></w:r></w:del>"
        + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>99,3</w:t></w:r></w:ins><w:r><w:t></w:t>";
    FileReadResult result = read(docx(report(changed)));

    ReadProblem p = result.readResult().problems().stream().filter(x -> x.kind() == ProblemKind.REPAIRED_TEXT)
        .findFirst().orElseThrow(() -> new AssertionError(result.readResult().problems()));
    assertThat(p.severity()).isEqualTo(ProblemSeverity.WARNING);
    assertThat(p.message()).contains("1 insertions, 1 deletions").contains("accepted");
    assertThat(result.origin(p)).hasValueSatisfying(o -> assertThat(o).isInstanceOfSatisfying(FileOrigin.Table.class,
        t -> assertThat(t.table()).isEqualTo(2)));
    assertThat(LibreOfficeDocxTest.values(result.readResult().report().orElseThrow())).containsEntry("3.2.4",
        "PERCENTAGE 99,3");
    assertThat(result.text()).doesNotContain("98,1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFileReader.of(Catalogues.bundled())
        .read(new ByteArrayInputStream(docx(report(changed))))).isInstanceOf(ReportReadException.class)
        .hasMessageContaining("tracked changes");
  }

  @Test
  void commentsAreNotReadAndReportedAsInformation() throws Exception {
    List<String> blocks = new java.util.ArrayList<>(report("<w:t xml:space=\"preserve\">99,3</w:t>"));
    blocks.set(5, p("<w:commentRangeStart w:id=\"7\"/>" + r("Đã thực hiện được 3/10 nhiệm vụ.")
        + "<w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r>"));
    FileReadResult result = read(docx(blocks));

    assertThat(result.readResult().problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.SKIPPED_TEXT);
      assertThat(p.severity()).isEqualTo(ProblemSeverity.INFO);
      assertThat(result.origin(p)).contains(new FileOrigin.Paragraph(5));
    });
    assertThat(result.readResult().isComplete()).isTrue();
  }

  @Test
  void aBadValueIsLocatedInItsCell() throws Exception {
    FileReadResult result = read(docx(report("<w:t xml:space=\"preserve\">99.3.1</w:t>")));

    ReadProblem p = result.readResult().problems().stream().filter(x -> x.severity() == ProblemSeverity.ERROR)
        .findFirst().orElseThrow(() -> new AssertionError(result.text()));
    assertThat(p.offendingText()).isEqualTo("99.3.1");
    assertThat(result.origin(p)).contains(new FileOrigin.Table(2, 3, 4));
    assertThat(result.origin(p).orElseThrow()).hasToString("table 2, row 3, cell 4");
  }

  @Test
  void textInATextBoxIsQuotedAsAWarningAndNotesCountedAsInformation() throws Exception {
    List<String> blocks = new java.util.ArrayList<>(report("<w:t xml:space=\"preserve\">99,3</w:t>"));
    // as Word writes a text box: a drawing anchor whose shape holds w:txbxContent
    String textBox = "<w:r><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
        + "wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + "<a:graphicData><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:txbx><w:txbxContent><w:p><w:r><w:t>Số liệu tạm tính</w:t></w:r></w:p><w:p><w:r><w:t>đến 10/3</w:t>"
        + "</w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>";
    blocks.set(5, p(r("Đã thực hiện được 3/10 nhiệm vụ.") + textBox
        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"));
    FileReadResult result = read(docx(blocks));

    assertThat(result.readResult().problems()).extracting(ReadProblem::severity, ReadProblem::offendingText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemSeverity.WARNING, "Số liệu tạm tính đến 10/3"),
            org.assertj.core.groups.Tuple.tuple(ProblemSeverity.INFO, ""));
    assertThat(result.readResult().problems()).allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.SKIPPED_TEXT);
      assertThat(result.origin(p)).contains(new FileOrigin.Paragraph(5));
    });
    assertThat(result.text()).contains("Đã thực hiện được 3/10 nhiệm vụ.").doesNotContain("tạm tính");
  }

  @Test
  void anAppendixSplitIntoTwoTablesReadsAsOneWithOrWithoutItsHeaderRepeated() throws Exception {
    int split = APPENDIX.indexOf("<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "Trong đó"));
    int body = APPENDIX.indexOf("<w:tr>" + tc("", "3.2.4."));
    String first = APPENDIX.substring(0, split) + "</w:tbl>";
    String headerRows = APPENDIX.substring(APPENDIX.indexOf("<w:tr>"), body)
        .replace("<w:tr>", "<w:tr><w:trPr><w:tblHeader/></w:trPr>"); // as Word marks a repeated header row
    String open = APPENDIX.substring(0, APPENDIX.indexOf("<w:tr>"));
    String rest = APPENDIX.substring(split);
    var whole = LibreOfficeDocxTest.values(read(docx(report("<w:t xml:space=\"preserve\">99,3</w:t>")))
        .readResult().report().orElseThrow());

    for (String second : List.of(open + rest, open + headerRows + rest)) {
      List<String> blocks = new java.util.ArrayList<>(report("<w:t xml:space=\"preserve\">99,3</w:t>"));
      blocks.set(blocks.size() - 1, first);
      blocks.add(p(r(""))); // the empty paragraph Word keeps between two tables
      blocks.add(second);
      FileReadResult result = read(docx(blocks));
      assertThat(result.readResult().problems()).as(result.text()).isEmpty();
      assertThat(LibreOfficeDocxTest.values(result.readResult().report().orElseThrow())).isEqualTo(whole);
    }
  }
}
