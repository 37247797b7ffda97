package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.model.message.Translations.load;
import static vn.cchc.model.message.Translations.placeholders;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.model.text.ReadProblem;

/**
 * The office readers' problem bundles: the same keys and placeholders in Vietnamese and the root
 * (English), UTF-8 NFC, every key used and every key used present, each listed in docs/reading.md; and
 * problems of a real workbook worded in both languages, nested messages included.
 */
class OfficeProblemsTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/read/office");

  @Test
  void bundlesHaveTheSameKeysAndPlaceholdersAndAreDocumented() throws Exception {
    Properties root = load(RESOURCES.resolve("problems.properties"));
    Properties vi = load(RESOURCES.resolve("problems_vi.properties"));
    assertThat(root.stringPropertyNames()).isNotEmpty().isEqualTo(vi.stringPropertyNames())
        .isEqualTo(OfficeProblems.BUNDLE.keys());
    String doc = Files.readString(Path.of("..", "docs", "reading.md"));
    for (String k : root.stringPropertyNames()) {
      assertThat(doc).as("docs/reading.md lists " + k).contains("`" + k + "`");
      assertThat(placeholders(vi.getProperty(k))).as("placeholders of " + k).isEqualTo(placeholders(root.getProperty(k)));
      assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
    }
  }

  @Test
  void everyKeyIsUsedAndEveryKeyUsedExists() throws Exception {
    String code;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/cchc/read/office"))) {
      code = files.filter(p -> p.toString().endsWith(".java")).map(OfficeProblemsTest::read)
          .collect(Collectors.joining("\n"));
    }
    for (String k : OfficeProblems.BUNDLE.keys()) {
      assertThat(code).as("the code uses the key " + k).contains("\"" + k + "\"");
    }
    Set<String> used = new TreeSet<>();
    Matcher call = Pattern.compile("OfficeProblems\\.of\\(([^;]*?)\\)\\s*[,;)]", Pattern.DOTALL).matcher(code);
    Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*)\"");
    while (call.find()) {
      Matcher m = literal.matcher(call.group(1));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    assertThat(used).hasSizeGreaterThan(25);
    assertThat(OfficeProblems.BUNDLE.keys()).containsAll(used);
  }

  @Test
  void aWorkbooksProblemsAreWordedInEitherLanguage() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Sheet1");
    s.createRow(0).createCell(0).setCellValue("STT");
    s.getRow(0).createCell(1).setCellValue("Các chỉ tiêu");
    s.createRow(1).createCell(0).setCellValue("1.");
    s.getRow(1).createCell(1).setCellValue("a");
    s.getRow(1).setZeroHeight(true);
    s.setColumnHidden(1, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();

    DerivedText t = XlsxText.derive(out.toByteArray(), FileLimits.defaults(), Optional.empty());

    ReadProblem hidden = t.problems().stream().filter(p -> p.text().key().equals("xlsx.hidden")).findFirst().orElseThrow();
    assertThat(hidden.message()).isEqualTo("the sheet \"Sheet1\" hides rows 2 and columns B in Excel; they are read "
        + "(a printed copy does not show them)");
    assertThat(hidden.message(VI)).isEqualTo("trang tính \"Sheet1\" ẩn các dòng 2 và các cột B trong Excel; phần bị ẩn "
        + "vẫn được đọc (bản in không có phần này)");
    assertThat(hidden.text().jsonArguments(VI)).containsExactly("\"Sheet1\"", "các dòng 2 và các cột B");
  }



  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
