package vn.cchc.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** An integer count with the unit written on its row ("1.492" Hồ sơ → 1492). */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"state", "value", "unit", "asWritten"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.annotation.JsonTypeName("COUNT")
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableCountValue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCountValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCountValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCountValue.class)
public abstract non-sealed class CountValue extends IndicatorValue {
  CountValue() {}

  /** {@return the count} */
  public abstract long value();

  /** {@return the unit written on the row; empty when the unit cell is blank} */
  public abstract Optional<Unit> unit();

  @Override
  public final ValueState state() {
    return ValueState.COUNT;
  }

  @Override
  public final Optional<BigDecimal> number() {
    return Optional.of(BigDecimal.valueOf(value()));
  }

  @Value.Check
  final CountValue check() {
    Unit u = unit().orElse(null);
    if (u != null && u.kind() != UnitKind.COUNT) {
      throw new InvalidModelException(String.format(java.util.Locale.ROOT,
          "count %s: unit %s is a %s unit, not a count unit", asWritten(), u.label(), u.kind()));
    }
    return Text.isNfc(asWritten()) ? this : ImmutableCountValue.copyOf(this).withAsWritten(checkedText(asWritten()));
  }

  /**
   * A count.
   *
   * @param value the count
   * @param unit the unit, or empty
   * @param asWritten the cell text as written
   * @return the value
   */
  public static CountValue of(long value, Optional<Unit> unit, String asWritten) {
    InvalidModelException.check(unit != null, "count %s: unit must be an Optional, never null", asWritten);
    return ImmutableCountValue.builder().value(value).unit(unit).asWritten(asWritten).build();
  }
}
