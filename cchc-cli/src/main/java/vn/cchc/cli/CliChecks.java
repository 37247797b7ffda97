package vn.cchc.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;
import vn.cchc.rules.RuleContext;
import vn.cchc.rules.RuleSet;
import vn.cchc.rules.RuleException;

/** Runs the standard rules for a command, turning their failures into one-line messages naming the file. */
final class CliChecks {
  private CliChecks() {}

  /**
   * {@return the check of the report read from {@code file}}
   *
   * @throws InputException when a rule fails (a bug in cchc, reported without a stack trace) or the report is
   *     matched to another catalogue
   */
  static CheckResult check(Path file, Report report, Catalogue catalogue) {
    return check(file, report, catalogue, null);
  }

  /**
   * {@return the check of the report read from {@code file}, with the previous period's report for the explanations}
   *
   * @param previous the previous period's report, or null
   * @throws InputException as {@link #check(Path, Report, Catalogue)}
   */
  static CheckResult check(Path file, Report report, Catalogue catalogue, Report previous) {
    try {
      if (previous != null) {
        return RuleSet.standard(catalogue).check(RuleContext.of(report, catalogue).withPrevious(previous));
      }
      return Checker.check(report, catalogue);
    } catch (RuleException e) {
      throw new InputException(cannotCheck(file, e), e);
    } catch (IllegalArgumentException e) {
      throw new InputException(cannotCheck(file, e), e);
    }
  }

  /**
   * {@return "FILE: cannot check: MESSAGE", the library's message as it is; for a rule that failed, a bug in cchc,
   * with a request to report it}
   */
  static Function<Locale, String> cannotCheck(Path file, RuntimeException e) {
    return CommandFailure.about(file, e instanceof RuleException ? "check.cannot.bug" : "check.cannot",
        String.valueOf(e.getMessage()));
  }
}
