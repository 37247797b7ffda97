package vn.cchc.rules.rollup;

import java.math.BigDecimal;
import java.util.Optional;
import vn.cchc.model.ReportingPeriod;

/**
 * One period of a trend: the figure, its change from the period before, and the year to date compared
 * with the same point of the year before.
 *
 * @param period the period
 * @param value the period's figure ({@link Figures#of(AggregateValue)}), empty when not reported
 * @param previous the period before (quarter IV of the year before for quarter I), when it is in the series
 * @param change value − previous value (quarter over quarter), when both are present
 * @param yearToDate the figure of the year so far: flows summed over the year's periods up to this one,
 *     stocks and stock ratios from this period ({@link RollUp#yearToDate(Iterable)}); empty in a series of
 *     totals
 * @param yearOnYear yearToDate − the year before's year to date through the same period, when the series has
 *     that period of the year before
 */
public record TrendPoint(ReportingPeriod period, Optional<BigDecimal> value, Optional<ReportingPeriod> previous,
    Optional<BigDecimal> change, Optional<BigDecimal> yearToDate, Optional<BigDecimal> yearOnYear) {

  /**
   * Checks the parts.
   *
   * @param period the period
   * @param value the period's figure ({@link Figures#of(AggregateValue)}), empty when not reported
   * @param previous the period before (quarter IV of the year before for quarter I), when it is in the series
   * @param change value − previous value (quarter over quarter), when both are present
   * @param yearToDate the figure of the year so far: flows summed over the year's periods up to this one,
   *     stocks and stock ratios from this period ({@link RollUp#yearToDate(Iterable)}); empty in a series of
   *     totals
   * @param yearOnYear yearToDate − the year before's year to date through the same period, when the series has
   *     that period of the year before
   * @throws IllegalArgumentException when a part is null
   */
  public TrendPoint {
    if (period == null || value == null || previous == null || change == null || yearToDate == null
        || yearOnYear == null) {
      throw new IllegalArgumentException("a trend point has no null parts");
    }
  }
}
