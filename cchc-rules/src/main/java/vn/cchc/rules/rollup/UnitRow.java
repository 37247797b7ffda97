package vn.cchc.rules.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.rules.units.AdministrativeUnit;

/**
 * One unit's report in a roll-up: the unit as the registry names it, the report it came from, its
 * figures (an {@link Aggregate} of that one report), and the marks a reader needs: errors, lateness,
 * whether it is left out of the totals.
 *
 * @param unit the unit, as the registry names it
 * @param source the report's id ({@link RollUpSource#id()})
 * @param issuer the issuer as written in the report
 * @param issueDate the report's issue date, when it has one
 * @param values the report's figures
 * @param errors how many ERROR findings the report has
 * @param warnings how many WARNING findings
 * @param late whether it was issued after the schedule's deadline
 * @param excluded whether it is left out of the totals (it has errors and the roll-up excludes such reports)
 */
public record UnitRow(AdministrativeUnit unit, String source, String issuer, Optional<LocalDate> issueDate,
    Aggregate values, long errors, long warnings, boolean late, boolean excluded) {

  /**
   * Checks the parts.
   *
   * @param unit the unit, as the registry names it
   * @param source the report's id ({@link RollUpSource#id()})
   * @param issuer the issuer as written in the report
   * @param issueDate the report's issue date, when it has one
   * @param values the report's figures
   * @param errors how many ERROR findings the report has
   * @param warnings how many WARNING findings
   * @param late whether it was issued after the schedule's deadline
   * @param excluded whether it is left out of the totals (it has errors and the roll-up excludes such reports)
   * @throws IllegalArgumentException when a part is null
   */
  public UnitRow {
    if (unit == null || source == null || issuer == null || issueDate == null || values == null) {
      throw new IllegalArgumentException("a unit row needs a unit, a source, an issuer, an optional date and values");
    }
  }

  /**
   * The row's figure for an indicator: see {@link Figures#of(AggregateValue)}.
   *
   * @param indicatorId the indicator
   * @return the figure, or empty when the report gives none
   */
  public Optional<BigDecimal> figure(String indicatorId) {
    return values.value(indicatorId).flatMap(Figures::of);
  }

  /**
   * Whether the report gives a figure for an indicator (so a total of it includes this row when the row is
   * not excluded).
   *
   * @param indicatorId the indicator
   * @return true when reported
   */
  public boolean reports(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    return values.value(indicatorId).map(v -> v.coverage().reported() > 0 || v.ratioReports() > 0).orElse(false);
  }
}
