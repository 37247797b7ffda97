package vn.cchc.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.rules.Explanation;
import vn.cchc.rules.Finding;

/**
 * The explanation a finding must carry for a corruption that plants a known cause: its cause id and the
 * corrected figures (compared by value: 99.30 equals 99.3).
 *
 * @param causeId the cause, e.g. "cause.part-omitted"
 * @param corrections the corrected value of each indicator the explanation must correct (all of them, no more)
 */
public record ExpectedExplanation(String causeId, Map<String, BigDecimal> corrections) {
  /**
   * Validates and copies.
   *
   * @param causeId the cause id, not blank
   * @param corrections the corrections, not empty
   * @throws IllegalArgumentException when an argument is null or empty
   */
  public ExpectedExplanation {
    if (causeId == null || causeId.isBlank() || corrections == null || corrections.isEmpty()) {
      throw new IllegalArgumentException("expected explanation: a cause id and at least one correction are required");
    }
    corrections = Map.copyOf(corrections);
  }

  /**
   * An expected explanation correcting one indicator.
   *
   * @param causeId the cause
   * @param indicatorId the indicator corrected
   * @param value its corrected value
   * @return the expectation
   */
  public static ExpectedExplanation of(String causeId, String indicatorId, BigDecimal value) {
    return new ExpectedExplanation(causeId, Map.of(indicatorId, value));
  }

  /**
   * Tells whether an explanation is the one expected: same cause, and exactly the expected corrections.
   *
   * @param e an explanation
   * @return true when it matches
   */
  public boolean matches(Explanation e) {
    if (!e.causeId().equals(causeId) || e.corrections().size() != corrections.size()) {
      return false;
    }
    for (Explanation.Correction c : e.corrections()) {
      BigDecimal want = corrections.get(c.indicatorId());
      if (want == null || want.compareTo(c.value()) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The matching explanation of a finding.
   *
   * @param finding the finding
   * @return the explanation, or empty
   */
  public Optional<Explanation> in(Finding finding) {
    return finding.explanations().stream().filter(this::matches).findFirst();
  }

  /**
   * The matching explanation among the findings an expected finding matches.
   *
   * @param expected the expected finding
   * @param findings the findings of a check
   * @return the explanation, or empty
   */
  public Optional<Explanation> in(ExpectedFinding expected, List<Finding> findings) {
    return findings.stream().filter(expected::matches).map(this::in).flatMap(Optional::stream).findFirst();
  }

  /** {@return e.g. "cause.swapped {1.1/numerator=3, 1.1/denominator=10}"} */
  @Override
  public String toString() {
    return causeId + " " + new java.util.TreeMap<>(corrections);
  }
}
