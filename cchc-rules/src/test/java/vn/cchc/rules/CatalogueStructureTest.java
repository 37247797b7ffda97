package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;

/** The public view of the structure the standard rules read from a catalogue. */
class CatalogueStructureTest {
  @Test
  void readsRatiosBreakdownsAndPairsOfTheBundledCatalogue() {
    Catalogue cat = Catalogues.bundled();
    CatalogueStructure s = CatalogueStructure.of(cat);
    assertThat(s.ratios()).contains(new CatalogueStructure.Ratio("3.2.4", "3.2.4/numerator", "3.2.4/denominator"),
        new CatalogueStructure.Ratio("6.1", "6.1/numerator", "6.1/denominator"));
    assertThat(s.ratios()).extracting(CatalogueStructure.Ratio::id).doesNotContain("4.1.5");   // DETAIL children only
    assertThat(s.breakdowns()).contains(
        new CatalogueStructure.Breakdown("6.2.4", List.of("6.2.4/part-1", "6.2.4/part-2", "6.2.4/part-3"), false),
        new CatalogueStructure.Breakdown("7.5.2", List.of("7.5.2/part-1", "7.5.2/part-2"), true));
    assertThat(s.pairs()).containsExactlyInAnyOrder(new CatalogueStructure.Pair("4.2.1", "4.2.2"),
        new CatalogueStructure.Pair("4.3.1", "4.3.2"));
    assertThatThrownBy(() -> s.ratios().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
