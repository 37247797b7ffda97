package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.model.message.Translations.load;
import static vn.cchc.model.message.Translations.placeholders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogues;

/**
 * The read-problem bundles: the same keys in Vietnamese and the root (English), the same placeholders
 * in both, UTF-8 NFC, every key used by the reader and every key the reader uses in the bundle, each
 * listed in docs/reading.md; and a problem read from a real text worded in both languages.
 */
class ProblemMessagesTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/model/text");
  /** Keys whose languages use different arguments of the same message (documented in the bundle). */
  private static final Set<String> OWN_PLACEHOLDERS = Set.of("limit.exceeded");

  @Test
  void bundlesHaveTheSameKeysAndPlaceholdersAndAreDocumented() throws Exception {
    Properties root = load(RESOURCES.resolve("problems.properties"));
    Properties vi = load(RESOURCES.resolve("problems_vi.properties"));
    assertThat(root.stringPropertyNames()).isNotEmpty().isEqualTo(vi.stringPropertyNames())
        .isEqualTo(ReadProblem.bundle().keys());
    String doc = Files.readString(Path.of("..", "docs", "reading.md"));
    for (String k : root.stringPropertyNames()) {
      assertThat(doc).as("docs/reading.md lists " + k).contains("`" + k + "`");
      if (!OWN_PLACEHOLDERS.contains(k)) {
        assertThat(placeholders(vi.getProperty(k))).as("placeholders of " + k).isEqualTo(placeholders(root.getProperty(k)));
      }
      assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
      assertThat(Normalizer.isNormalized(root.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
    }
    assertThat(placeholders(vi.getProperty("limit.exceeded"))).containsExactly("{1}", "{2}", "{3}");
    assertThat(placeholders(root.getProperty("limit.exceeded"))).containsExactly("{0}", "{1}", "{2}");
  }

  @Test
  void everyKeyIsUsedByTheReaderAndEveryKeyTheReaderUsesExists() throws Exception {
    String code;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/cchc/model/text"))) {
      code = files.filter(p -> p.toString().endsWith(".java")).map(ProblemMessagesTest::read)
          .collect(Collectors.joining("\n"));
    }
    for (String k : ReadProblem.bundle().keys()) {
      assertThat(code).as("the reader uses the key " + k).contains("\"" + k + "\"");
    }
    // every literal key inside a Problems.of( … ) call (conditional keys included), and those given to agree(…)
    Set<String> used = new TreeSet<>();
    Matcher call = Pattern.compile("(?:Problems\\.of|agree)\\(([^;]*?)\\)\\s*[,;)]", Pattern.DOTALL).matcher(code);
    Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    while (call.find()) {
      Matcher m = literal.matcher(call.group(1));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    assertThat(used).hasSizeGreaterThan(60);
    assertThat(ReadProblem.bundle().keys()).containsAll(used);
  }

  @Test
  void aProblemOfARealReadIsWordedInEitherLanguageAndKeepsItsKeyAndArguments() {
    String text = "UBND XÃ AN PHÚ\nSố: 45/BC-UBND\n\nBÁO CÁO\nKết quả cải cách hành chính quý I năm 2024\n";
    ReadResult result = ReportTextReader.of(Catalogues.bundled()).readTextLenient(text);
    ReadProblem noAppendix = result.problems().stream().filter(p -> p.text().key().equals("appendix.missing"))
        .findFirst().orElseThrow();
    assertThat(noAppendix.message()).isEqualTo(noAppendix.message(Locale.ROOT)).isEqualTo(noAppendix.message(Locale.ENGLISH))
        .startsWith("no appendix table (\"PHỤ LỤC\"");
    assertThat(noAppendix.message(VI)).startsWith("không có bảng phụ lục");
    assertThat(noAppendix.message(Locale.forLanguageTag("vi-VN"))).isEqualTo(noAppendix.message(VI));
    assertThat(noAppendix.message(Locale.JAPANESE)).as("a language without a bundle: English").isEqualTo(noAppendix.message());
    ReadProblem noDate = result.problems().stream().filter(p -> p.text().key().equals("metadata.date-missing"))
        .findFirst().orElseThrow();
    assertThat(noDate.message(VI)).startsWith("không có ngày ban hành");
    assertThat(noDate.toString()).contains("no issue date");
  }

  @Test
  void argumentsAreTypedAndWordedForTheLocale() {
    String text = "BÁO CÁO\n" + "x".repeat(ReportTextReader.MAX_LINE_LENGTH + 1) + "\n";
    ReadProblem p = ReportTextReader.of(Catalogues.bundled()).readTextLenient(text).problems().get(0);
    assertThat(p.text().key()).isEqualTo("limit.exceeded");
    assertThat(p.text().arguments()).containsExactly("1,000,000", p.text().arguments().get(1), "MAX_LINE_LENGTH",
        (long) ReportTextReader.MAX_LINE_LENGTH);
    assertThat(p.message()).startsWith("more than 1,000,000 characters on a line (ReportTextReader.MAX_LINE_LENGTH)");
    assertThat(p.message(VI)).startsWith("quá 1.000.000 ký tự trên một dòng (ReportTextReader.MAX_LINE_LENGTH)");
  }



  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
