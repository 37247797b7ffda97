package vn.cchc.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A blank cell: nothing was reported. Never treated as 0. */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"state"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.annotation.JsonTypeName("NOT_REPORTED")
@Value.Immutable(singleton = true, builder = false)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableNotReportedValue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNotReportedValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNotReportedValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNotReportedValue.class)
public abstract non-sealed class NotReportedValue extends IndicatorValue {
  NotReportedValue() {}

  @Override
  public final String asWritten() {
    return "";
  }

  @Override
  public final ValueState state() {
    return ValueState.NOT_REPORTED;
  }

  @Override
  public final Optional<BigDecimal> number() {
    return Optional.empty();
  }

  /** {@return the blank value} */
  public static NotReportedValue of() {
    return ImmutableNotReportedValue.of();
  }
}
