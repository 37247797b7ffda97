package vn.cchc.rules.rollup;

import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.rules.units.AdministrativeUnit;

/**
 * One group of a roll-up (a district, or a province): its total and, beneath it, one row per unit that
 * reported, and the units that did not.
 *
 * @param unit the group's unit (the district or province)
 * @param total the aggregate of the group's rows that are not {@linkplain UnitRow#excluded() excluded}
 * @param rows one row per reporting unit, by code
 * @param missing the registry's units of the reporting level in this group that sent no report, by code
 */
public record UnitGroup(AdministrativeUnit unit, Aggregate total, List<UnitRow> rows, List<AdministrativeUnit> missing) {

  /**
   * Checks the parts.
   *
   * @param unit the group's unit (the district or province)
   * @param total the aggregate of the group's rows that are not {@linkplain UnitRow#excluded() excluded}
   * @param rows one row per reporting unit, by code
   * @param missing the registry's units of the reporting level in this group that sent no report, by code
   * @throws IllegalArgumentException when a part is null
   */
  public UnitGroup {
    if (unit == null || total == null || rows == null || missing == null) {
      throw new IllegalArgumentException("a unit group needs a unit, a total, rows and missing units");
    }
    rows = List.copyOf(rows);
    missing = List.copyOf(missing);
  }

  /** {@return the ids of the reports counted in {@link #total()}} */
  public List<String> sources() {
    return rows.stream().filter(r -> !r.excluded()).map(UnitRow::source).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The reports a total figure came from.
   *
   * @param indicatorId the indicator
   * @return the ids of the counted reports that give a figure for it
   */
  public List<String> contributors(String indicatorId) {
    return rows.stream().filter(r -> !r.excluded() && r.reports(indicatorId)).map(UnitRow::source)
        .collect(Collectors.toUnmodifiableList());
  }
}
