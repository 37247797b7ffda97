package vn.cchc.cli;

/**
 * The exit codes of every command, one meaning each. 1 (error findings) and 4 (read partly) are bit
 * flags that add up, so 5 is both; 2 (nothing done) and 70 (a bug) stand alone and are never combined.
 * The strings are the lines of each command's "Exit codes" help section.
 */
final class ExitCodes {
  /** The report was read completely and, for {@code check}, has no error finding. */
  static final int OK = 0;
  /** Bit flag, {@code check} only: the report has error findings. */
  static final int ERROR_FINDINGS = 1;
  /**
   * Nothing done: the input cannot be read (strictly, or at all), the output cannot be written, or the
   * command line is wrong (picocli's usage errors, which exit with 2 as well).
   */
  static final int FAILED = 2;
  /** Bit flag, {@code --lenient} only: a report was built, but a read problem is an error (text missing from it). */
  static final int PARTIAL = 4;
  /** An unexpected exception: a bug in cchc (sysexits' EX_SOFTWARE); picocli would say 1, which means findings. */
  static final int INTERNAL_ERROR = 70;

  static final String HEADING = "%nExit codes (1 and 4 are bit flags that add up: 5 = 4 + 1; 2 and 70 stand alone):%n";
  static final String LINE_OK = " 0:the report was read completely: no read problem at error; and (check) it has no error finding";
  static final String LINE_FINDINGS_CHECK = " 1:(check) the report has error findings";
  static final String LINE_BOTH_CHECK = " 5:(check) 4 + 1: read partly, and error findings";
  static final String LINE_OK_READ = " 0:the report was read completely: no read problem at error";
  static final String LINE_OK_CHECK = " 0:the report was read completely and has no error finding";
  static final String LINE_OK_RENDER = " 0:the report was read completely (and rendered, findings and all)";
  static final String LINE_OK_AGGREGATE = " 0:every report was read completely";
  static final String LINE_LEFT_OUT_AGGREGATE = " 1:(--units) a report was left out or counted once: not placed in the units, "
      + "a duplicate, another period, kind of period, catalogue or level";
  static final String LINE_FINDINGS = " 1:the report has error findings";
  static final String LINE_FAILED = " 2:nothing done: the input cannot be read (no such file; not UTF-8 text or cchc JSON; "
      + "no report could be built; without --lenient, any read problem at warning or error), the output cannot be "
      + "written, or wrong usage (unknown option, missing FILE)";
  static final String LINE_PARTIAL = " 4:--lenient: read partly: a report was built, but some read problems are errors "
      + "(something the text states is missing from it)";
  static final String LINE_PARTIAL_AGGREGATE = " 4:--lenient: at least one report was read partly (a read problem at error)";
  static final String LINE_BOTH = " 5:4 + 1: read partly, and error findings";
  static final String LINE_BUG = "70:an internal error, a bug in cchc (one line on standard error; --debug adds the stack trace)";

  private ExitCodes() {}

  /**
   * The code of a command that read a report.
   *
   * @param partial the report was read partly (a read problem at error)
   * @param errorFindings the checked report has error findings
   * @return 0, 1, 4 or 5
   */
  static int of(boolean partial, boolean errorFindings) {
    return (partial ? PARTIAL : OK) | (errorFindings ? ERROR_FINDINGS : OK);
  }
}
