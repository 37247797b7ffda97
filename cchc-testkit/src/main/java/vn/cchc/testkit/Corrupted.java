package vn.cchc.testkit;

import vn.cchc.model.Report;

/**
 * A report with one planted inconsistency, and the finding the standard rules must produce for it.
 *
 * @param report the corrupted report; it satisfies every model invariant
 * @param expected the finding {@code Checker.check(report, catalogue)} must contain
 * @param description what was changed, in English, for failure messages
 */
public record Corrupted(Report report, ExpectedFinding expected, String description) {
  /**
   * Validates.
   *
   * @param report the report
   * @param expected the expected finding
   * @param description what was changed
   * @throws IllegalArgumentException when an argument is null
   */
  public Corrupted {
    if (report == null || expected == null || description == null) {
      throw new IllegalArgumentException("corrupted: report, expected finding and description are required");
    }
  }

  /** {@return the description and the expected finding} */
  @Override
  public String toString() {
    return description + " → " + expected;
  }
}
