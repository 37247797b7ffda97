package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;

/**
 * The sample report, written as HTML by {@link SampleHtml} and turned into DOCX by LibreOffice (a
 * writer other than this project), reads to the same report as the sample's text: the header from a
 * two-column table, sections whose numbers exist only in the numbering definitions, "Nơi nhận" beside
 * the signature, and the appendix with a two-row, column-spanning header and "Trong đó" cells spanning
 * their child rows. Skipped, with the reason, when LibreOffice is not installed.
 */
class LibreOfficeDocxTest {
  private static final Catalogue CATALOGUE = Catalogues.bundled();
  private static Report fromText;

  @BeforeAll
  static void readTheSampleText() throws IOException {
    fromText = ReportTextReader.of(CATALOGUE).read(SampleHtml.SAMPLE);
  }

  @Test
  void theSampleWrittenByLibreOfficeReadsLikeTheSampleText() throws Exception {
    byte[] docx = LibreOffice.toDocx("bc-45.html", SampleHtml.html());
    assertThat(documentXml(docx)).as("the section numbers are Word's numbering, not text")
        .doesNotContain("I. CÔNG TÁC").doesNotContain(">1. Về kế hoạch").contains("CÔNG TÁC CHỈ ĐẠO")
        .contains("w:numPr").contains("w:vMerge").contains("w:gridSpan");

    FileReadResult result = ReportFileReader.of(CATALOGUE).readLenient(new ByteArrayInputStream(docx));

    assertThat(result.readResult().problems()).as(result.text()).isEmpty();
    Report r = result.readResult().report().orElseThrow();
    assertReadsAsTheSample(r, fromText);
    assertThat(tree(r.sections())).startsWith("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "  1. Về kế hoạch cải cách hành chính")
        .contains("      a. Về công khai thủ tục hành chính", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI");
    assertThat(values(r)).containsEntry("1.1", "PERCENTAGE 30%").containsEntry("1.1/denominator", "COUNT 10")
        .containsEntry("3.2.4", "PERCENTAGE 99,3").containsEntry("3.2.4/denominator", "COUNT 1.492")
        .containsEntry("3.2.1/numerator", "NOT_REPORTED ").containsEntry("2.2", "NOT_APPLICABLE -")
        .containsEntry("3.1", "COUNT 148");
  }

  @Test
  void aBadRowIsLocatedByTableRowAndCell() throws Exception {
    String html = SampleHtml.html();
    int end = html.lastIndexOf("</table>");
    html = html.substring(0, end) + "<tr><td>9.9.9.</td><td>Chỉ tiêu không có</td><td>%</td><td>5</td><td></td></tr>\n"
        + html.substring(end);
    long appendixRows = html.substring(html.lastIndexOf("<table")).split("<tr>", -1).length - 1;
    byte[] docx = LibreOffice.toDocx("bc-45-bad-row.html", html);
    ReportFileReader reader = ReportFileReader.of(CATALOGUE);

    FileReadResult result = reader.readLenient(new ByteArrayInputStream(docx));

    ReadProblem p = result.readResult().problems().stream().filter(x -> x.kind() == ProblemKind.UNMATCHED_ROW)
        .findFirst().orElseThrow(() -> new AssertionError(result.readResult().problems()));
    assertThat(p.offendingText()).isEqualTo("9.9.9.");
    assertThat(result.origin(p)).contains(new FileOrigin.Table(3, (int) appendixRows, 1));
    assertThat(result.origin(p).orElseThrow()).hasToString("table 3, row " + appendixRows + ", cell 1");
    assertThat(result.origin(p).orElseThrow().describe(java.util.Locale.forLanguageTag("vi")))
        .isEqualTo("bảng 3, dòng " + appendixRows + ", ô 1");
    assertThat(result.describe(p)).startsWith("table 3, row " + appendixRows + ", cell 1 (");
    assertThat(result.text().lines().skip(p.location().line() - 1).findFirst().orElseThrow())
        .isEqualTo("9.9.9.\tChỉ tiêu không có\t%\t5\t");
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(docx)))
        .isInstanceOf(ReportReadException.class)
        .hasMessageContaining("table 3, row " + appendixRows + ", cell 1: no indicator");
  }

  static List<String> tree(List<NarrativeSection> sections) {
    List<String> out = new java.util.ArrayList<>();
    tree(sections, "", out);
    return out;
  }

  /**
   * What a file made from the sample must read to, whatever its format: the sample's metadata, signer,
   * recipients, section tree, cited documents and all 121 appendix values.
   */
  static void assertReadsAsTheSample(Report r, Report fromText) {
    assertThat(r.number().orElseThrow().asWritten()).isEqualTo("45/BC-UBND");
    assertThat(r.issueDate()).contains(LocalDate.of(2024, 3, 12));
    assertThat(r.place()).contains("Đình Cả");
    assertThat(r.issuer().asWritten()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
    assertThat(r.issuer().superior()).contains("UBND HUYỆN VÕ NHAI");
    assertThat(r.issuer().level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(r.title()).isEqualTo(fromText.title())
        .isEqualTo("Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024");
    assertThat(r.period().kind()).isEqualTo(PeriodKind.QUARTER);
    assertThat(r.signer().orElseThrow().name()).isEqualTo("Trịnh Thanh Phương");
    assertThat(r.recipients()).isEqualTo(fromText.recipients()).hasSize(7);
    assertThat(tree(r.sections())).isEqualTo(tree(fromText.sections()));
    assertThat(r.references().stream().map(x -> x.number().asWritten() + " " + x.date()).collect(Collectors.toList()))
        .isEqualTo(fromText.references().stream().map(x -> x.number().asWritten() + " " + x.date())
            .collect(Collectors.toList()));
    assertThat(values(r)).hasSize(121).isEqualTo(values(fromText));
  }

  private static void tree(List<NarrativeSection> sections, String indent, List<String> out) {
    for (NarrativeSection s : sections) {
      out.add(indent + s.marker() + " " + s.title());
      tree(s.children(), indent + "  ", out);
    }
  }

  static Map<String, String> values(Report r) {
    return r.appendix().stream().collect(Collectors.toMap(AppendixEntry::indicatorId,
        e -> e.value().state() + " " + e.value().asWritten(), (a, b) -> a, java.util.TreeMap::new));
  }

  static String documentXml(byte[] docx) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}
