package vn.cchc.testkit;

import java.util.List;
import java.util.Optional;
import vn.cchc.model.UnitKind;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.CatalogueStructure;

/**
 * The arithmetic structure of a catalogue as the standard rules read it ({@link CatalogueStructure}),
 * with the lookups the generators need. Internal.
 */
final class Shape {
  final Catalogue catalogue;
  final List<CatalogueStructure.Ratio> ratios;
  final List<CatalogueStructure.Breakdown> breakdowns;
  /** The count limits ("present ≤ assigned"): the generators write counts only. */
  final List<CatalogueStructure.Limit> limits;

  private static volatile Shape last;

  /** The shape of a catalogue; the last one read is kept, as catalogues are immutable and usually one. */
  static Shape of(Catalogue catalogue) {
    Shape s = last;
    if (s != null && s.catalogue == catalogue) {
      return s;
    }
    s = new Shape(catalogue);
    last = s;
    return s;
  }

  private Shape(Catalogue catalogue) {
    this.catalogue = catalogue;
    CatalogueStructure cs = CatalogueStructure.of(catalogue);
    this.ratios = cs.ratios();
    this.breakdowns = cs.breakdowns();
    this.limits = cs.limits().stream().filter(l -> catalogue.indicator(l.id()).map(d -> d.kind() == IndicatorKind.COUNT)
        .orElse(false)).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  static boolean isPercentage(IndicatorDefinition d) {
    return d.kind() == IndicatorKind.PERCENTAGE || d.unit().map(u -> u.kind() == UnitKind.PERCENTAGE).orElse(false);
  }

  Optional<CatalogueStructure.Ratio> ratioOf(String id) {
    return ratios.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  IndicatorDefinition def(String id) {
    return catalogue.indicator(id).orElseThrow(() -> new IllegalArgumentException(
        "catalogue " + catalogue.id() + " has no indicator " + id));
  }
}
