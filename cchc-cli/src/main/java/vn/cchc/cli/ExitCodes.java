package vn.cchc.cli;

/**
 * The exit codes of every command, one meaning each. 1 (error findings) and 4 (read partly) are bit
 * flags that add up, so 5 is both; 2 (nothing done) and 70 (a bug) stand alone and are never combined.
 * The lines of each command's "Exit codes" help section are in the help bundle, {@code vn/cchc/cli/help.properties}
 * and {@code help_vi.properties} ({@link Main#HELP_BASE_NAME}), in the {@code --lang} of the arguments.
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
