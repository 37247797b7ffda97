package vn.cchc.rules.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.ReportingPeriod;

/**
 * When a periodic report is due: the one place where the reporting schedule lives.
 *
 * <p>The default, {@link #decree09()}, follows the regime of Nghị định 09/2019/NĐ-CP on reporting as
 * applied to CCHC reports by the Ministry of Home Affairs (letter 581/BNV-CCHC, see docs/rollups.md): data
 * are cut off on the 14th of the period's last month (the data window runs from the 15th of the month
 * before the period) and the report is due by the <b>20th of the period's last month</b>: 20/03, 20/06,
 * 20/09 and 20/12 for quarters, 20/06 for the first half, 20/09 for nine months, 20/12 for the year, the
 * 20th for a month. A report issued after that day is late. A province that sets another day builds its
 * own schedule with {@link #dueOnDay(int)}.
 */
public final class ReportingSchedule {
  private final int day;

  private ReportingSchedule(int day) {
    this.day = day;
  }

  /** {@return the schedule of Decree 09/2019 as applied by 581/BNV-CCHC: due on the 20th of the period's last month} */
  public static ReportingSchedule decree09() {
    return new ReportingSchedule(20);
  }

  /**
   * A schedule with reports due on another day of the period's last month.
   *
   * @param dayOfMonth the day, 1–28
   * @return the schedule
   * @throws IllegalArgumentException when the day is outside 1–28
   */
  public static ReportingSchedule dueOnDay(int dayOfMonth) {
    if (dayOfMonth < 1 || dayOfMonth > 28) {
      throw new IllegalArgumentException("a due day is 1–28, not " + dayOfMonth);
    }
    return new ReportingSchedule(dayOfMonth);
  }

  /**
   * The last day a report of a period may be issued on.
   *
   * @param period the period
   * @return the due date, e.g. 20/03/2024 for "quý I năm 2024"
   */
  public LocalDate deadline(ReportingPeriod period) {
    YearMonth last = YearMonth.from(period.lastDay());
    return last.atDay(day);
  }

  /**
   * Whether a report was issued late.
   *
   * @param period the report's period
   * @param issueDate its issue date, when the report gives one
   * @return true when issued after the deadline; false when on time or undated
   */
  public boolean late(ReportingPeriod period, Optional<LocalDate> issueDate) {
    Objects.requireNonNull(period, "period");
    return issueDate.map(d -> d.isAfter(deadline(period))).orElse(false);
  }

  @Override
  public String toString() {
    return "due on day " + day + " of the period's last month";
  }
}
