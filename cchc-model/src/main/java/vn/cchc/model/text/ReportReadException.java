package vn.cchc.model.text;

import vn.cchc.model.SourceLocation;

/**
 * Thrown by the strict reader on the first problem in document order. The message is
 * "line:column: message: «offending text»".
 */
public final class ReportReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ReadProblem problem;

  /**
   * Creates the exception.
   *
   * @param problem the problem
   */
  public ReportReadException(ReadProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /** {@return the problem} */
  public ReadProblem problem() {
    return problem;
  }

  /** {@return where the problem is} */
  public SourceLocation location() {
    return problem.location();
  }
}
