package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.Report;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.rules.tolerance.Tolerance;

/**
 * Derives every ratio of a catalogue from the report's figures: {@code 100 × numerator /
 * denominator}, exactly ({@link Tolerance#QUOTIENT} precision), for each indicator that has a
 * {@link ChildRole#NUMERATOR} and a {@link ChildRole#DENOMINATOR} child. A zero denominator gives
 * an undefined {@link DerivedValue}. A blank, "-" or missing numerator or denominator gives no
 * value and a {@link Gap} that says why — never a 0. Money numerators and denominators are compared
 * in VND, so differing unit multipliers do not matter.
 *
 * <pre>{@code
 * Derivation d = Derivation.of(report, catalogue);
 * d.values().get("3.2.4").value();  // Optional[99.329758713136729…]
 * }</pre>
 */
public final class Derivation {
  /** Why a ratio has no derived value. */
  public enum Gap {
    /** The report has no row for the numerator. */
    NUMERATOR_MISSING,
    /** The numerator cell is blank. */
    NUMERATOR_NOT_REPORTED,
    /** The numerator is "-". */
    NUMERATOR_NOT_APPLICABLE,
    /** The numerator is not a count or an amount (e.g. a coded answer). */
    NUMERATOR_NOT_A_NUMBER,
    /** The report has no row for the denominator. */
    DENOMINATOR_MISSING,
    /** The denominator cell is blank. */
    DENOMINATOR_NOT_REPORTED,
    /** The denominator is "-". */
    DENOMINATOR_NOT_APPLICABLE,
    /** The denominator is not a count or an amount. */
    DENOMINATOR_NOT_A_NUMBER
  }

  private final Map<String, DerivedValue> values;
  private final Map<String, Gap> gaps;

  private Derivation(Map<String, DerivedValue> values, Map<String, Gap> gaps) {
    this.values = values;
    this.gaps = gaps;
  }

  /**
   * Derives the ratios of a report.
   *
   * @param report the report
   * @param catalogue its catalogue
   * @return the derived values and the gaps, both in catalogue order
   */
  public static Derivation of(Report report, Catalogue catalogue) {
    return of(report, Structure.of(catalogue).ratios);
  }

  static Derivation of(Report report, java.util.List<Structure.RatioSpec> ratios) {
    Map<String, DerivedValue> values = new LinkedHashMap<>();
    Map<String, Gap> gaps = new LinkedHashMap<>();
    for (Structure.RatioSpec r : ratios) {
      Optional<IndicatorValue> n = report.value(r.numeratorId());
      Optional<IndicatorValue> m = report.value(r.denominatorId());
      Optional<Gap> gap = gap(n, true).or(() -> gap(m, false));
      if (gap.isPresent()) {
        gaps.put(r.id(), gap.get());
        continue;
      }
      values.put(r.id(), ratio(r.id(), amount(n.get()), amount(m.get())));
    }
    return new Derivation(java.util.Collections.unmodifiableMap(values), java.util.Collections.unmodifiableMap(gaps));
  }

  /**
   * The exact percentage of two numbers as a derived value.
   *
   * @param indicatorId the ratio's id
   * @param numerator the numerator
   * @param denominator the denominator; zero gives an undefined value
   * @return the derived value
   */
  public static DerivedValue ratio(String indicatorId, BigDecimal numerator, BigDecimal denominator) {
    ImmutableDerivedValue.Builder b = DerivedValue.builder().indicatorId(indicatorId)
        .numerator(numerator).denominator(denominator);
    if (denominator.signum() != 0) {
      b.value(Tolerance.percentage(numerator, denominator));
    }
    return b.build();
  }

  /** {@return the derived ratios by indicator id, in catalogue order} */
  public Map<String, DerivedValue> values() {
    return values;
  }

  /** {@return the ratios that could not be derived, with the reason, in catalogue order} */
  public Map<String, Gap> gaps() {
    return gaps;
  }

  /**
   * The number a numeric value carries in base units: the count, the percentage, or the money
   * amount in VND ("1,5" Triệu đồng → 1500000).
   *
   * @param v a count, percentage or money value
   * @return the number
   * @throws java.util.NoSuchElementException when the value carries no number ("-", blank)
   */
  public static BigDecimal amount(IndicatorValue v) {
    if (v instanceof MoneyValue) {
      MoneyValue m = (MoneyValue) v;
      return m.value().scaleByPowerOfTen(m.unit().powerOfTen());
    }
    return v.number().orElseThrow();
  }

  private static Optional<Gap> gap(Optional<IndicatorValue> v, boolean numerator) {
    if (v.isEmpty()) {
      return Optional.of(numerator ? Gap.NUMERATOR_MISSING : Gap.DENOMINATOR_MISSING);
    }
    ValueState s = v.get().state();
    switch (s) {
      case NOT_REPORTED:
        return Optional.of(numerator ? Gap.NUMERATOR_NOT_REPORTED : Gap.DENOMINATOR_NOT_REPORTED);
      case NOT_APPLICABLE:
        return Optional.of(numerator ? Gap.NUMERATOR_NOT_APPLICABLE : Gap.DENOMINATOR_NOT_APPLICABLE);
      case COUNT:
      case MONEY:
      case PERCENTAGE:
        return Optional.empty();
      default:
        return Optional.of(numerator ? Gap.NUMERATOR_NOT_A_NUMBER : Gap.DENOMINATOR_NOT_A_NUMBER);
    }
  }
}
