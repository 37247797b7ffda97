package vn.cchc.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.rollup.UnitTable;

/**
 * What an {@link AggregateRenderer} renders: a roll-up by unit, its catalogue (for labels), the key
 * indicators shown as columns and charts, and the targets drawn as lines on the charts.
 *
 * @param table the roll-up
 * @param catalogue the catalogue the table was rolled up with
 * @param indicators the key indicators, in order; by default {@link #defaultIndicators(UnitTable)}
 * @param targets target percentages by indicator id (e.g. "3.4.2" → 95); an indicator without one is drawn
 *     without a target line, and the chart says so
 * @param title the dashboard's title; empty for "Tổng hợp kết quả cải cách hành chính"
 */
public record AggregateInput(UnitTable table, Catalogue catalogue, List<String> indicators,
    Map<String, BigDecimal> targets, Optional<String> title) {

  /**
   * Checks the parts: every indicator and target names an indicator of the catalogue.
   *
   * @param table the roll-up
   * @param catalogue the catalogue the table was rolled up with
   * @param indicators the key indicators, in order; by default {@link #defaultIndicators(UnitTable)}
   * @param targets target percentages by indicator id (e.g. "3.4.2" → 95); an indicator without one is drawn
   *     without a target line, and the chart says so
   * @param title the dashboard's title; empty for "Tổng hợp kết quả cải cách hành chính"
   * @throws IllegalArgumentException when a part is null, or an id is not in the catalogue, or a target is
   *     outside 0–100
   */
  public AggregateInput {
    if (table == null || catalogue == null || indicators == null || targets == null || title == null) {
      throw new IllegalArgumentException("an aggregate input has no null parts");
    }
    indicators = List.copyOf(indicators);
    targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    List<String> unknown = new ArrayList<>();
    for (String id : indicators) {
      if (catalogue.indicator(id).isEmpty()) {
        unknown.add(id);
      }
    }
    for (Map.Entry<String, BigDecimal> t : targets.entrySet()) {
      if (catalogue.indicator(t.getKey()).isEmpty()) {
        unknown.add(t.getKey());
      } else if (t.getValue().signum() < 0 || t.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("target of " + t.getKey() + " must be 0–100 %, not " + t.getValue());
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("not in catalogue " + catalogue.id() + ": " + String.join(", ", unknown));
    }
  }

  /**
   * The input with the default key indicators, no targets and the default title.
   *
   * @param table the roll-up
   * @param catalogue its catalogue
   * @return the input
   */
  public static AggregateInput of(UnitTable table, Catalogue catalogue) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(catalogue, "catalogue");
    List<String> ids = defaultIndicators(table).stream().filter(id -> catalogue.indicator(id).isPresent()).toList();
    return new AggregateInput(table, catalogue, ids, Map.of(), Optional.empty());
  }

  /**
   * The key ratios of the issue that asked for the dashboard: dossiers settled on time (3.4.2 for communes,
   * 3.4.1 for districts and provinces), dossiers received online (3.2.4) and procedures with online payment
   * (3.2.5), as numbered in the bundled 2024 catalogue.
   *
   * @param table the roll-up
   * @return the ids
   */
  public static List<String> defaultIndicators(UnitTable table) {
    return List.of(table.reportingLevel() == AdministrativeLevel.COMMUNE ? "3.4.2" : "3.4.1", "3.2.4", "3.2.5");
  }

  /**
   * With other key indicators.
   *
   * @param ids the ids, in order
   * @return the changed copy
   */
  public AggregateInput withIndicators(List<String> ids) {
    return new AggregateInput(table, catalogue, ids, targets, title);
  }

  /**
   * With targets.
   *
   * @param byId target percentages by indicator id
   * @return the changed copy
   */
  public AggregateInput withTargets(Map<String, BigDecimal> byId) {
    return new AggregateInput(table, catalogue, indicators, byId, title);
  }

  /**
   * With a title.
   *
   * @param title the title
   * @return the changed copy
   */
  public AggregateInput withTitle(String title) {
    return new AggregateInput(table, catalogue, indicators, targets, Optional.of(title));
  }

  /**
   * The label of an indicator, as the catalogue writes it.
   *
   * @param id the id
   * @return the label
   */
  public String label(String id) {
    return catalogue.indicator(id).map(d -> d.label()).orElse(id);
  }
}
