package vn.cchc.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.cchc.rules.tolerance.Tolerance;

/**
 * A quotient rounded half up to a number of decimals, divided to those decimals only rather than to 34 digits
 * first: the explanations round a percentage (or the whole number a term must be) for every cause they offer. Internal.
 *
 * <p>The result is the one of {@code a.divide(b, Tolerance.QUOTIENT).setScale(decimals, RoundingMode.HALF_UP)}, value
 * and scale, for every {@code b ≠ 0}. Rounding twice differs from rounding once only where the 34-digit quotient
 * lands on a midpoint {@code m} between two results (written with {@code decimals + 1} decimals) that the exact
 * quotient {@code x} is not on. {@code a − m·b} is a multiple of {@code 10⁻ˢ}, {@code s = max(scale a, decimals + 1 +
 * scale b)}, so such an {@code x} lies at least {@code 10⁻ˢ / |b|} from {@code m}, while the 34-digit rounding moves it
 * by less than {@code 10⁻³³·|m|}. When {@code |b|·|m|·10ˢ < 10³³} the two agree and one division to {@code decimals}
 * decides; otherwise the quotient is divided to 34 digits first, as before.
 */
final class RoundedQuotient {
  /** Significant digits of the quotient the result was defined with ({@link Tolerance#QUOTIENT}). */
  private static final int DIGITS = Tolerance.QUOTIENT.getPrecision();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RoundedQuotient() {}

  /**
   * The quotient rounded half up.
   *
   * @param a the dividend
   * @param b the divisor, not zero
   * @param decimals the decimals of the result, at least 0
   * @return {@code a / b} rounded half up to {@code decimals} decimals, as if divided to 34 digits first
   * @throws ArithmeticException when {@code b} is zero
   */
  static BigDecimal of(BigDecimal a, BigDecimal b, int decimals) {
    if (b.signum() == 0 || !onceSuffices(a, b, decimals)) {
      return a.divide(b, Tolerance.QUOTIENT).setScale(decimals, RoundingMode.HALF_UP);
    }
    return a.divide(b, decimals, RoundingMode.HALF_UP);
  }

  /**
   * The percentage {@code 100·n / d} as shown next to a figure written with {@code decimals} decimals: the value of
   * {@code Tolerance.display(Tolerance.percentage(n, d), decimals)}, value and scale. That is the 34-digit quotient
   * rounded half up to {@code max(1, decimals + 1)} decimals (the trailing zeros {@code percentage} strips change
   * neither the value nor what {@code setScale} makes of it), so {@link #of} gives it with one division.
   *
   * @param n the numerator
   * @param d the denominator, not zero
   * @param decimals the decimals written, at least 0
   * @return the percentage to show
   * @throws ArithmeticException when {@code d} is zero
   */
  static BigDecimal displayed(BigDecimal n, BigDecimal d, int decimals) {
    return of(n.multiply(HUNDRED), d, Math.max(1, decimals + 1));
  }

  /**
   * {@return whether the 34-digit quotient cannot land on a midpoint {@code m} the exact quotient is not on: every
   * such midpoint has at most 34 digits, and {@code |b|·|m|·10ˢ < 10³³}}
   */
  private static boolean onceSuffices(BigDecimal a, BigDecimal b, int decimals) {
    long divisorDigits = (long) b.precision() - b.scale(); // 10^(divisorDigits − 1) ≤ |b| < 10^divisorDigits
    long quotientDigits = (long) a.precision() - a.scale() - divisorDigits + 1; // |a / b| < 10^quotientDigits
    long midpointDigits = Math.max(0, quotientDigits) + 1; // |m| ≤ |a / b| + 1 < 10^midpointDigits
    long s = Math.max(a.scale(), decimals + 1L + b.scale());
    return midpointDigits + decimals + 1 <= DIGITS && divisorDigits + midpointDigits + s <= DIGITS - 1;
  }
}
