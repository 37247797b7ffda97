package vn.cchc.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  private static Properties bundle(String... keysAndPatterns) {
    Properties p = new Properties();
    for (int i = 0; i < keysAndPatterns.length; i += 2) {
      p.setProperty(keysAndPatterns[i], keysAndPatterns[i + 1]);
    }
    return p;
  }

  @Test
  void aCompleteTranslationHasNoDifferences() {
    Properties root = bundle("ratio.mismatch", "Indicator {0}: the report gives {1}%, but {2}/{3} is {4}%.");
    Properties vi = bundle("ratio.mismatch", "Chỉ tiêu {0}: báo cáo ghi {1}%, nhưng {2}/{3} là {4}%.");
    assertThat(Translations.differences(root, vi)).isEmpty();
  }

  @Test
  void missingInventedAndArgumentMismatchesAreEachNamedInKeyOrder() {
    Properties root = bundle("a.kept", "{0} of {1}", "b.missing", "x", "c.args", "{0} and {1}");
    Properties fr = bundle("a.kept", "{1} sur {0}", "c.args", "{0} seulement", "d.extra", "?");
    assertThat(Translations.differences(root, fr)).containsExactly(
        "missing: b.missing",
        "arguments of c.args: [{0}] where the reference has [{0}, {1}]",
        "not in the reference: d.extra");
  }

  @Test
  void placeholdersAreListedOnceAndSortedWhateverTheirOrderInTheSentence() {
    assertThat(Translations.placeholders("{2} rồi {0}, lại {2}")).containsExactly("{0}", "{2}");
    assertThat(Translations.placeholders("không có đối số")).isEmpty();
  }

  @Test
  void theReadersVietnameseBundleDiffersFromItsRootOnlyWhereItMeansTo() throws Exception {
    Path dir = Path.of("src/main/resources/vn/cchc/model/text");
    Properties root = Translations.load(dir.resolve("problems.properties"));
    Properties vi = Translations.load(dir.resolve("problems_vi.properties"));
    assertThat(root.getProperty("limit.exceeded")).isNotBlank();
    // the one deliberate difference: the English sentence writes the limit grouped the English way ({0}),
    // the Vietnamese one the Vietnamese way ({3})
    assertThat(Translations.differences(root, vi)).containsExactly(
        "arguments of limit.exceeded: [{1}, {2}, {3}] where the reference has [{0}, {1}, {2}]");
  }

  @Test
  void noNullIsTaken() {
    assertThatThrownBy(() -> Translations.differences(null, new Properties())).isInstanceOf(NullPointerException.class)
        .hasMessage("reference");
    assertThatThrownBy(() -> Translations.placeholders(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("pattern");
  }
}
