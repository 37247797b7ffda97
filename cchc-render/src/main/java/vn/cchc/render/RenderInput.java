package vn.cchc.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.rules.DerivedValue;
import vn.cchc.rules.Finding;

/**
 * What a renderer renders: a report, the catalogue its appendix is matched to (for labels, kinds
 * and roles), and optionally the findings and derived values a rules run produced. Renderers never
 * run rules themselves.
 */
@Value.Immutable
public abstract class RenderInput {
  RenderInput() {}

  /** {@return the report} */
  public abstract Report report();

  /** {@return the catalogue the report's appendix refers to} */
  public abstract Catalogue catalogue();

  /** {@return the findings to show, in the order given; empty when none} */
  public abstract List<Finding> findings();

  /** {@return the derived values to show; empty when none} */
  public abstract List<DerivedValue> derivedValues();

  @Value.Lazy
  Map<String, List<Finding>> findingsByIndicator() {
    return findings().stream().filter(f -> !f.indicatorIds().isEmpty())
        .collect(Collectors.groupingBy(f -> f.indicatorIds().get(0), Collectors.toUnmodifiableList()));
  }

  @Value.Lazy
  Map<String, DerivedValue> derivedByIndicator() {
    return derivedValues().stream()
        .collect(Collectors.toUnmodifiableMap(DerivedValue::indicatorId, d -> d, (a, b) -> a));
  }

  /**
   * The findings whose first (most relevant) indicator is the given one: where a renderer marks a row.
   *
   * @param indicatorId the indicator id
   * @return the findings, in the order given; empty when none
   */
  public List<Finding> findingsFor(String indicatorId) {
    java.util.Objects.requireNonNull(indicatorId, "indicatorId");
    return findingsByIndicator().getOrDefault(indicatorId, List.of());
  }

  /** {@return the findings that name no indicator (they concern the narrative)} */
  public List<Finding> narrativeFindings() {
    return findings().stream().filter(f -> f.indicatorIds().isEmpty()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The derived value of an indicator; the first one when several are given.
   *
   * @param indicatorId the indicator id
   * @return the value, or empty
   */
  public Optional<DerivedValue> derivedFor(String indicatorId) {
    return Optional.ofNullable(derivedByIndicator().get(indicatorId));
  }

  /**
   * The catalogue definition of an indicator.
   *
   * @param indicatorId the indicator id
   * @return the definition, or empty when the catalogue does not define it
   */
  public Optional<IndicatorDefinition> indicator(String indicatorId) {
    return catalogue().indicator(indicatorId);
  }

  /**
   * A report with its catalogue, no findings and no derived values.
   *
   * @param report the report
   * @param catalogue the catalogue
   * @return the input
   */
  public static RenderInput of(Report report, Catalogue catalogue) {
    return builder().report(report).catalogue(catalogue).build();
  }

  /** {@return a new builder} */
  public static ImmutableRenderInput.Builder builder() {
    return ImmutableRenderInput.builder();
  }
}
