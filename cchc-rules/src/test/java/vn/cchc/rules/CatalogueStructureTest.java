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
    assertThat(s.limits()).containsExactlyInAnyOrder(new CatalogueStructure.Limit("4.2.2", "4.2.1"),
        new CatalogueStructure.Limit("4.3.2", "4.3.1"));
    assertThatThrownBy(() -> s.ratios().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void limitsAreTheCataloguesDataNotItsWording() {
    Catalogue cat = Catalogues.bundled();
    // reworded labels keep their limits; a limit declared on other rows is followed
    List<vn.cchc.model.catalogue.IndicatorDefinition> defs = new java.util.ArrayList<>();
    for (vn.cchc.model.catalogue.IndicatorDefinition d : cat.indicators()) {
      var b = vn.cchc.model.catalogue.ImmutableIndicatorDefinition.copyOf(d).withLabel(d.label().replace("có mặt", "hiện có")
          .replace("được giao", "theo kế hoạch"));
      defs.add(d.id().equals("1.3.2") ? b.withNotAbove("1.3.1") : b);
    }
    Catalogue reworded = vn.cchc.model.catalogue.ImmutableCatalogue.copyOf(cat).withIndicators(defs);
    assertThat(CatalogueStructure.of(reworded).limits()).containsExactly(new CatalogueStructure.Limit("1.3.2", "1.3.1"),
        new CatalogueStructure.Limit("4.2.2", "4.2.1"), new CatalogueStructure.Limit("4.3.2", "4.3.1"));
  }

  /**
   * Where the bundled data corrects what the labels implied: 4.3.1 "Tổng số người làm việc được giao" (staff
   * positions assigned) is a headcount at a date like its sibling 4.3.2 "… có mặt", so the latest value, not a
   * sum over periods (summed, four quarters would give four times the positions, and 4.3.2 ≤ 4.3.1 would
   * compare a latest value with a sum).
   */
  private static final java.util.Map<String, vn.cchc.model.catalogue.Aggregation> CORRECTED = java.util.Map.of(
      "4.3.1", vn.cchc.model.catalogue.Aggregation.LATEST);

  @Test
  void theBundledCataloguesAggregationAndLimitsAreWhatTheOldLabelHeuristicsGaveButForTheCorrections() {
    Catalogue cat = Catalogues.bundled();
    Catalogue generated = LabelHeuristics.withDefaults(cat);
    for (vn.cchc.model.catalogue.IndicatorDefinition d : cat.indicators()) {
      assertThat(d.aggregation()).as(d.id()).isEqualTo(CORRECTED.containsKey(d.id())
          ? java.util.Optional.of(CORRECTED.get(d.id())) : generated.indicator(d.id()).orElseThrow().aggregation());
      assertThat(d.notAbove()).as(d.id()).isEqualTo(generated.indicator(d.id()).orElseThrow().notAbove());
    }
    assertThat(cat.indicators()).filteredOn(d -> d.aggregation().equals(java.util.Optional.of(
        vn.cchc.model.catalogue.Aggregation.LATEST))).hasSizeGreaterThan(10);
  }
}
