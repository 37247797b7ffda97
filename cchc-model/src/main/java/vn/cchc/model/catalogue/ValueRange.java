package vn.cchc.model.catalogue;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import vn.cchc.model.InvalidModelException;

/**
 * The range a catalogue allows an indicator's value, in the indicator's own unit ({@code "range": {"min": 0,
 * "max": 24}} in JSON); checked by the {@code range.declared} rule. Bounds are inclusive; at least one is given.
 * The ranges every catalogue has (0 ≤ percentage ≤ 100, counts and money not negative) need no declaration.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"min", "max"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableValueRange.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableValueRange.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableValueRange.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableValueRange.class)
public abstract class ValueRange {
  ValueRange() {}

  /** {@return the lowest value allowed, when bounded below} */
  public abstract Optional<BigDecimal> min();

  /** {@return the highest value allowed, when bounded above} */
  public abstract Optional<BigDecimal> max();

  /**
   * Tells whether a value is in the range.
   *
   * @param value the value, in the indicator's unit
   * @return true when no bound is broken
   */
  public boolean contains(BigDecimal value) {
    return min().map(m -> value.compareTo(m) >= 0).orElse(true) && max().map(m -> value.compareTo(m) <= 0).orElse(true);
  }

  /** Checks the bounds, and writes them without exponent (1E+3 as 1000), as JSON reads them back. */
  @Value.Check
  final ValueRange check() {
    InvalidModelException.check(min().isPresent() || max().isPresent(), "a range needs min, max or both");
    if (min().isPresent() && max().isPresent()) {
      InvalidModelException.check(min().get().compareTo(max().get()) <= 0, "range: min %s is above max %s",
          min().get().toPlainString(), max().get().toPlainString());
    }
    boolean exponent = min().map(m -> m.scale() < 0).orElse(false) || max().map(m -> m.scale() < 0).orElse(false);
    return exponent ? ImmutableValueRange.builder().min(min().map(ValueRange::plain)).max(max().map(ValueRange::plain)).build()
        : this;
  }

  private static BigDecimal plain(BigDecimal b) {
    return b.scale() < 0 ? b.setScale(0) : b;
  }

  /**
   * A range.
   *
   * @param min the lowest value, or empty
   * @param max the highest value, or empty
   * @return the range
   */
  public static ValueRange of(Optional<BigDecimal> min, Optional<BigDecimal> max) {
    return ImmutableValueRange.builder().min(min).max(max).build();
  }
}
