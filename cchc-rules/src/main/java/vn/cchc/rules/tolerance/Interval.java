package vn.cchc.rules.tolerance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A closed interval of exact numbers {@code [low, high]}: the values a reported figure may stand
 * for. Used for the rounding tolerance of XBRL Calculations 1.1.
 *
 * @param low the lower bound, inclusive
 * @param high the upper bound, inclusive; never below {@code low}
 */
public record Interval(BigDecimal low, BigDecimal high) {

  /**
   * Creates an interval.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @throws IllegalArgumentException when a bound is missing or {@code high < low}
   */
  public Interval {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (high.compareTo(low) < 0) {
      throw new IllegalArgumentException("interval: high " + high + " is below low " + low);
    }
  }

  /**
   * The interval of one exact number.
   *
   * @param value the number
   * @return {@code [value, value]}
   */
  public static Interval exact(BigDecimal value) {
    return new Interval(value, value);
  }

  /**
   * Tells whether two intervals share at least one number. Symmetric.
   *
   * @param other the other interval
   * @return true when they meet
   */
  public boolean meets(Interval other) {
    return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
  }

  /**
   * Tells whether a number lies in the interval.
   *
   * @param value the number
   * @return true when {@code low <= value <= high}
   */
  public boolean contains(BigDecimal value) {
    return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
  }

  /**
   * The interval of a sum: interval arithmetic.
   *
   * @param other the other addend
   * @return {@code [low + other.low, high + other.high]}
   */
  public Interval plus(Interval other) {
    return new Interval(low.add(other.low), high.add(other.high));
  }

  /** {@return "[low, high]"} */
  @Override
  public String toString() {
    return "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
  }
}
