package vn.cchc.rules.rollup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Many reports of one catalogue aggregated: the number of reports and one {@link AggregateValue} per
 * catalogue indicator, in catalogue order. Immutable and JSON-friendly (plain getters, Jackson
 * property order).
 */
@Value.Immutable
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"catalogueId", "reports", "values"})
public abstract class Aggregate {
  Aggregate() {}

  /** {@return the catalogue the reports are matched to} */
  @com.fasterxml.jackson.annotation.JsonProperty("catalogueId")
  public abstract String catalogueId();

  /** {@return how many reports were aggregated} */
  @com.fasterxml.jackson.annotation.JsonProperty("reports")
  public abstract long reports();

  /** {@return the aggregated values by indicator id, in catalogue order} */
  @com.fasterxml.jackson.annotation.JsonProperty("values")
  public abstract Map<String, AggregateValue> values();

  /**
   * One aggregated indicator.
   *
   * @param indicatorId the id
   * @return the value, or empty for an unknown id
   */
  public Optional<AggregateValue> value(String indicatorId) {
    java.util.Objects.requireNonNull(indicatorId, "indicatorId");
    return Optional.ofNullable(values().get(indicatorId));
  }

  /**
   * This aggregate combined with another of the same catalogue: the aggregate of all their reports
   * together (district aggregates → province). {@code a.merge(b)} equals the aggregate of a's and
   * b's reports in one go.
   *
   * @param other the other aggregate
   * @return the combined aggregate
   * @throws IllegalArgumentException when the catalogues differ
   */
  public Aggregate merge(Aggregate other) {
    if (!catalogueId().equals(other.catalogueId())) {
      throw new IllegalArgumentException("cannot merge aggregates of catalogues " + catalogueId() + " and "
          + other.catalogueId());
    }
    Map<String, AggregateValue> m = new LinkedHashMap<>();
    for (Map.Entry<String, AggregateValue> e : values().entrySet()) {
      AggregateValue o = other.values().get(e.getKey());
      m.put(e.getKey(), o == null ? Accumulator.withAbsent(e.getValue(), other.reports())
          : Accumulator.merge(e.getValue(), o));
    }
    for (Map.Entry<String, AggregateValue> e : other.values().entrySet()) {
      m.computeIfAbsent(e.getKey(), k -> Accumulator.withAbsent(e.getValue(), reports()));
    }
    return ImmutableAggregate.builder().catalogueId(catalogueId()).reports(reports() + other.reports()).values(m).build();
  }

  /** {@return a new builder} */
  public static ImmutableAggregate.Builder builder() {
    return ImmutableAggregate.builder();
  }
}
