package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class CheckRenderAggregateTest {
  static final Path SAMPLE = ReadCommandTest.SAMPLE;

  @TempDir
  Path tmp;

  @Test
  void checkFindsTheSamplesErrorsAndExitsWith1() {
    CliRun run = CliRun.of("check", SAMPLE.toString(), "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("ratio.mismatch", "3.4.2", "narrative.fraction-mismatch").contains("errors,");
    // the sentence names the row by its code and catalogue label (shortened between words); the line is in its column
    assertThat(run.out()).contains("3.4.2 \"Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết…\": ");
    // 3.4.2's likely cause, on the line under its finding
    assertThat(run.out()).contains("cause.part-omitted").contains("→ likely cause 1: 3.4.2/numerator probably leaves out a part");
  }

  @Test
  void checkWithThePreviousPeriodNamesAFigureCopiedFromIt() {
    // the sample as its own previous period: 3.4.2's 1.481 equals last period's, so "copied" is one hypothesis
    CliRun with = CliRun.of("check", SAMPLE.toString(), "--lang", "en", "--previous", SAMPLE.toString());
    assertThat(with.exitCode()).as(with.err()).isEqualTo(1);
    assertThat(with.out()).contains("cause.copied-value").contains("copied from the previous period's report");
    CliRun without = CliRun.of("check", SAMPLE.toString(), "--lang", "en");
    assertThat(without.out()).doesNotContain("previous period");
    CliRun missing = CliRun.of("check", SAMPLE.toString(), "--previous", tmp.resolve("none.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void checkJsonHasTheDocumentedShape() throws IOException {
    CliRun run = CliRun.of("check", SAMPLE.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
    assertThat(json).containsOnlyKeys("readProblems", "findings");
    assertThat((List<?>) json.get("readProblems")).as("read completely: no read problem, but the key is there").isEmpty();
    List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
    assertThat(findings).isNotEmpty().allSatisfy(f ->
        assertThat(f).containsKeys("rule", "severity", "indicators", "location", "expected", "actual", "message"));
    Map<String, Object> ratio = findings.stream().filter(f -> "ratio.mismatch".equals(f.get("rule"))).findFirst().orElseThrow();
    assertThat((List<String>) ratio.get("indicators")).contains("3.4.2");
    assertThat(ratio.get("severity")).isEqualTo("ERROR");
    assertThat(new java.math.BigDecimal(ratio.get("actual").toString())).isEqualByComparingTo("100");
    List<Map<String, Object>> causes = (List<Map<String, Object>>) ratio.get("explanations");
    assertThat(causes.get(0)).containsEntry("cause", "cause.part-omitted").containsKeys("rank", "corrections", "evidence", "message");
    Map<String, Object> correction = ((List<Map<String, Object>>) causes.get(0).get("corrections")).get(0);
    assertThat(correction).containsEntry("indicator", "3.4.2/numerator");
    assertThat(new java.math.BigDecimal(correction.get("value").toString())).isEqualByComparingTo("1481");
    assertThat((List<Map<String, Object>>) causes.get(0).get("evidence")).extracting(e -> e.get("location"))
        .contains("89:5");
  }

  @Test
  void aConsistentReportChecksWithExitCode0() {
    Path fixed = Samples.write(tmp, "fixed.txt", Samples.consistent());
    CliRun run = CliRun.of("check", fixed.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("lỗi ").contains("Kiểm tra: 0 lỗi");
  }

  @Test
  void renderListShowsEveryBuiltInFormat() {
    CliRun run = CliRun.of("render", "--list");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("text", "markdown", "html", "csv", "json", "xlsx", "docx", "pdf");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "text     | 45/BC-UBND   | 1.492",
      "markdown | 45/BC-UBND   | 1.492",
      "html     | 45/BC-UBND   | 1.492",
      "csv      | 45/BC-UBND   | 1492",
      "json     | 45/BC-UBND   | 1492"})
  void textFormatsGoToStandardOutput(String format, String number, String received) {
    CliRun run = CliRun.of("render", SAMPLE.toString(), "--format", format);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(number).contains(received).contains("Đình Cả");
  }

  @Test
  void officeFormatsAreWrittenToFilesAndReadBack() throws IOException {
    Path xlsx = tmp.resolve("r.xlsx");
    Path docx = tmp.resolve("r.docx");
    assertThat(CliRun.of("render", SAMPLE.toString(), "-f", "xlsx", "-o", xlsx.toString()).exitCode()).isZero();
    assertThat(CliRun.of("render", SAMPLE.toString(), "-f", "docx", "-o", docx.toString()).exitCode()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
    }
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      String all;
      try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
        all = extractor.getText();
      }
      assertThat(all).contains("Số: 45/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trịnh Thanh Phương");
    }
  }

  @Test
  void theProfileChoosesTheDocumentToIssueOrTheReviewCopy() throws IOException {
    Path issue = tmp.resolve("issue.docx");
    Path review = tmp.resolve("review.docx");
    assertThat(CliRun.of("render", SAMPLE.toString(), "-f", "docx", "-o", issue.toString()).exitCode()).isZero();
    CliRun r = CliRun.of("render", SAMPLE.toString(), "-f", "docx", "--profile", "review", "-o", review.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (InputStream in = Files.newInputStream(issue); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getDocComments()).as("no comments part").isNull();
      try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
        assertThat(x.getText()).doesNotContain("Giá trị tính lại", "Phát hiện");
      }
    }
    try (InputStream in = Files.newInputStream(review); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getComments()).isNotEmpty();
      try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
        assertThat(x.getText()).contains("Giá trị tính lại");
      }
    }
    CliRun sheet = CliRun.of("render", SAMPLE.toString(), "-f", "csv", "--profile", "spreadsheet");
    assertThat(sheet.exitCode()).as(sheet.err()).isZero();
    assertThat(sheet.out()).startsWith("\uFEFFnumber;issuer;period;indicator_id;code;label;unit;state;value;")
        // the text formula ="3.2.4" keeps the code text; as a CSV field its quotes are doubled and it is quoted
        .contains(";\"=\"\"3.2.4\"\"\";\"=\"\"3.2.4.\"\"\";", ";99,3;");
    CliRun bad = CliRun.of("render", SAMPLE.toString(), "-f", "docx", "--profile", "final", "-o", issue.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().lines()).first().as("--lang vi, the default")
        .isEqualTo("--profile phải là issue, review (docx) hoặc pipeline, spreadsheet (csv), không phải final");
    CliRun en = CliRun.of("render", SAMPLE.toString(), "-f", "docx", "--profile", "final", "-o", issue.toString(), "--lang", "en");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err().lines()).first().isEqualTo("--profile must be issue, review (docx) or pipeline, spreadsheet (csv), was final");
  }

  @Test
  void binaryFormatsNeedAnOutputFileAndUnknownFormatsListTheKnownOnes() {
    CliRun binary = CliRun.of("render", SAMPLE.toString(), "--format", "xlsx");
    assertThat(binary.exitCode()).isEqualTo(2);
    assertThat(binary.err()).contains("-o");
    CliRun pdf = CliRun.of("render", SAMPLE.toString(), "--format", "pdf");
    assertThat(pdf.exitCode()).isEqualTo(2);
    assertThat(pdf.err()).contains("-o");
    CliRun unknown = CliRun.of("render", SAMPLE.toString(), "--format", "odt");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("odt").contains("html").contains("pdf");
  }

  @Test
  void renderWritesTheIssuablePdfA(@TempDir Path tmp) throws IOException {
    Path pdf = tmp.resolve("bc-45.pdf");
    CliRun run = CliRun.of("render", SAMPLE.toString(), "-f", "pdf", "-o", pdf.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 7, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isBetween(5, 14);
      assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("UBND thị trấn Đình Cả");
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("ỦY BAN NHÂN DÂN", "Số: 45/BC-UBND", "Nơi nhận:", "Trịnh Thanh Phương", "PHỤ LỤC",
          "1.492");
    }
    // the PDF is the issued document: a review copy is DOCX's, and the command says so
    CliRun review = CliRun.of("render", SAMPLE.toString(), "-f", "pdf", "--profile", "review", "-o", pdf.toString());
    assertThat(review.exitCode()).as(review.err()).isZero();
    assertThat(review.err()).contains("docx");
  }

  @Test
  void aggregateSumsAndRecomputesRatiosFromParts() throws IOException {
    String json = CliRun.of("aggregate", SAMPLE.toString(), SAMPLE.toString(), "--to", "json").out();
    Map<?, ?> agg = JsonMapper.builder().build().readValue(json, Map.class);
    assertThat(agg.get("reports")).isEqualTo(2);
    Map<?, ?> values = (Map<?, ?>) agg.get("values");
    Map<?, ?> received = (Map<?, ?>) values.get("3.2.4/denominator");
    assertThat(new java.math.BigDecimal(received.get("sum").toString())).isEqualByComparingTo("2984");
    Map<?, ?> ratio = (Map<?, ?>) values.get("3.2.4");
    assertThat(new java.math.BigDecimal(ratio.get("numerator").toString())).isEqualByComparingTo("2964");
  }

  @Test
  void aggregateReportsProgressOnLargeBatches() {
    String[] args = new String[103];
    args[0] = "aggregate";
    args[1] = "--to";
    args[2] = "json";
    for (int i = 3; i < args.length; i++) {
      args[i] = SAMPLE.toString();
    }
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("aggregate: 100/100 báo cáo"); // --lang vi, the default
  }
}
