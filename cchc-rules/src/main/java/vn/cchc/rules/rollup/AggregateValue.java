package vn.cchc.rules.rollup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * One indicator aggregated over many reports. Which attributes are present depends on the kind:
 * counts and money have {@link #sum()}; ratios have {@link #numerator()}, {@link #denominator()}
 * and {@link #ratio()} (recomputed, never averaged); coded answers have {@link #distribution()};
 * every numeric indicator has {@link #min()} and {@link #max()}; every indicator has
 * {@link #coverage()}.
 */
@Value.Immutable
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"indicatorId", "kind", "coverage", "sum", "numerator",
    "denominator", "ratio", "min", "max", "distribution"})
public abstract class AggregateValue {
  AggregateValue() {}

  /** {@return the catalogue id} */
  @com.fasterxml.jackson.annotation.JsonProperty("indicatorId")
  public abstract String indicatorId();

  /** {@return the indicator's kind in the catalogue} */
  @com.fasterxml.jackson.annotation.JsonProperty("kind")
  public abstract IndicatorKind kind();

  /** {@return how many reports gave a figure, "-", a blank, or no row} */
  @com.fasterxml.jackson.annotation.JsonProperty("coverage")
  public abstract Coverage coverage();

  /** {@return the sum of the figures reported (counts; money in the indicator's own unit), empty when none} */
  @com.fasterxml.jackson.annotation.JsonProperty("sum")
  public abstract Optional<BigDecimal> sum();

  /** {@return for a ratio: the summed numerator over reports that gave both numerator and denominator} */
  @com.fasterxml.jackson.annotation.JsonProperty("numerator")
  public abstract Optional<BigDecimal> numerator();

  /** {@return for a ratio: the summed denominator over the same reports} */
  @com.fasterxml.jackson.annotation.JsonProperty("denominator")
  public abstract Optional<BigDecimal> denominator();

  /** {@return for a ratio: 100 × numerator / denominator, exact; empty when undefined or not a ratio} */
  @com.fasterxml.jackson.annotation.JsonProperty("ratio")
  public abstract Optional<BigDecimal> ratio();

  /** {@return how many reports pair a numerator with a denominator (the ratio's own coverage)} */
  @com.fasterxml.jackson.annotation.JsonProperty("ratioReports")
  @Value.Default
  public long ratioReports() {
    return 0;
  }

  /** {@return the smallest figure reported (trailing zeros stripped), empty when none} */
  @com.fasterxml.jackson.annotation.JsonProperty("min")
  public abstract Optional<BigDecimal> min();

  /** {@return the largest figure reported (trailing zeros stripped), empty when none} */
  @com.fasterxml.jackson.annotation.JsonProperty("max")
  public abstract Optional<BigDecimal> max();

  /** {@return for a coded indicator: how many reports gave each code, by code} */
  @com.fasterxml.jackson.annotation.JsonProperty("distribution")
  public abstract Map<Integer, Long> distribution();

  /** {@return a new builder} */
  public static ImmutableAggregateValue.Builder builder() {
    return ImmutableAggregateValue.builder();
  }
}
