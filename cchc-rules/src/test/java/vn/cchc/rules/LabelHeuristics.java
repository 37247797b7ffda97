package vn.cchc.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cchc.model.catalogue.Aggregation;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.ImmutableCatalogue;
import vn.cchc.model.catalogue.ImmutableIndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * The label heuristics cchc used at run time before the catalogue carried this data (issue 10): stocks by
 * phrases such as "lũy kế" and "tại thời điểm báo cáo", and "present ≤ assigned" pairs of sibling counts
 * worded "X … được giao" / "X … có mặt". Test scope only: they generated the bundled catalogue's
 * {@code aggregation} and {@code notAbove} once, and a test keeps the two in agreement. Nothing at run time
 * reads labels for this.
 */
final class LabelHeuristics {
  static final List<String> STOCK_PHRASES = List.of("lũy kế", "lũy kể", "luỹ kế", "thời điểm báo cáo",
      "đang có hiệu lực", "đang cung cấp", "được giao trong năm", "có mặt");

  private LabelHeuristics() {}

  static String norm(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  static boolean isStock(IndicatorDefinition d) {
    String l = norm(d.label());
    return STOCK_PHRASES.stream().anyMatch(l::contains);
  }

  private static boolean isRatio(Catalogue c, String id) {
    return c.child(id, ChildRole.NUMERATOR).isPresent() && c.child(id, ChildRole.DENOMINATOR).isPresent();
  }

  /** The aggregation the labels imply. */
  static Aggregation aggregation(Catalogue c, IndicatorDefinition d) {
    boolean stock = isStock(d) || d.parentId().flatMap(c::indicator).filter(p -> isRatio(c, p.id())).map(LabelHeuristics::isStock)
        .orElse(false);
    switch (d.kind()) {
      case GROUP:
        return Aggregation.NONE;
      case CODED:
        return Aggregation.DISTRIBUTION;
      case PERCENTAGE:
        return isRatio(c, d.id()) ? Aggregation.RATIO : stock ? Aggregation.LATEST : Aggregation.NONE;
      default:
        return stock ? Aggregation.LATEST : Aggregation.SUM;
    }
  }

  /** The "present" id → the "assigned" ids the labels pair it with. */
  static Map<String, List<String>> notAbove(Catalogue c) {
    Map<String, List<String>> out = new TreeMap<>();
    for (IndicatorDefinition d : c.indicators()) {
      pairs(c.children(d.id()), out);
    }
    pairs(c.indicators().stream().filter(d -> d.parentId().isEmpty()).collect(Collectors.toList()), out);
    return out;
  }

  private static void pairs(List<IndicatorDefinition> siblings, Map<String, List<String>> out) {
    for (IndicatorDefinition a : siblings) {
      Optional<String> pa = prefixBefore(a.label(), "được giao");
      if (pa.isEmpty() || a.kind() != IndicatorKind.COUNT) {
        continue;
      }
      for (IndicatorDefinition p : siblings) {
        Optional<String> pp = prefixBefore(p.label(), "có mặt");
        if (p != a && p.kind() == IndicatorKind.COUNT && pp.equals(pa)) {
          out.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(a.id());
        }
      }
    }
  }

  private static Optional<String> prefixBefore(String label, String phrase) {
    String l = norm(label);
    int i = l.indexOf(phrase);
    return i <= 0 ? Optional.empty() : Optional.of(l.substring(0, i).strip());
  }

  /** The catalogue with every indicator's aggregation and notAbove as the labels imply (what a tool writes once). */
  static Catalogue withDefaults(Catalogue c) {
    Map<String, List<String>> limits = notAbove(c);
    List<IndicatorDefinition> defs = new ArrayList<>();
    for (IndicatorDefinition d : c.indicators()) {
      defs.add(ImmutableIndicatorDefinition.copyOf(d).withAggregation(aggregation(c, d))
          .withNotAbove(limits.getOrDefault(d.id(), List.of())));
    }
    return ImmutableCatalogue.copyOf(c).withIndicators(defs);
  }
}
