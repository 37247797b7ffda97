package vn.cchc.rules;

import java.math.BigDecimal;
import vn.cchc.rules.tolerance.Tolerance;
import vn.cchc.rules.tolerance.Verdict;

/**
 * The verdict on a percentage {@code p} written for {@code n / d}, decided by exact cross-multiplication instead of a
 * 34-digit division: the explanations try many corrected figures per inconsistent ratio, and each division cost
 * more than the rest of the test. Internal.
 *
 * <p>The verdict is the one of {@code Tolerance.verdict(Tolerance.percentage(n, d), p, decimals)} (decimals = the
 * scale of {@code p}, at least 0) for every {@code d ≠ 0}, edges included. With {@code r = 100·n − p·d} and
 * {@code d > 0}, the percentage {@code 100·n/d} lies in the rounding interval {@code [p − ½·10⁻ᵏ, p + ½·10⁻ᵏ]} when
 * {@code |r| ≤ ½·10⁻ᵏ·d}, and in the truncation interval {@code [p, p + 10⁻ᵏ]} when {@code 0 ≤ r ≤ 10⁻ᵏ·d}.
 *
 * <p>That is the division's verdict as long as its quotient, rounded to 34 digits, cannot land on an interval's
 * edge that the exact percentage misses. The edges {@code e} are written with at most {@code k + 1} decimals, so a
 * percentage that is not on an edge lies at least {@code 10⁻ˢ / d} from it ({@code 100·n − e·d} is a non-zero
 * multiple of {@code 10⁻ˢ}, {@code s = max(scale n, k + 1 + scale d)}), while rounding moves it by less than
 * {@code 10⁻³³·|e|}. When {@code d·|e|·10ˢ < 10³³} (counts and percentages as reports write them, by a wide margin)
 * the rounding cannot reach an edge and cross-multiplication decides; otherwise the division does, as before.
 */
final class RatioVerdict {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  /** Significant digits of the quotient the verdict was defined with ({@link Tolerance#QUOTIENT}). */
  private static final int DIGITS = Tolerance.QUOTIENT.getPrecision();

  private RatioVerdict() {}

  /**
   * The verdict on a percentage written for a ratio.
   *
   * @param n the numerator
   * @param d the denominator, not zero
   * @param p the percentage as written; its scale is the number of decimals written
   * @return the verdict of {@code Tolerance.verdict(Tolerance.percentage(n, d), p, max(0, p.scale()))}
   * @throws ArithmeticException when {@code d} is zero
   */
  static Verdict of(BigDecimal n, BigDecimal d, BigDecimal p) {
    int k = Math.max(0, p.scale());
    if (d.signum() <= 0 || !exactSuffices(n, d, p, k)) {
      return Tolerance.verdict(Tolerance.percentage(n, d), p, k);
    }
    BigDecimal r = n.multiply(HUNDRED).subtract(p.multiply(d));
    BigDecimal halfUnitTimesD = d.multiply(FIVE).scaleByPowerOfTen(-(k + 1));
    if (r.abs().compareTo(halfUnitTimesD) <= 0) {
      return Verdict.CONSISTENT;
    }
    if (r.signum() > 0 && r.compareTo(d.scaleByPowerOfTen(-k)) <= 0) {
      return Verdict.TRUNCATED;
    }
    return Verdict.INCONSISTENT;
  }

  /**
   * {@return whether a quotient rounded to 34 digits gives the exact verdict: every edge {@code e} of the two
   * intervals has at most 34 digits, and {@code d·|e|·10ˢ < 10³³}}
   */
  private static boolean exactSuffices(BigDecimal n, BigDecimal d, BigDecimal p, int k) {
    long edgeDigits = Math.max(0, (long) p.precision() - p.scale()) + 1; // |e| ≤ |p| + 1 < 10^edgeDigits
    long denominatorDigits = (long) d.precision() - d.scale(); // d < 10^denominatorDigits
    long s = Math.max(n.scale(), k + 1L + d.scale());
    return edgeDigits + k + 1 <= DIGITS && denominatorDigits + edgeDigits + s <= DIGITS - 1;
  }
}
