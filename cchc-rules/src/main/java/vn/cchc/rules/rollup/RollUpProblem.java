package vn.cchc.rules.rollup;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.cchc.model.message.Message;
import vn.cchc.rules.Severity;

/**
 * Something a roll-up refused, set aside or wants read: a report it could not place, a duplicate, a
 * report of another period or catalogue, a report with errors. Each names the reports concerned by
 * their {@link RollUpSource#id() ids}. What happened is a message — a key of the bundle
 * {@code vn.cchc.rules.rollup.problems} and its arguments — resolved for a {@link Locale} when it is shown
 * ({@link #message(Locale)}), as a {@link vn.cchc.rules.Finding}'s is.
 *
 * @param kind what happened
 * @param severity ERROR when a report was left out or a figure may be wrong, WARNING when something needs a
 *     look, INFO otherwise
 * @param sources the ids of the reports concerned
 * @param text what happened: the key and its arguments, names as written
 */
public record RollUpProblem(Kind kind, Severity severity, List<String> sources, Message text) {

  /** What a roll-up found. */
  public enum Kind {
    /** The issuer is not in the registry (or the report is an agency's): left out. */
    UNPLACED,
    /** The issuer's name fits several units: left out. */
    AMBIGUOUS,
    /** Another report of the same unit and period: only one is counted. */
    DUPLICATE,
    /** The report is of another catalogue: left out. */
    OTHER_CATALOGUE,
    /** The report is of another kind of period (a 6-month report among quarterly ones): left out. */
    OTHER_PERIOD_KIND,
    /** The report is of a later period than the one rolled up: left out. */
    OTHER_PERIOD,
    /** The report is of an earlier period: used only for the trends. */
    EARLIER_PERIOD,
    /** The issuer is at another level than the other reports' (a district among communes): left out. */
    OTHER_LEVEL,
    /** The report has ERROR findings: marked, and left out of the totals when so asked. */
    ERROR_FINDINGS,
    /** The report was issued after the schedule's deadline. */
    LATE
  }

  /**
   * Checks the parts.
   *
   * @param kind what happened
   * @param severity ERROR when a report was left out or a figure may be wrong, WARNING when something needs a
   *     look, INFO otherwise
   * @param sources the ids of the reports concerned
   * @param text what happened: the key and its arguments, names as written
   * @throws NullPointerException when a part is null
   */
  public RollUpProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
  }

  /**
   * What happened, in a language, from the bundle for the locale with the normal fallback chain (a language
   * without a bundle gets the root bundle, English).
   *
   * @param locale the language, e.g. {@code Locale.forLanguageTag("vi")}
   * @return the text
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return text.format(locale);
  }

  /** {@return what happened, in Vietnamese, with names as written (as {@link #message(Locale)} for "vi")} */
  public String message() {
    return text.format(RollUpBundle.VIETNAMESE);
  }
}
