package vn.cchc.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A percentage with the scale as written: "99,3" is 99.3 (scale 1), "30%" is 30 (scale 0),
 * "100,0" is 100.0 (scale 1). The scale carries the precision the author gave, which the rules use
 * as a rounding tolerance.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"state", "value", "asWritten"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.annotation.JsonTypeName("PERCENTAGE")
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutablePercentageValue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePercentageValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePercentageValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePercentageValue.class)
public abstract non-sealed class PercentageValue extends IndicatorValue {
  PercentageValue() {}

  /** {@return the percentage, e.g. 99.3 for "99,3"; scale as written, never negative} */
  public abstract BigDecimal value();

  /** {@return the number of decimals written (the scale of {@link #value()})} */
  public final int decimals() {
    return value().scale();
  }

  @Override
  public final ValueState state() {
    return ValueState.PERCENTAGE;
  }

  @Override
  public final Optional<BigDecimal> number() {
    return Optional.of(value());
  }

  @Value.Check
  final PercentageValue check() {
    BigDecimal v = checkedNumber(value(), "percentage " + asWritten());
    if (v != value()) {
      return ImmutablePercentageValue.copyOf(this).withValue(v);
    }
    return Text.isNfc(asWritten()) ? this
        : ImmutablePercentageValue.copyOf(this).withAsWritten(checkedText(asWritten()));
  }

  /**
   * A percentage.
   *
   * @param value the percentage, scale as written
   * @param asWritten the cell text as written
   * @return the value
   */
  public static PercentageValue of(BigDecimal value, String asWritten) {
    return ImmutablePercentageValue.builder().value(value).asWritten(asWritten).build();
  }
}
