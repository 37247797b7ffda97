package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.rules.units.AdministrativeLevels;
import vn.cchc.model.message.Translations;

/**
 * The checks every message bundle of this module's roll-up side passes: the English root and the Vietnamese file
 * have the same keys and arguments, the keys are those the bundle holder knows, every Vietnamese text is NFC and
 * translated, every key is documented in {@code docs/rollups.md} and written whole in the code; and no text is a
 * level's words, which are {@link AdministrativeLevels}' alone.
 */
public final class BundleFiles {
  private BundleFiles() {}

  /**
   * Checks the bundle {@code dir/name.properties} and {@code dir/name_vi.properties}.
   *
   * @param dir the folder of the bundle's files under {@code src/main/resources}
   * @param name the bundle's file name without language and extension
   * @param keys the keys the bundle holder knows
   * @param code the source of the classes that use the keys
   */
  public static void assertTranslatedDocumentedAndUsed(Path dir, String name, Set<String> keys, String code)
      throws IOException {
    Properties root = Translations.load(dir.resolve(name + ".properties"));
    Properties vi = Translations.load(dir.resolve(name + "_vi.properties"));
    assertThat(Translations.differences(root, vi)).isEmpty();
    assertThat(root.stringPropertyNames()).isEqualTo(keys);
    String doc = Files.readString(Path.of("..", "docs", "rollups.md"));
    for (String k : root.stringPropertyNames()) {
      assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
      assertThat(vi.getProperty(k)).as(k).isNotEqualTo(root.getProperty(k));
      assertThat(doc).as("docs/rollups.md documents " + k).contains("`" + k + "`");
      assertThat(code).as("the code uses " + k).contains("\"" + k + "\"");
    }
    for (AdministrativeLevel l : AdministrativeLevel.values()) {
      assertThat(root.values()).as("the words of a level are AdministrativeLevels'")
          .doesNotContain(AdministrativeLevels.text(l).format(Locale.ENGLISH));
      assertThat(vi.values()).as("the words of a level are AdministrativeLevels'").doesNotContain(l.label());
    }
  }
}
