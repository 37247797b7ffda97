package vn.cchc.rules;

import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/**
 * The one-call entry point: checks a report with the standard rules of its catalogue.
 *
 * <pre>{@code
 * CheckResult r = Checker.check(report, Catalogues.bundled());
 * if (r.hasErrors()) { ... }
 * }</pre>
 */
public final class Checker {
  private Checker() {}

  /**
   * Checks a report with {@link RuleSet#standard(Catalogue)}.
   *
   * @param report the report
   * @param catalogue the catalogue it is matched to
   * @return the findings and derived values
   * @throws IllegalArgumentException when the report is matched to another catalogue
   */
  public static CheckResult check(Report report, Catalogue catalogue) {
    return RuleSet.standard(catalogue).check(report, catalogue);
  }
}
