package vn.cchc.rules.rollup;

import java.util.List;
import vn.cchc.model.ReportingPeriod;

/**
 * The total of one period, for trends: the aggregate of the period's counted reports.
 *
 * @param period the period
 * @param total the aggregate
 * @param sources the ids of the reports counted
 */
public record PeriodTotal(ReportingPeriod period, Aggregate total, List<String> sources) {

  /**
   * Checks the parts.
   *
   * @param period the period
   * @param total the aggregate
   * @param sources the ids of the reports counted
   * @throws IllegalArgumentException when a part is null
   */
  public PeriodTotal {
    if (period == null || total == null || sources == null) {
      throw new IllegalArgumentException("a period total needs a period, a total and sources");
    }
    sources = List.copyOf(sources);
  }
}
