package vn.cchc.model.text;

import vn.cchc.model.SourceLocation;

/**
 * A limit of {@link ReportTextReader} crossed: thrown by a zone reader, caught by {@link ReportParser}, which
 * then returns no report and this one {@link ProblemKind#INPUT_TOO_LARGE} problem. Internal.
 */
final class LimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem to report. */
  final transient ReadProblem problem;

  LimitExceeded(SourceLocation at, String message, String offending) {
    super(message, null, false, false);
    this.problem = ReadProblem.of(at, ProblemKind.INPUT_TOO_LARGE, message,
        offending.length() > 80 ? offending.substring(0, 80) + "…" : offending);
  }

  /** Throws when {@code count} is past {@code limit}. */
  static void check(long count, long limit, SourceLocation at, String what, String constant, String offending) {
    if (count > limit) {
      throw new LimitExceeded(at, "more than " + String.format(java.util.Locale.ROOT, "%,d", limit) + " " + what
          + " (ReportTextReader." + constant + "): the text is not read", offending);
    }
  }
}
