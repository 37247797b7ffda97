package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands take a Word document (DOCX) as they take text, recognised by its content, not its name; a
 * problem in it is placed as "table 1, row N, cell 1". The DOCX is written here with Apache POI's own API
 * (not with cchc's renderers): the sample's lines as paragraphs, each run of its tab-separated lines as a
 * Word table.
 */
class DocxInputTest {
  @TempDir
  Path tmp;

  @Test
  void aDocxIsReadLikeItsTextWhateverItsName() throws IOException {
    Path docx = write(Samples.sample(), "bao-cao.bin");
    CliRun read = CliRun.of("read", docx.toString());
    assertThat(read.exitCode()).as(read.err()).isZero();
    assertThat(read.out()).contains("Báo cáo số 45/BC-UBND ngày 12/03/2024").contains("UBND thị trấn Đình Cả");
    CliRun text = CliRun.of("read", Samples.SAMPLE.toString());
    // the same report; the summary's line:column of cited documents count the lines of the text read
    assertThat(withoutLocations(read.out())).isEqualTo(withoutLocations(text.out()));
  }

  @Test
  void aProblemIsPlacedInTheTableRowAndCellAndTheReadIsPartial() throws IOException {
    Path docx = write(Samples.withUnknownRow(Samples.sample()), "bao-cao.docx");
    CliRun strict = CliRun.of("read", docx.toString(), "--lang", "en");
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.err()).containsPattern(docx + ": table \\d+, row \\d+, cell 1: error: no indicator");
    CliRun lenient = CliRun.of("read", "--lenient", docx.toString(), "--lang", "en");
    assertThat(lenient.exitCode()).as("read partly").isEqualTo(4);
    assertThat(lenient.err()).containsPattern(docx + ": table \\d+, row \\d+, cell 1: error: no indicator .* «9.9.9.»");
  }

  @Test
  void checkPlacesAProblemInTheLanguageAskedForAndGivesItsPlaceStructuredInJson() throws IOException {
    Path docx = write(Samples.withUnknownRow(Samples.sample()), "bao-cao.docx");
    Pattern english = Pattern.compile("\\b(paragraph|content control|table|row|cell|page|line|column)\\b");

    CliRun vi = CliRun.of("check", "--lenient", docx.toString());
    List<String> viProblems = vi.out().lines().filter(l -> l.startsWith(docx + ": ")).toList();
    assertThat(viProblems).as(vi.out()).singleElement().asString()
        .matches(Pattern.quote(docx.toString()) + ": bảng \\d+, dòng \\d+, ô 1: lỗi: .*«9\\.9\\.9\\.»");
    assertThat(viProblems).noneMatch(l -> english.matcher(l).find());

    CliRun en = CliRun.of("check", "--lenient", "--lang", "en", docx.toString());
    assertThat(en.out()).containsPattern(Pattern.quote(docx.toString()) + ": table \\d+, row \\d+, cell 1: error: no indicator");

    CliRun json = CliRun.of("check", "--lenient", "--format", "json", docx.toString());
    JsonNode origin = JsonMapper.builder().build().readTree(json.out()).get("readProblems").get(0).get("origin");
    assertThat(origin.get("kind").asText()).isEqualTo("TABLE");
    assertThat(origin.get("cell").asInt()).isEqualTo(1);
    assertThat(origin.get("text").asText()).isEqualTo("bảng " + origin.get("table").asInt() + ", dòng "
        + origin.get("row").asInt() + ", ô 1");
    assertThat(vi.out()).contains(docx + ": " + origin.get("text").asText() + ": lỗi: ");
  }

  @Test
  void checkPlacesAFindingInTheDocxNotInTheTextConvertedFromIt() throws IOException {
    Path docx = write(Samples.sample(), "bao-cao.docx");
    CliRun vi = CliRun.of("check", docx.toString());
    assertThat(vi.out()).as(vi.err())
        // the appendix's ratio 3.4.2 is a row of the Word table: its first cell
        .containsPattern("ratio\\.mismatch +3\\.4\\.2, 3\\.4\\.2/numerator, 3\\.4\\.2/denominator bảng \\d+, dòng \\d+, ô 1 ")
        // the narrative's 1.154/1.221 is a paragraph of the document
        .containsPattern("narrative\\.fraction-mismatch +đoạn \\d+ ");
    // no finding is placed by a line:column of the text the DOCX was converted to, which the user never sees
    assertThat(vi.out().lines().filter(l -> l.matches("^(lỗi|cảnh báo|thông tin) .*")))
        .isNotEmpty().noneMatch(l -> l.matches(".*dòng \\d+:\\d+.*"));
    CliRun en = CliRun.of("check", "--lang", "en", docx.toString());
    assertThat(en.out()).containsPattern("ratio\\.mismatch +3\\.4\\.2, 3\\.4\\.2/numerator, 3\\.4\\.2/denominator table \\d+, row \\d+, cell 1 ");
    CliRun text = CliRun.of("check", Samples.SAMPLE.toString());
    assertThat(text.out()).as("text keeps its line and column").containsPattern("ratio\\.mismatch .* dòng 306:1 ");

    // in JSON the finding keeps its location in the text read and adds its place in the file, as read problems do
    JsonNode findings = JsonMapper.builder().build()
        .readTree(CliRun.of("check", "--format", "json", docx.toString()).out()).get("findings");
    JsonNode mismatch = null;
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals("ratio.mismatch")) {
        mismatch = f;
      }
    }
    assertThat(mismatch).as(findings.toString()).isNotNull();
    assertThat(mismatch.get("location").asText()).matches("\\d+:1");
    JsonNode origin = mismatch.get("origin");
    assertThat(origin.get("kind").asText()).isEqualTo("TABLE");
    assertThat(origin.get("cell").asInt()).isEqualTo(1);
    assertThat(origin.get("text").asText()).isEqualTo("bảng " + origin.get("table").asInt() + ", dòng "
        + origin.get("row").asInt() + ", ô 1");
    JsonNode textFindings = JsonMapper.builder().build()
        .readTree(CliRun.of("check", "--format", "json", Samples.SAMPLE.toString()).out()).get("findings");
    assertThat(textFindings).isNotEmpty().allSatisfy(f -> assertThat(f.has("origin")).as("a text file has no other place").isFalse());
  }

  @Test
  void aWorkbookIsReadAloneOrAsTheAppendixOfItsReport() throws IOException {
    String sample = Samples.sample();
    int appendixStart = sample.indexOf("PHỤ LỤC");
    Path xlsx = tmp.resolve("phu-luc.docx"); // the name says DOCX; the content is a workbook
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      var sheet = wb.createSheet("Phụ lục");
      int r = 0;
      for (String line : sample.substring(appendixStart).split("\n", -1)) {
        var row = sheet.createRow(r++);
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]); // as text, as written
          }
        }
      }
      wb.write(out);
    }
    // alone, the appendix's caption and title say enough for a report without narrative
    CliRun alone = CliRun.of("read", xlsx.toString());
    assertThat(alone.exitCode()).as(alone.err()).isZero();
    assertThat(alone.out()).contains("Báo cáo số 45/BC-UBND ngày 12/03/2024");
    // a workbook without them cannot be a report: the message says to give the report with it
    Path bare = tmp.resolve("bang.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(bare)) {
      wb.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
      wb.write(out);
    }
    CliRun none = CliRun.of("read", "--lenient", bare.toString(), "--lang", "en");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err().lines()).last().isEqualTo(bare + ": no report could be built (4 errors, 0 warnings, 1 info); a "
        + "workbook often holds the appendix alone: give the report with it, FILE --appendix WORKBOOK");
    assertThat(none.err()).doesNotContain("Exception");
    CliRun vi = CliRun.of("read", "--lenient", bare.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err().lines()).last().as("--lang vi, the default").isEqualTo(bare + ": không dựng được báo cáo (4 lỗi, "
        + "0 cảnh báo, 1 thông tin); sổ tính thường chỉ chứa phụ lục: hãy cho báo cáo kèm theo, FILE --appendix WORKBOOK");

    Path narrative = Samples.write(tmp, "bao-cao.txt", sample.substring(0, appendixStart));
    CliRun both = CliRun.of("read", narrative.toString(), "--appendix", xlsx.toString());
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(withoutLocations(both.out())).isEqualTo(withoutLocations(CliRun.of("read", Samples.SAMPLE.toString()).out()));
  }

  private static String withoutLocations(String out) {
    return out.replaceAll("\\b\\d+:\\d+\\b", "L:C").strip();
  }

  /** The text as a DOCX: lines with a tab become rows of a Word table, the other lines paragraphs. */
  private Path write(String text, String name) throws IOException {
    Path file = tmp.resolve(name);
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      List<String[]> rows = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        if (line.indexOf('\t') >= 0) {
          rows.add(line.split("\t", -1));
          continue;
        }
        table(doc, rows);
        doc.createParagraph().createRun().setText(line);
      }
      table(doc, rows);
      doc.write(out);
    }
    return file;
  }

  private static void table(XWPFDocument doc, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
    XWPFTable t = doc.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = t.getRow(r);
      for (int c = 0; c < columns; c++) {
        String cell = c < rows.get(r).length ? rows.get(r)[c] : "";
        row.getCell(c).setText(cell);
      }
    }
    rows.clear();
  }
}
