package vn.cchc.rules.rollup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many input reports gave what for one indicator. The four counts add up to the number of
 * reports aggregated (in a year-to-date roll-up, a stock indicator counts only the latest report).
 *
 * @param reported reports with a figure (number or code)
 * @param notApplicable reports with "-"
 * @param notReported reports with a blank cell
 * @param absent reports without a row for the indicator
 */
public record Coverage(@JsonProperty("reported") long reported, @JsonProperty("notApplicable") long notApplicable,
    @JsonProperty("notReported") long notReported, @JsonProperty("absent") long absent) {

  /**
   * Creates a coverage.
   *
   * @param reported reports with a figure
   * @param notApplicable reports with "-"
   * @param notReported reports with a blank
   * @param absent reports without the row
   * @throws IllegalArgumentException when a count is negative
   */
  @JsonCreator
  public Coverage {
    if (reported < 0 || notApplicable < 0 || notReported < 0 || absent < 0) {
      throw new IllegalArgumentException("coverage counts must not be negative");
    }
  }

  /** {@return the number of reports counted} */
  public long total() {
    return reported + notApplicable + notReported + absent;
  }

  /**
   * The coverage of two groups together.
   *
   * @param o the other group
   * @return the sum
   */
  public Coverage plus(Coverage o) {
    return new Coverage(reported + o.reported, notApplicable + o.notApplicable, notReported + o.notReported,
        absent + o.absent);
  }
}
