package vn.cchc.model.text;

import vn.cchc.model.SourceLocation;
import vn.cchc.model.message.Message;

/**
 * A limit of {@link ReportTextReader} crossed: thrown by a zone reader, caught by {@link ReportParser}, which
 * then returns no report and this one {@link ProblemKind#INPUT_TOO_LARGE} problem. Internal.
 */
final class LimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem to report. */
  final transient ReadProblem problem;

  LimitExceeded(SourceLocation at, Message message, String offending) {
    super(message.format(java.util.Locale.ROOT), null, false, false);
    this.problem = ReadProblem.of(at, ProblemKind.INPUT_TOO_LARGE, message,
        offending.length() > 80 ? offending.substring(0, 80) + "…" : offending);
  }

  /**
   * {@return the exception for a count past {@code limit}}; {@code what} is a {@code limit.*} message ("appendix
   * rows"). Callers compare the count themselves and build the location and message only once it is past: a check
   * made for every row, line or reference must cost no allocation while the input is within the limits.
   */
  static LimitExceeded of(long limit, SourceLocation at, Message what, String constant, String offending) {
    // {0}: the limit grouped the English way ("1,000,000"), as the English text has always written it;
    // {3}: the number, for the other languages to write their way ("1.000.000")
    return new LimitExceeded(at, Problems.of("limit.exceeded", String.format(java.util.Locale.ROOT, "%,d", limit), what,
        constant, limit), offending);
  }
}
