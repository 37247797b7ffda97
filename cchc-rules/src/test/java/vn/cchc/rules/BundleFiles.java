package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import vn.cchc.model.message.Translations;

/**
 * The checks every message bundle of this module's roll-up side passes: the English root and the Vietnamese file
 * have the same keys and arguments, the keys are those the bundle holder knows, every Vietnamese text is NFC and
 * translated, every key is documented in {@code docs/rollups.md} and written whole in the code (or built from a
 * prefix the code names).
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
   * @param builtPrefix the prefix of keys the code builds rather than writes whole (the levels)
   */
  public static void assertTranslatedDocumentedAndUsed(Path dir, String name, Set<String> keys, String code,
      String builtPrefix) throws IOException {
    Properties root = Translations.load(dir.resolve(name + ".properties"));
    Properties vi = Translations.load(dir.resolve(name + "_vi.properties"));
    assertThat(Translations.differences(root, vi)).isEmpty();
    assertThat(root.stringPropertyNames()).isEqualTo(keys);
    String doc = Files.readString(Path.of("..", "docs", "rollups.md"));
    for (String k : root.stringPropertyNames()) {
      assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
      assertThat(vi.getProperty(k)).as(k).isNotEqualTo(root.getProperty(k));
      assertThat(doc).as("docs/rollups.md documents " + k).contains("`" + k + "`");
      assertThat(code.contains("\"" + k + "\"") || k.startsWith(builtPrefix)).as("the code uses " + k).isTrue();
    }
  }
}
