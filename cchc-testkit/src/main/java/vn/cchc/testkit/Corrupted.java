package vn.cchc.testkit;

import java.util.Optional;
import vn.cchc.model.Report;

/**
 * A report with one planted inconsistency, the finding the standard rules must produce for it, and, for
 * the corruptions that plant a known cause ({@link ExplainedCorruptions}), the explanation that finding
 * must carry.
 *
 * @param report the corrupted report; it satisfies every model invariant
 * @param expected the finding {@code Checker.check(report, catalogue)} must contain
 * @param description what was changed, in English, for failure messages
 * @param explanation the explanation the expected finding must carry, when the corruption plants a known cause
 */
public record Corrupted(Report report, ExpectedFinding expected, String description,
    Optional<ExpectedExplanation> explanation) {
  /**
   * Validates.
   *
   * @param report the report
   * @param expected the expected finding
   * @param description what was changed
   * @param explanation the expected explanation, or empty
   * @throws IllegalArgumentException when an argument is null
   */
  public Corrupted {
    if (report == null || expected == null || description == null || explanation == null) {
      throw new IllegalArgumentException("corrupted: report, expected finding, description and explanation "
          + "(Optional.empty() for none) are required");
    }
  }

  /**
   * A corrupted report without an expected explanation.
   *
   * @param report the report
   * @param expected the expected finding
   * @param description what was changed
   * @throws IllegalArgumentException when an argument is null
   */
  public Corrupted(Report report, ExpectedFinding expected, String description) {
    this(report, expected, description, Optional.empty());
  }

  /** {@return the description and the expected finding} */
  @Override
  public String toString() {
    return description + " → " + expected + explanation.map(e -> " explained by " + e).orElse("");
  }
}
