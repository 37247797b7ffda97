package vn.cchc.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** "-": the indicator does not apply to this reporter. Not the same as a blank cell, nor as 0. */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"state", "asWritten"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.annotation.JsonTypeName("NOT_APPLICABLE")
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableNotApplicableValue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNotApplicableValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNotApplicableValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNotApplicableValue.class)
public abstract non-sealed class NotApplicableValue extends IndicatorValue {
  NotApplicableValue() {}

  @Override
  @Value.Default
  public String asWritten() {
    return "-";
  }

  @Override
  public final ValueState state() {
    return ValueState.NOT_APPLICABLE;
  }

  @Override
  public final Optional<BigDecimal> number() {
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Text.requireNotBlank(asWritten(), "not-applicable value");
  }

  /** {@return "-" as written} */
  public static NotApplicableValue of() {
    return ImmutableNotApplicableValue.builder().build();
  }

  /**
   * A dash as written ("-", "–", "—").
   *
   * @param asWritten the cell text
   * @return the value
   */
  public static NotApplicableValue of(String asWritten) {
    return ImmutableNotApplicableValue.builder().asWritten(asWritten).build();
  }
}
