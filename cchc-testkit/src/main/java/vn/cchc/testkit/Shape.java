package vn.cchc.testkit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.model.UnitKind;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * The arithmetic structure of a catalogue as the standard rules read it (docs/rules.md): ratios
 * (a NUMERATOR and a DENOMINATOR child), breakdowns (PART children), and "… được giao" / "… có mặt"
 * sibling pairs of counts. Read once per generator. Internal.
 */
final class Shape {
  record Ratio(String id, String numeratorId, String denominatorId) {}

  record Breakdown(String wholeId, List<String> partIds, boolean percentageParts) {}

  record Pair(String assignedId, String presentId) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  final Catalogue catalogue;
  final List<Ratio> ratios = new ArrayList<>();
  final List<Breakdown> breakdowns = new ArrayList<>();
  final List<Pair> pairs = new ArrayList<>();

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

  Shape(Catalogue catalogue) {
    this.catalogue = catalogue;
    for (IndicatorDefinition d : catalogue.indicators()) {
      Optional<IndicatorDefinition> num = catalogue.child(d.id(), ChildRole.NUMERATOR);
      Optional<IndicatorDefinition> den = catalogue.child(d.id(), ChildRole.DENOMINATOR);
      if (num.isPresent() && den.isPresent()) {
        ratios.add(new Ratio(d.id(), num.get().id(), den.get().id()));
      }
      List<IndicatorDefinition> kids = catalogue.children(d.id());
      List<String> parts = new ArrayList<>();
      boolean allPercent = true;
      for (IndicatorDefinition k : kids) {
        if (k.role().equals(Optional.of(ChildRole.PART))) {
          parts.add(k.id());
          allPercent &= isPercentage(k);
        }
      }
      if (!parts.isEmpty()) {
        breakdowns.add(new Breakdown(d.id(), List.copyOf(parts), allPercent));
      }
      pairsAmong(kids);
    }
    pairsAmong(catalogue.indicators().stream().filter(d -> d.parentId().isEmpty()).toList());
  }

  private void pairsAmong(List<IndicatorDefinition> siblings) {
    for (IndicatorDefinition a : siblings) {
      Optional<String> pa = prefixBefore(a.label(), "được giao");
      if (pa.isEmpty() || a.kind() != IndicatorKind.COUNT) {
        continue;
      }
      for (IndicatorDefinition p : siblings) {
        Optional<String> pp = prefixBefore(p.label(), "có mặt");
        if (p != a && p.kind() == IndicatorKind.COUNT && pp.isPresent() && pp.get().equals(pa.get())) {
          pairs.add(new Pair(a.id(), p.id()));
        }
      }
    }
  }

  private static Optional<String> prefixBefore(String label, String phrase) {
    String l = norm(label);
    int i = l.indexOf(phrase);
    return i <= 0 ? Optional.empty() : Optional.of(l.substring(0, i).strip());
  }

  static String norm(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }

  static boolean isPercentage(IndicatorDefinition d) {
    return d.kind() == IndicatorKind.PERCENTAGE || d.unit().map(u -> u.kind() == UnitKind.PERCENTAGE).orElse(false);
  }

  Optional<Ratio> ratioOf(String id) {
    return ratios.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  IndicatorDefinition def(String id) {
    return catalogue.indicator(id).orElseThrow(() -> new IllegalArgumentException(
        "catalogue " + catalogue.id() + " has no indicator " + id));
  }
}
