package vn.cchc.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * The arithmetic structure of a catalogue, read once: its ratios (numerator/denominator children),
 * its breakdowns (PART children), and its limits (an indicator's {@code notAbove}). All of it is catalogue
 * data; no label is read for it. Internal.
 */
final class Structure {
  record RatioSpec(String id, String numeratorId, String denominatorId) {}

  record Breakdown(String wholeId, List<String> partIds, boolean percentageParts) {}

  record Limit(String id, String limitId) {}

  final Catalogue catalogue;
  final List<RatioSpec> ratios = new ArrayList<>();
  final List<Breakdown> breakdowns = new ArrayList<>();
  final List<Limit> limits = new ArrayList<>();
  /** Ids whose label names a ratio ("Tỷ lệ …"). */
  final java.util.Set<String> ratioLabels = new java.util.HashSet<>();
  /** Ids whose label names a count ("Số …", "Tổng số …"). */
  final java.util.Set<String> countLabels = new java.util.HashSet<>();
  /** Units by the text written on rows: bounded, as this structure is kept across checks and the texts come from reports. */
  final BoundedCache<String, Optional<Unit>> units = new BoundedCache<>(UNIT_CACHE_SIZE);
  /** The most unit texts {@link #units} keeps (real reports write a few dozen). */
  static final int UNIT_CACHE_SIZE = 512;
  /**
   * Every indicator's unit label as {@link #norm} gives it, by id (empty for an indicator without a unit): the
   * narrative rules and the explanations compare unit labels for every fraction and every candidate base, and
   * normalising a label (NFC, lower case, white space) each time cost more than the comparison.
   */
  private final java.util.Map<String, Optional<String>> unitLabels = new java.util.HashMap<>();

  private Structure(Catalogue catalogue) {
    this.catalogue = catalogue;
    for (IndicatorDefinition d : catalogue.indicators()) {
      if (namesRatio(d.label())) {
        ratioLabels.add(d.id());
      }
      if (namesCount(d.label())) {
        countLabels.add(d.id());
      }
      Optional<IndicatorDefinition> num = catalogue.child(d.id(), ChildRole.NUMERATOR);
      Optional<IndicatorDefinition> den = catalogue.child(d.id(), ChildRole.DENOMINATOR);
      if (num.isPresent() && den.isPresent()) {
        ratios.add(new RatioSpec(d.id(), num.get().id(), den.get().id()));
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
      for (String limit : d.notAbove()) {
        limits.add(new Limit(d.id(), limit));
      }
      unitLabels.put(d.id(), d.unit().map(u -> norm(u.label())));
    }
  }

  /**
   * The normalised unit label of an indicator of a catalogue: read from this structure when the catalogue is the
   * one it was read from, else from the catalogue.
   *
   * @param c the catalogue the rules were given
   * @param id the indicator
   * @return {@link #norm} of its definition's unit label, or empty when it has no unit or the catalogue no such indicator
   */
  Optional<String> unitLabel(Catalogue c, String id) {
    if (c == catalogue) {
      return unitLabels.getOrDefault(id, Optional.empty());
    }
    return c.indicator(id).flatMap(IndicatorDefinition::unit).map(u -> norm(u.label()));
  }

  private static volatile Structure last;

  /** The structure of a catalogue; the last one read is kept, as catalogues are immutable and usually one. */
  static Structure of(Catalogue catalogue) {
    Structure s = last;
    if (s != null && s.catalogue == catalogue) {
      return s;
    }
    s = new Structure(catalogue);
    last = s;
    return s;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  static String norm(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }

  static boolean isPercentage(IndicatorDefinition d) {
    return d.kind() == IndicatorKind.PERCENTAGE || d.unit().map(u -> u.kind() == UnitKind.PERCENTAGE).orElse(false);
  }

  /** A label that names a ratio: it starts with "Tỷ lệ" (or "Tỉ lệ"). */
  static boolean namesRatio(String label) {
    String l = norm(label);
    return l.startsWith("tỷ lệ") || l.startsWith("tỉ lệ");
  }

  /** A label that names a count: it starts with "Số" or "Tổng số". */
  static boolean namesCount(String label) {
    String l = norm(label);
    return l.startsWith("số ") || l.startsWith("tổng số ");
  }

  /** The unit written on a row, or the definition's unit when the cell is blank or unknown; parsed once per text. */
  Optional<Unit> unit(String unitAsWritten, IndicatorDefinition d) {
    if (d.unit().isPresent() && d.unit().get().label().equals(unitAsWritten)) {
      return d.unit();
    }
    return units.get(unitAsWritten, Structure::unitOf).or(d::unit);
  }

  static Optional<Unit> unitOf(String unitAsWritten) {
    return unitAsWritten.isBlank() ? Optional.empty() : Unit.standard(unitAsWritten.replaceAll("<[^>]+>", ""));
  }
}
