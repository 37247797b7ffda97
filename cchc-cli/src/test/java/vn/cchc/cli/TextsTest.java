package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.model.message.Translations.load;
import static vn.cchc.model.message.Translations.placeholders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command's texts: the same keys and placeholders in Vietnamese and the root (English), every key
 * used, {@code --lang} taking any BCP 47 tag, and a third language added as a user adds one.
 */
class TextsTest {
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/cli");

  @Test
  void bundlesHaveTheSameKeysAndPlaceholdersAndEveryKeyIsUsed() throws Exception {
    Properties root = load(RESOURCES.resolve("texts.properties"));
    Properties vi = load(RESOURCES.resolve("texts_vi.properties"));
    assertThat(root.stringPropertyNames()).isNotEmpty().isEqualTo(vi.stringPropertyNames())
        .isEqualTo(Texts.BUNDLE.keys());
    for (String k : root.stringPropertyNames()) {
      assertThat(placeholders(vi.getProperty(k))).as(k).isEqualTo(placeholders(root.getProperty(k)));
    }
    String code;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      code = files.filter(p -> p.toString().endsWith(".java")).map(TextsTest::read).collect(Collectors.joining("\n"));
    }
    for (String k : root.stringPropertyNames()) {
      // "severity." + name, "period-kind." + name and "count." + name + ".one|.other" are built from a literal
      // prefix and name
      String literal = k.startsWith("severity.") ? "\"severity.\""
          : k.startsWith("period-kind.") ? "\"period-kind.\""
          : k.startsWith("count.") ? "\"" + k.substring(6, k.lastIndexOf('.')) + "\"" : "\"" + k + "\"";
      assertThat(code).as("the code uses " + k).contains(literal);
    }
  }

  @Test
  void theHelpBundlesHaveTheSameKeysAndAListForEveryCommandThatHasExitCodes() throws Exception {
    Properties root = load(RESOURCES.resolve("help.properties"));
    Properties vi = load(RESOURCES.resolve("help_vi.properties"));
    // Vietnamese has every key of the root, and more: the English of the descriptions, options and headings is in the
    // annotations, which the root need not repeat; a Vietnamese key of its own must be one picocli looks up (a typo
    // would leave the English on the page), and HelpLanguageTest checks that none is missing
    assertThat(root.stringPropertyNames()).isNotEmpty();
    assertThat(vi.stringPropertyNames()).containsAll(root.stringPropertyNames());
    Set<String> lookedUp = HelpLanguageTest.keysLookedUp(new picocli.CommandLine(new Main()));
    for (String k : vi.stringPropertyNames()) {
      // a text of several lines has one key a line: KEY.0, KEY.1, ...
      assertThat(lookedUp).as("picocli looks up " + k).contains(k.replaceFirst("\\.\\d+$", ""));
    }
    for (String k : root.stringPropertyNames()) {
      assertThat(placeholders(vi.getProperty(k))).as(k).isEqualTo(placeholders(root.getProperty(k)));
      assertThat(count(vi.getProperty(k), "%n")).as(k).isEqualTo(count(root.getProperty(k), "%n"));
    }
    for (String k : root.stringPropertyNames().stream().filter(k -> k.contains(".exitCodeList.")).toList()) {
      // "CODE:meaning": the same code before the colon in every language
      assertThat(vi.getProperty(k).split(":")[0]).as(k).isEqualTo(root.getProperty(k).split(":")[0]);
    }
    for (String command : List.of("cchc", "cchc.read", "cchc.check", "cchc.render", "cchc.aggregate")) {
      assertThat(root).as(command).containsKeys(command + ".usage.exitCodeListHeading", command + ".usage.exitCodeList.0");
    }
  }

  @Test
  void langTakesAnyLanguageTagAndAUserBundleAddsALanguage() {
    CliRun fr = CliRun.of("check", CheckRenderAggregateTest.SAMPLE.toString(), "--lang", "fr");
    assertThat(fr.exitCode()).as(fr.err()).isEqualTo(1);
    assertThat(fr.out()).contains("Rapport vérifié 45/BC-UBND") // texts_fr.properties in the test resources
        .contains("Check: ")                                    // not translated there: English
        .contains("39/1\u202f481"); // the findings' numbers written the French way, in English sentences
    CliRun bad = CliRun.of("check", CheckRenderAggregateTest.SAMPLE.toString(), "--lang", "not a tag!");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().lines()).first().as("a tag that is not one: the default language")
        .isEqualTo("--lang cần một thẻ ngôn ngữ BCP 47 như vi, en hoặc fr-CA, không phải \"not a tag!\": Invalid subtag: "
            + "not a tag! [at index 0]");
    assertThat(Texts.locale("vi-VN")).isEqualTo(Locale.forLanguageTag("vi-VN"));
  }



  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
