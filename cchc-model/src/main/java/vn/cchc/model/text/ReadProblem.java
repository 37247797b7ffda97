package vn.cchc.model.text;

import org.immutables.value.Value;
import vn.cchc.model.SourceLocation;

/**
 * One problem found while reading a report text: where it is (1-based line and NFC code-point
 * column), what kind it is, a message, and the offending text exactly as read.
 */
@Value.Immutable
public abstract class ReadProblem {
  ReadProblem() {}

  /** {@return where the problem is in the source} */
  public abstract SourceLocation location();

  /** {@return the kind of problem} */
  public abstract ProblemKind kind();

  /** {@return how much it matters: information, a warning to confirm, or an error (something lost)} */
  public abstract ProblemSeverity severity();

  /** {@return what is wrong, in English} */
  public abstract String message();

  /** {@return the offending text as read (a cell, a line, a byte sequence in hex); may be empty} */
  public abstract String offendingText();

  /**
   * A problem with its kind's {@linkplain ProblemKind#defaultSeverity() default severity}.
   *
   * @param location where it is
   * @param kind the kind
   * @param message what is wrong
   * @param offendingText the text as read
   * @return the problem
   */
  public static ReadProblem of(SourceLocation location, ProblemKind kind, String message, String offendingText) {
    return of(location, kind, kind.defaultSeverity(), message, offendingText);
  }

  /**
   * A problem.
   *
   * @param location where it is
   * @param kind the kind
   * @param severity how much it matters
   * @param message what is wrong
   * @param offendingText the text as read
   * @return the problem
   */
  public static ReadProblem of(SourceLocation location, ProblemKind kind, ProblemSeverity severity, String message,
      String offendingText) {
    return ImmutableReadProblem.builder().location(location).kind(kind).severity(severity).message(message)
        .offendingText(offendingText).build();
  }

  /** {@return "line:column: message: «offending text»"} */
  @Override
  public String toString() {
    return location() + ": " + message() + ": «" + offendingText() + "»";
  }
}
