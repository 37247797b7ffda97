package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.model.message.Translations.load;
import static vn.cchc.model.message.Translations.placeholders;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import vn.cchc.model.message.Message;

/**
 * The finding bundles: the same keys in Vietnamese and the root (English), the same placeholders in
 * both, UTF-8 NFC, every key used by the code and documented in docs/rules.md; and a third language
 * added as a user adds one, with the normal fallback.
 */
class MessagesTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/rules");

  @Test
  void bundlesHaveTheSameKeysAndPlaceholdersAndAreDocumented() throws Exception {
    Properties root = load(RESOURCES.resolve("messages.properties"));
    Properties vi = load(RESOURCES.resolve("messages_vi.properties"));
    assertThat(root.stringPropertyNames()).isNotEmpty().isEqualTo(vi.stringPropertyNames())
        .isEqualTo(Messages.BUNDLE.keys());
    String doc = Files.readString(Path.of("..", "docs", "rules.md"));
    for (String k : root.stringPropertyNames()) {
      assertThat(doc).as("docs/rules.md documents " + k).contains("`" + k + "`");
      assertThat(placeholders(vi.getProperty(k))).as("placeholders of " + k).isEqualTo(placeholders(root.getProperty(k)));
      assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
      assertThat(vi.getProperty(k)).isNotEqualTo(root.getProperty(k));
    }
  }

  @Test
  void everyKeyIsUsedByTheCodeAndEveryKeyTheCodeUsesExists() throws Exception {
    String code;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      code = files.filter(p -> p.toString().endsWith(".java")).map(MessagesTest::read).collect(Collectors.joining("\n"));
    }
    for (String k : Messages.BUNDLE.keys()) {
      assertThat(code).as("the code uses the key " + k).contains("\"" + k + "\"");
    }
    // the literal keys the code passes to Findings.of / Messages.of / the explanation candidates
    Matcher m = Pattern.compile("(?:Findings\\.of|Messages\\.of|candidate|keyed)\\(\"([a-z][a-z0-9.-]+)\"").matcher(code);
    Set<String> used = new TreeSet<>();
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(used).isNotEmpty();
    assertThat(Messages.BUNDLE.keys()).containsAll(used);
  }

  @Test
  void aMessageIsWordedForTheLocaleWhenShown() {
    Message m = Messages.of("ratio.mismatch", "3.4.2", new BigDecimal("100"), 39L, 1481L, new BigDecimal("2.6"));
    assertThat(m.format(VI)).isEqualTo("Chỉ tiêu 3.4.2: báo cáo ghi 100%, nhưng 39/1.481 là 2,6%.");
    assertThat(m.format(Locale.ENGLISH)).isEqualTo("Indicator 3.4.2: the report gives 100%, but 39/1481 is 2.6%.");
    assertThat(m.format(Locale.forLanguageTag("vi-VN"))).isEqualTo(m.format(VI));
    assertThat(m.key()).isEqualTo("ratio.mismatch");
    assertThat(m.jsonArguments(VI)).containsExactly("3.4.2", new BigDecimal("100"), 39L, 1481L, new BigDecimal("2.6"));
  }

  /** src/test/resources/vn/cchc/rules/messages_fr.properties: one key in French, as a user would add it. */
  @Test
  void aUserBundleOnTheClassPathAddsALanguageWithFallbackToTheRoot() {
    Locale fr = Locale.FRENCH;
    Message mismatch = Messages.of("ratio.mismatch", "3.4.2", new BigDecimal("100"), 39L, 1481L, new BigDecimal("2.6"));
    assertThat(mismatch.format(fr)).isEqualTo("Indicateur 3.4.2 : le rapport donne 100 %, mais 39/1\u202f481 font 2,6 %.");
    assertThat(mismatch.format(Locale.CANADA_FRENCH)).startsWith("Indicateur 3.4.2 :");
    // a key the French bundle lacks: the root (English) text, numbers still written the French way
    Message negative = Messages.of("range.negative", "4.1", new BigDecimal("-1250.5"));
    assertThat(negative.format(fr)).isEqualTo("Indicator 4.1: the value -1\u202f250,5 is negative.");
  }

  @Test
  void aLanguageWithoutABundleGetsTheRootWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(VI); // the JVM default is not part of the chain: German gets English, not Vietnamese
      Message m = Messages.of("kind.count-percent", "2.1");
      assertThat(m.format(Locale.GERMAN)).isEqualTo("Indicator 2.1 is a count but its unit is \"%\".");
      assertThat(m.format(Locale.ROOT)).isEqualTo(m.format(Locale.ENGLISH)).isEqualTo(m.toString());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aMessageRefusesAnUnknownKeyAndAnUntypedArgument() {
    assertThatThrownBy(() -> Messages.of("no.such.key")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key").hasMessageContaining("vn.cchc.rules.messages");
    assertThatThrownBy(() -> Messages.of("kind.count-percent", 1.5d)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Double");
    assertThatThrownBy(() -> Messages.of("kind.count-percent", (Object) null)).isInstanceOf(NullPointerException.class);
  }



  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
