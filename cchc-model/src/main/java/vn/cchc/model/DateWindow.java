package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * An inclusive window of dates, e.g. the data window "từ ngày 13/12/2023 đến 11/03/2024".
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive; never before {@code from}
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"from", "to"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
public record DateWindow(@JsonProperty("from") LocalDate from, @JsonProperty("to") LocalDate to) {

  /**
   * Creates a window.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @throws InvalidModelException when a date is missing or {@code to} is before {@code from}
   */
  @JsonCreator
  public DateWindow {
    InvalidModelException.check(from != null && to != null, "date window: both dates are required");
    InvalidModelException.check(!to.isBefore(from), "date window: %s is before %s", to, from);
  }

  /**
   * A window.
   *
   * @param from the first day
   * @param to the last day
   * @return the window
   */
  public static DateWindow of(LocalDate from, LocalDate to) {
    return new DateWindow(from, to);
  }

  /**
   * Tells whether a day lies in the window.
   *
   * @param day the day
   * @return true when {@code from <= day <= to}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
