package vn.cchc.rules.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.message.Translations;

/**
 * The words of the administrative levels, kept in one bundle ({@code vn/cchc/rules/units/levels*.properties}) for
 * every sentence that names a level (placement reasons, roll-up problems, the command line's summary): the official
 * Vietnamese label, English, and the same keys in both files, one for each level.
 */
class AdministrativeLevelsTest {
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/rules/units");
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void eachLevelIsItsOfficialVietnameseLabelAndItsEnglishWords() {
    assertThat(Arrays.stream(AdministrativeLevel.values()).map(l -> AdministrativeLevels.text(l).format(VI)))
        .containsExactly("cấp tỉnh", "cấp huyện", "cấp xã");
    assertThat(Arrays.stream(AdministrativeLevel.values()).map(l -> AdministrativeLevels.text(l).format(Locale.ENGLISH)))
        .containsExactly("province level", "district level", "commune level");
    for (AdministrativeLevel l : AdministrativeLevel.values()) {
      assertThat(AdministrativeLevels.text(l).format(VI)).isEqualTo(l.label());
      assertThat(AdministrativeLevels.text(l).key()).isEqualTo("level." + l.name().toLowerCase(Locale.ROOT));
      assertThat(AdministrativeLevels.text(l).arguments()).isEmpty();
      // a language without a bundle: the root's English, whatever the machine's language
      assertThat(AdministrativeLevels.text(l).format(Locale.GERMAN)).isEqualTo(AdministrativeLevels.text(l).format(Locale.ENGLISH));
    }
  }

  @Test
  void theBundlesHaveOneKeyForEachLevelTranslatedAndNfc() throws Exception {
    Properties root = Translations.load(RESOURCES.resolve("levels.properties"));
    Properties vi = Translations.load(RESOURCES.resolve("levels_vi.properties"));
    assertThat(Translations.differences(root, vi)).isEmpty();
    assertThat(root.stringPropertyNames()).isEqualTo(AdministrativeLevels.BUNDLE.keys())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(AdministrativeLevel.values()).map(l -> AdministrativeLevels.text(l).key()).toList());
    for (String k : root.stringPropertyNames()) {
      assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
      assertThat(vi.getProperty(k)).as(k).isNotEqualTo(root.getProperty(k));
    }
  }
}
