package vn.cchc.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value computed from other figures of the report, e.g. a ratio from its numerator and
 * denominator: exact, and rounded only for display. A zero denominator gives an undefined value
 * ({@link #value()} empty), never an exception and never a fake 0.
 */
@Value.Immutable
public abstract class DerivedValue {
  DerivedValue() {}

  /** {@return the catalogue id of the indicator this value derives, e.g. "3.2.4"} */
  public abstract String indicatorId();

  /** {@return the exact value (scale large enough for the quotient), empty when undefined} */
  public abstract Optional<BigDecimal> value();

  /** {@return the numerator used, when the value is a ratio} */
  public abstract Optional<BigDecimal> numerator();

  /** {@return the denominator used, when the value is a ratio} */
  public abstract Optional<BigDecimal> denominator();

  /** {@return true when the value is undefined (a zero denominator)} */
  public final boolean undefined() {
    return value().isEmpty();
  }

  /**
   * The value rounded half-up for display.
   *
   * @param decimals digits after the decimal mark
   * @return the rounded value, empty when undefined
   */
  public final Optional<BigDecimal> rounded(int decimals) {
    return value().map(v -> v.setScale(decimals, RoundingMode.HALF_UP));
  }

  /** {@return a new builder} */
  public static ImmutableDerivedValue.Builder builder() {
    return ImmutableDerivedValue.builder();
  }
}
