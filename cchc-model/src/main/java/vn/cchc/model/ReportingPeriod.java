package vn.cchc.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period a report covers: a year, a kind and an index ("quý I năm 2024" is 2024, QUARTER, 1),
 * with the data window when the text states one.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"year", "kind", "index", "dataWindow"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableReportingPeriod.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportingPeriod.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReportingPeriod.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportingPeriod.class)
public abstract class ReportingPeriod {
  ReportingPeriod() {}

  /** {@return the year, e.g. 2024} */
  public abstract int year();

  /** {@return the kind of period} */
  public abstract PeriodKind kind();

  /** {@return the 1-based index within the year: quarter 1–4, month 1–12, 1 for a year} */
  public abstract int index();

  /** {@return the data window the report states, e.g. 13/12/2023–11/03/2024} */
  public abstract Optional<DateWindow> dataWindow();

  /**
   * The last calendar day the period covers: the end of its month, quarter, half-year, nine months or
   * year (30/09/2025 for "quý III năm 2025"), whatever data window the report states. A catalogue is chosen
   * for a period by this day.
   *
   * @return the day
   */
  public java.time.LocalDate lastDay() {
    int months;
    switch (kind()) {
      case MONTH:
        months = index();
        break;
      case QUARTER:
        months = 3 * index();
        break;
      case SIX_MONTHS:
        months = 6 * index();
        break;
      case NINE_MONTHS:
        months = 9;
        break;
      default:
        months = 12;
    }
    return java.time.YearMonth.of(year(), months).atEndOfMonth();
  }

  @Value.Check
  final void check() {
    InvalidModelException.check(year() >= 1945 && year() <= 2200, "period: year %d is out of range", year());
    InvalidModelException.check(index() >= 1 && index() <= kind().maxIndex(),
        "period: index %d is out of range 1..%d for %s", index(), kind().maxIndex(), kind());
  }

  /**
   * A period without a data window.
   *
   * @param year the year
   * @param kind the kind
   * @param index the index within the year
   * @return the period
   */
  public static ReportingPeriod of(int year, PeriodKind kind, int index) {
    return ImmutableReportingPeriod.builder().year(year).kind(kind).index(index).build();
  }

  /** {@return a new builder} */
  public static ImmutableReportingPeriod.Builder builder() {
    return ImmutableReportingPeriod.builder();
  }
}
