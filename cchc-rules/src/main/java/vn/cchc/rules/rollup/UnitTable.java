package vn.cchc.rules.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.rules.units.AdministrativeUnit;

/**
 * The result of a {@link UnitRollUp}: for one catalogue and period, a total, groups (districts or
 * provinces) each with its total and one row per reporting unit, the units that did not report, the
 * totals of earlier periods for trends, and every problem found. Immutable.
 *
 * @param catalogueId the catalogue
 * @param period the period rolled up
 * @param reportingLevel the level of the units that reported (commune, district…)
 * @param groupLevel the level grouped by
 * @param deadline the schedule's deadline for the period; a report issued after it is late
 * @param errorsExcluded whether reports with ERROR findings are left out of the totals
 * @param total the aggregate of every counted report
 * @param groups the groups, by code
 * @param history the totals of every period in the input, oldest first, ending with this one
 * @param problems what was refused, set aside or marked, in input order
 */
public record UnitTable(String catalogueId, ReportingPeriod period, AdministrativeLevel reportingLevel,
    AdministrativeLevel groupLevel, LocalDate deadline, boolean errorsExcluded, Aggregate total, List<UnitGroup> groups,
    List<PeriodTotal> history, List<RollUpProblem> problems) {

  /**
   * Checks the parts.
   *
   * @param catalogueId the catalogue
   * @param period the period rolled up
   * @param reportingLevel the level of the units that reported (commune, district…)
   * @param groupLevel the level grouped by
   * @param deadline the schedule's deadline for the period; a report issued after it is late
   * @param errorsExcluded whether reports with ERROR findings are left out of the totals
   * @param total the aggregate of every counted report
   * @param groups the groups, by code
   * @param history the totals of every period in the input, oldest first, ending with this one
   * @param problems what was refused, set aside or marked, in input order
   * @throws IllegalArgumentException when a part is null
   */
  public UnitTable {
    if (catalogueId == null || period == null || reportingLevel == null || groupLevel == null || deadline == null
        || total == null || groups == null || history == null || problems == null) {
      throw new IllegalArgumentException("a unit table has no null parts");
    }
    groups = List.copyOf(groups);
    history = List.copyOf(history);
    problems = List.copyOf(problems);
  }

  /** {@return every unit row, group by group} */
  public List<UnitRow> rows() {
    return groups.stream().flatMap(g -> g.rows().stream()).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the registry's units of the reporting level, in the groups, that sent no report} */
  public List<AdministrativeUnit> missing() {
    return groups.stream().flatMap(g -> g.missing().stream()).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the rows of reports issued after the deadline} */
  public List<UnitRow> late() {
    return rows().stream().filter(UnitRow::late).collect(Collectors.toUnmodifiableList());
  }

  /** {@return how many units were expected: those that reported and those that did not} */
  public int expected() {
    return rows().size() + missing().size();
  }

  /** {@return the ids of the reports counted in {@link #total()}} */
  public List<String> sources() {
    return groups.stream().flatMap(g -> g.sources().stream()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The reports a total figure came from.
   *
   * @param indicatorId the indicator
   * @return the ids of the counted reports that give a figure for it
   */
  public List<String> contributors(String indicatorId) {
    return groups.stream().flatMap(g -> g.contributors(indicatorId).stream()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The problems of one kind.
   *
   * @param kind the kind
   * @return those problems
   */
  public List<RollUpProblem> problems(RollUpProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).collect(Collectors.toUnmodifiableList());
  }
}
