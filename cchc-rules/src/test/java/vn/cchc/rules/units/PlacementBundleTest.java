package vn.cchc.rules.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.IssuingUnit;
import vn.cchc.rules.BundleFiles;

/**
 * The reasons an issuer is not placed: a key and its arguments, worded in Vietnamese and English; the two
 * bundles with the same keys and arguments, each key used and documented.
 */
class PlacementBundleTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/rules/units");

  @Test
  void aReasonIsWordedForTheLocale() {
    IssuingUnit stranger = IssuingUnit.builder().asWritten("UBND xã Không Có").body("UBND")
        .unitType(AdministrativeUnitType.COMMUNE).unitName("Không Có").level(AdministrativeLevel.COMMUNE).build();
    Placement p = UnitRegistry.sample().place(stranger);
    assertThat(p.problem().orElseThrow().key()).isEqualTo("placement.not-found");
    // the level is AdministrativeLevels' words, nested: "cấp xã" / "commune level" in the sentence of each language
    assertThat(p.problem().orElseThrow().arguments())
        .containsExactly("xã Không Có", AdministrativeLevels.text(AdministrativeLevel.COMMUNE));
    assertThat(p.reason()).isEqualTo("không có đơn vị \"xã Không Có\" (cấp xã) trong danh mục đơn vị hành chính")
        .isEqualTo(p.reason(VI));
    assertThat(p.reason(Locale.ENGLISH)).isEqualTo("no unit \"xã Không Có\" (commune level) in the list of "
        + "administrative units");
    assertThat(p.reason(Locale.GERMAN)).isEqualTo(p.reason(Locale.ENGLISH));
    Placement placed = UnitRegistry.sample().place(stranger, java.util.Optional.of("05716"));
    assertThat(placed.problem()).isEmpty();
    assertThat(placed.reason(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void bundlesHaveTheSameKeysAndArgumentsAreUsedAndDocumented() throws Exception {
    String code = Files.readString(Path.of("src/main/java/vn/cchc/rules/units/UnitRegistry.java"));
    BundleFiles.assertTranslatedDocumentedAndUsed(RESOURCES, "placement", PlacementBundle.BUNDLE.keys(), code);
  }
}
