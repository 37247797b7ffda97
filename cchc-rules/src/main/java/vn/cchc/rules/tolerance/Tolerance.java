package vn.cchc.rules.tolerance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The rounding tolerance of XBRL Calculations 1.1, applied to CCHC figures.
 *
 * <p>A figure reported with {@code d} decimals stands for an interval. Rounded to nearest, "99,3"
 * ({@code d = 1}) stands for {@code [99.25, 99.35]}; truncated it stands for {@code [99.3, 99.4]}.
 * A value implied by other figures is consistent with the reported figure when it lies in (for an
 * exact value) or meets (for an interval, e.g. a sum of rounded parts) the reported figure's
 * rounding interval. When it misses the rounding interval but lies in the truncation interval, the
 * figure is right only if truncated: "27,2" for 3/11 = 27.2727… ({@link Verdict#TRUNCATED}).
 *
 * <p>Counts are exact: a count of dossiers is an integer, not a rounded measurement, so it stands
 * for the interval {@code [v, v]} ({@link Interval#exact(BigDecimal)}). Percentages and money keep
 * the precision they were written with.
 *
 * <pre>{@code
 * Tolerance.ratioVerdict(1482, 1492, new BigDecimal("99.3"));   // CONSISTENT (99.329…)
 * Tolerance.ratioVerdict(3, 11, new BigDecimal("27.2"));        // TRUNCATED  (27.27…)
 * Tolerance.ratioVerdict(39, 1481, new BigDecimal("100"));      // INCONSISTENT (2.63…)
 * }</pre>
 */
public final class Tolerance {
  /** Precision of exact quotients: 34 significant digits (IEEE 754 decimal128). */
  public static final MathContext QUOTIENT = MathContext.DECIMAL128;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Tolerance() {}

  /**
   * The half-unit of the last written digit: {@code ½·10⁻ᵈ}.
   *
   * @param decimals the number of decimals written
   * @return the half-unit, e.g. 0.05 for one decimal
   */
  public static BigDecimal halfUnit(int decimals) {
    return BigDecimal.valueOf(5, decimals + 1);
  }

  /**
   * The interval a figure rounded to nearest stands for: {@code [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]}.
   *
   * @param value the figure as written
   * @param decimals the number of decimals written (≥ 0)
   * @return the rounding interval
   */
  public static Interval rounded(BigDecimal value, int decimals) {
    BigDecimal h = halfUnit(Math.max(0, decimals));
    return new Interval(value.subtract(h), value.add(h));
  }

  /**
   * The interval of a figure written with its own scale: {@code rounded(value, value.scale())}.
   *
   * @param value the figure as written, scale = decimals written
   * @return the rounding interval
   */
  public static Interval rounded(BigDecimal value) {
    return rounded(value, Math.max(0, value.scale()));
  }

  /**
   * The interval a truncated figure stands for: {@code [v, v + 10⁻ᵈ]}.
   *
   * @param value the figure as written
   * @param decimals the number of decimals written (≥ 0)
   * @return the truncation interval
   */
  public static Interval truncated(BigDecimal value, int decimals) {
    return new Interval(value, value.add(BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, decimals))));
  }

  /**
   * Compares an exact implied value with a figure written with {@code decimals} decimals.
   *
   * @param exact the implied value (exact or to {@link #QUOTIENT} precision)
   * @param reported the figure as written
   * @param decimals the number of decimals written
   * @return {@link Verdict#CONSISTENT} when {@code exact} lies in the rounding interval,
   *     {@link Verdict#TRUNCATED} when only in the truncation interval, otherwise
   *     {@link Verdict#INCONSISTENT}
   */
  public static Verdict verdict(BigDecimal exact, BigDecimal reported, int decimals) {
    if (rounded(reported, decimals).contains(exact)) {
      return Verdict.CONSISTENT;
    }
    if (truncated(reported, decimals).contains(exact)) {
      return Verdict.TRUNCATED;
    }
    return Verdict.INCONSISTENT;
  }

  /**
   * Compares an implied interval (e.g. a sum of rounded figures) with a reported figure's interval.
   * Symmetric in the two intervals.
   *
   * @param implied the interval the other figures imply
   * @param reported the reported figure's interval
   * @return {@link Verdict#CONSISTENT} when they meet, otherwise {@link Verdict#INCONSISTENT}
   */
  public static Verdict verdict(Interval implied, Interval reported) {
    return implied.meets(reported) ? Verdict.CONSISTENT : Verdict.INCONSISTENT;
  }

  /**
   * The exact percentage {@code 100 · numerator / denominator}.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the percentage to {@link #QUOTIENT} precision, trailing zeros stripped
   * @throws ArithmeticException when the denominator is zero
   */
  public static BigDecimal percentage(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal q = numerator.multiply(HUNDRED).divide(denominator, QUOTIENT).stripTrailingZeros();
    return q.scale() < 0 ? q.setScale(0) : q;
  }

  /**
   * Compares a reported percentage with the exact ratio of a numerator and denominator.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @param reported the percentage as written; its scale is the number of decimals written
   * @return the verdict
   */
  public static Verdict ratioVerdict(long numerator, long denominator, BigDecimal reported) {
    java.util.Objects.requireNonNull(reported, "reported");
    return verdict(percentage(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)),
        reported, Math.max(0, reported.scale()));
  }

  /**
   * The interval of a sum of figures, each written with its own scale (rounded to nearest).
   *
   * @param figures the figures as written
   * @param exact true when the figures are exact (counts), false when rounded
   * @return the interval of the sum; {@code [0, 0]} for no figures
   */
  public static Interval sum(List<BigDecimal> figures, boolean exact) {
    Interval acc = Interval.exact(BigDecimal.ZERO);
    for (BigDecimal f : figures) {
      acc = acc.plus(exact ? Interval.exact(f) : rounded(f));
    }
    return acc;
  }

  /**
   * The value to show as "expected" next to a figure written with {@code decimals} decimals: the
   * exact value rounded half-up to one more decimal than written (at least one), so that
   * 2.633… against a written "100" shows as 2.6.
   *
   * @param exact the exact value
   * @param decimals the decimals written
   * @return the display value
   */
  public static BigDecimal display(BigDecimal exact, int decimals) {
    return exact.setScale(Math.max(1, decimals + 1), RoundingMode.HALF_UP);
  }
}
