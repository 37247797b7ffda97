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

  static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /**
   * A text as the rules compare it: NFC, lower case, stripped, every run of white space ({@code \s}) one space.
   * Called for every fraction and total of a narrative, so it skips what a text does not need: normalising a text
   * that is NFC already (most are), and replacing runs that are single spaces already.
   */
  static String norm(String text) {
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    return collapseSpaces(nfc.toLowerCase(Locale.ROOT).strip());
  }

  /** {@return the text with every run of {@code \s} characters replaced by one space: {@code SPACES.matcher(s).replaceAll(" ")}} */
  static String collapseSpaces(String s) {
    StringBuilder sb = null; // made at the first run that is not a single space already
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        int j = i + 1;
        while (j < n && isRegexSpace(s.charAt(j))) {
          j++;
        }
        if (sb == null && (c != ' ' || j > i + 1)) {
          sb = new StringBuilder(n).append(s, 0, i);
        }
        if (sb != null) {
          sb.append(' ');
        }
        i = j - 1;
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** {@return whether a character is white space as "\s" means it: space, tab, line feed, vertical tab, form feed, return} */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
