package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;

/**
 * The sample report, written as HTML by {@link SampleHtml} and printed to PDF by LibreOffice (a writer
 * other than this project), reads to the same report as the sample's text: the two-column header from
 * a borderless table, the narrative from hard-wrapped lines, "Nơi nhận" beside the signature, and the
 * appendix from a ruled table whose labels wrap inside their cells, whose "Trong đó" cells span their
 * child rows and one of whose rows is split by a page break. The derived text is checked against
 * poppler's {@code pdftotext}. Skipped, with the reason, when LibreOffice is not installed.
 */
class LibreOfficePdfTest {
  private static final Catalogue CATALOGUE = Catalogues.bundled();
  private static Report fromText;
  private static byte[] pdf;

  @BeforeAll
  static void printTheSample() throws Exception {
    fromText = ReportTextReader.of(CATALOGUE).read(SampleHtml.SAMPLE);
    LibreOffice.require();
    pdf = toPdf("bc-45.html", SampleHtml.html());
  }

  static byte[] toPdf(String name, String html) throws Exception {
    Path dir = Files.createTempDirectory("cchc-lo-in");
    Path in = dir.resolve(name);
    Files.writeString(in, html, StandardCharsets.UTF_8);
    return LibreOffice.convert(in, "HTML (StarWriter)", "pdf:writer_pdf_Export");
  }

  @Test
  void theSamplePrintedByLibreOfficeReadsLikeTheSampleText() throws Exception {
    FileReadResult result = ReportFileReader.of(CATALOGUE).readLenient(new ByteArrayInputStream(pdf));

    assertThat(result.format()).isEqualTo(SourceFormat.PDF);
    // nothing a person must look at: the rejoined paragraphs and the row split by a page are INFO
    assertThat(result.readResult().problems(ProblemSeverity.WARNING)).as(result.text()).isEmpty();
    assertThat(result.readResult().problems()).filteredOn(p -> p.kind() == ProblemKind.REPAIRED_TEXT
        && p.message().contains("split by the break between pages")).hasSize(1);
    Report r = result.readResult().report().orElseThrow();
    LibreOfficeDocxTest.assertReadsAsTheSample(r, fromText);
    assertThat(LibreOfficeDocxTest.values(r)).containsEntry("3.2.4", "PERCENTAGE 99,3")
        .containsEntry("3.2.4/denominator", "COUNT 1.492").containsEntry("3.4.2", "PERCENTAGE 100");

    // Vietnamese comes out precomposed (NFC), the two header columns side by side on one line
    assertThat(result.text()).contains("UBND THỊ TRẤN ĐÌNH CẢ\tĐộc lập - Tự do - Hạnh phúc\n")
        .contains("Số: 45/BC-UBND\tĐình Cả, ngày 12 tháng 03 năm 2024\n").contains("Ủy ban nhân dân thị trấn")
        .contains("1.1.\tTỷ lệ hoàn thành kế hoạch CCHC năm (lũy kể đến thời điểm báo cáo)\t%\t30%\t\n")
        .contains("Trong đó\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t\n");
    assertThat(result.text()).isEqualTo(java.text.Normalizer.normalize(result.text(), java.text.Normalizer.Form.NFC));
  }

  @Test
  void theDerivedTextHasTheWordsPopplersPdftotextFinds() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler's pdftotext is not installed: this test "
        + "compares the text with another tool's. Install Debian's poppler-utils (.ci/run does) to run it.");
    Path file = Files.createTempFile("cchc-bc-45", ".pdf");
    Files.write(file, pdf);
    Process p = new ProcessBuilder("/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true).start();
    String poppler = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    FileReadResult result = ReportFileReader.of(CATALOGUE).readLenient(new ByteArrayInputStream(pdf));

    String[] popplerPages = poppler.split("\f");
    List<FileOrigin> lastOrigins = PdfText.derive(pdf, FileLimits.defaults()).lines().stream().filter(SourceLine::placed)
        .map(SourceLine::origin).toList();
    int pages = ((FileOrigin.Page) lastOrigins.get(lastOrigins.size() - 1)).page();
    assertThat(pages).isEqualTo(Arrays.stream(popplerPages).filter(s -> !s.isBlank()).count());

    // the same words (but for the list labels set flush against their text, "III.ĐÁNH", which cchc
    // separates with an INFO problem); in the same order up to the appendix, whose wrapped cells
    // pdftotext leaves on their lines
    poppler = poppler.replaceAll("(?m)^(\\s*[IVX]+\\.)(\\p{Lu})", "$1 $2");
    assertThat(sorted(words(result.text()))).isEqualTo(sorted(words(poppler)));
    String narrative = result.text().substring(0, result.text().indexOf("PHỤ LỤC"));
    String popplerNarrative = poppler.substring(0, poppler.indexOf("PHỤ LỤC"));
    assertThat(words(narrative)).isEqualTo(words(popplerNarrative));
  }

  @Test
  void aBadRowIsLocatedByPageLineAndColumn() throws Exception {
    String html = SampleHtml.html();
    int end = html.lastIndexOf("</table>");
    html = html.substring(0, end) + "<tr><td>9.9.9.</td><td>Chỉ tiêu không có</td><td>%</td><td>5</td><td></td></tr>\n"
        + html.substring(end);
    byte[] bad = toPdf("bc-45-bad-row.html", html);
    ReportFileReader reader = ReportFileReader.of(CATALOGUE);

    FileReadResult result = reader.readLenient(new ByteArrayInputStream(bad));

    ReadProblem p = result.readResult().problems().stream().filter(x -> x.kind() == ProblemKind.UNMATCHED_ROW)
        .findFirst().orElseThrow(() -> new AssertionError(result.readResult().problems()));
    assertThat(p.offendingText()).isEqualTo("9.9.9.");
    String line = result.text().lines().skip(p.location().line() - 1).findFirst().orElseThrow();
    assertThat(line).isEqualTo("9.9.9.\tChỉ tiêu không có\t%\t5\t");
    assertThat(result.origin(p).orElseThrow()).isInstanceOfSatisfying(FileOrigin.Page.class, o -> {
      assertThat(o.page()).isEqualTo(11);
      assertThat(o.column()).hasValue(1);
      assertThat(o).hasToString("page 11, line " + o.line() + ", column 1");
      assertThat(o.describe(java.util.Locale.forLanguageTag("vi"))).isEqualTo("trang 11, dòng " + o.line() + ", cột 1");
    });
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bad))).isInstanceOf(ReportReadException.class)
        .hasMessageMatching("(?s).*page 11, line \\d+, column 1: no indicator.*");
  }

  /**
   * Known limitation: an appendix table printed without borders has no rules to tell its rows apart.
   * Its columns are still found (from the x-ranges of its fullest rows, so empty cells stay empty) and
   * a wrapped label's lines go with the nearer row, but cells set in the middle of their row with
   * lines of other cells above them (the merged "Trong đó" beside a wrapped label, the two-line
   * header) are not rebuilt. What is not rebuilt is never lost silently: every value read equals the
   * sample's, and every row that could not be read is an ERROR, so strict reading refuses the file.
   */
  @Test
  void anAppendixWithoutBordersIsReadAsFarAsItsGapsShowAndTheRestIsAnError() throws Exception {
    byte[] borderless = toPdf("bc-45-no-borders.html", SampleHtml.html().replace("<table border=\"1\">", "<table>"));
    ReportFileReader reader = ReportFileReader.of(CATALOGUE);

    FileReadResult result = reader.readLenient(new ByteArrayInputStream(borderless));

    Report r = result.readResult().report().orElseThrow();
    assertThat(r.number().orElseThrow().asWritten()).isEqualTo("45/BC-UBND");
    assertThat(r.issueDate()).contains(LocalDate.of(2024, 3, 12));
    assertThat(LibreOfficeDocxTest.tree(r.sections())).isEqualTo(LibreOfficeDocxTest.tree(fromText.sections()));
    java.util.Map<String, String> read = LibreOfficeDocxTest.values(r);
    java.util.Map<String, String> expected = LibreOfficeDocxTest.values(fromText);
    assertThat(read.size()).as("most rows are rebuilt").isGreaterThan(90);
    read.forEach((id, v) -> assertThat(v).as(id).isEqualTo(expected.get(id)));
    List<ReadProblem> errors = result.readResult().problems().stream()
        .filter(p -> p.severity() == ProblemSeverity.ERROR).toList();
    assertThat(errors).as("each row not rebuilt is an error").isNotEmpty();
    assertThat(errors).allSatisfy(p -> assertThat(result.origin(p).orElseThrow()).isInstanceOf(FileOrigin.Page.class));
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(borderless)))
        .isInstanceOf(ReportReadException.class);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toList());
  }

  private static List<String> sorted(List<String> words) {
    List<String> s = new ArrayList<>(words);
    s.sort(null);
    return s;
  }
}
