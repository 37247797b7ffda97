package vn.cchc.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.SourceLocation;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/**
 * The finding a corruption obliges the standard rules to produce: the rule id, the severity, the
 * indicators it must name (a finding may name more), and where it makes sense the place in the text
 * and the expected and actual numbers (compared by value: 99.30 equals 99.3).
 *
 * @param ruleId the finding's rule id, e.g. "ratio.mismatch"
 * @param severity the severity
 * @param indicatorIds the indicator ids the finding must name, in any order; empty for narrative findings
 * @param location where the finding must point, for narrative and document findings
 * @param expected the number the finding must give as expected, when fixed
 * @param actual the number the finding must give as actual, when fixed
 */
public record ExpectedFinding(String ruleId, Severity severity, List<String> indicatorIds,
    Optional<SourceLocation> location, Optional<BigDecimal> expected, Optional<BigDecimal> actual) {

  /**
   * Validates and copies.
   *
   * @param ruleId the rule id, not blank
   * @param severity the severity
   * @param indicatorIds the indicator ids
   * @param location the place, or empty
   * @param expected the expected number, or empty
   * @param actual the actual number, or empty
   * @throws IllegalArgumentException when an argument is null, or nothing identifies the finding
   */
  public ExpectedFinding {
    if (ruleId == null || ruleId.isBlank() || severity == null || indicatorIds == null || location == null
        || expected == null || actual == null) {
      throw new IllegalArgumentException("expected finding: every component is required (use Optional.empty())");
    }
    indicatorIds = List.copyOf(indicatorIds);
    if (indicatorIds.isEmpty() && location.isEmpty()) {
      throw new IllegalArgumentException("expected finding " + ruleId + ": name an indicator or a location");
    }
  }

  /**
   * An expected finding about indicators.
   *
   * @param ruleId the rule id
   * @param severity the severity
   * @param indicatorIds the ids the finding must name
   * @return the expectation, without location or numbers
   */
  public static ExpectedFinding of(String ruleId, Severity severity, String... indicatorIds) {
    return new ExpectedFinding(ruleId, severity, List.of(indicatorIds), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * An expected finding at a place in the narrative.
   *
   * @param ruleId the rule id
   * @param severity the severity
   * @param location where the finding must point
   * @return the expectation
   */
  public static ExpectedFinding at(String ruleId, Severity severity, SourceLocation location) {
    return new ExpectedFinding(ruleId, severity, List.of(), Optional.of(Objects.requireNonNull(location, "location")),
        Optional.empty(), Optional.empty());
  }

  /**
   * This expectation with an expected number.
   *
   * @param value the number the finding must give as expected
   * @return a new expectation
   */
  public ExpectedFinding withExpected(BigDecimal value) {
    return new ExpectedFinding(ruleId, severity, indicatorIds, location, Optional.of(value), actual);
  }

  /**
   * This expectation with an actual number.
   *
   * @param value the number the finding must give as actual
   * @return a new expectation
   */
  public ExpectedFinding withActual(BigDecimal value) {
    return new ExpectedFinding(ruleId, severity, indicatorIds, location, expected, Optional.of(value));
  }

  /**
   * Tells whether a finding is the one expected: same rule id and severity, it names every expected
   * indicator, and it agrees on every component this expectation fixes.
   *
   * @param f a finding
   * @return true when it matches
   */
  public boolean matches(Finding f) {
    return f.ruleId().equals(ruleId) && f.severity() == severity && f.indicatorIds().containsAll(indicatorIds)
        && location.map(l -> f.location().equals(Optional.of(l))).orElse(true)
        && sameNumber(expected, f.expected()) && sameNumber(actual, f.actual());
  }

  private static boolean sameNumber(Optional<BigDecimal> want, Optional<BigDecimal> got) {
    return want.map(w -> got.map(g -> g.compareTo(w) == 0).orElse(false)).orElse(true);
  }

  /**
   * The first finding that matches.
   *
   * @param findings findings, e.g. {@code Checker.check(report, catalogue).findings()}
   * @return the matching finding, or empty
   */
  public Optional<Finding> in(List<Finding> findings) {
    return findings.stream().filter(this::matches).findFirst();
  }

  /**
   * Tells whether a check result contains the expected finding.
   *
   * @param result the result of checking the corrupted report
   * @return true when a finding matches
   */
  public boolean foundIn(CheckResult result) {
    return in(result.findings()).isPresent();
  }

  /** {@return a short description, e.g. "ratio.mismatch ERROR [1.1, 1.1/numerator] expected=50.0 actual=52"} */
  @Override
  public String toString() {
    return ruleId + " " + severity + (indicatorIds.isEmpty() ? "" : " " + indicatorIds)
        + location.map(l -> " at " + l).orElse("") + expected.map(e -> " expected=" + e.toPlainString()).orElse("")
        + actual.map(a -> " actual=" + a.toPlainString()).orElse("");
  }
}
