package vn.cchc.model.text;

import java.util.Locale;
import org.immutables.value.Value;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * One problem found while reading a report text: where it is (1-based line and NFC code-point
 * column), what kind it is, a message, and the offending text exactly as read.
 *
 * <p>The message is a {@link Message} — a key of the bundle {@code vn.cchc.model.text.problems}
 * (or, for the office readers, {@code vn.cchc.read.office.problems}) and its arguments — worded only
 * when shown: {@link #message(Locale)} in Vietnamese ({@code vi}), English (the root) or a language a
 * user adds with a {@code problems_xx.properties} file; {@link #message()} is the English sentence.
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

  /** {@return what is wrong, as a message key and its arguments, to be worded for a locale when shown} */
  public abstract Message text();

  /** {@return the offending text as read (a cell, a line, a byte sequence in hex); may be empty} */
  public abstract String offendingText();

  /** {@return what is wrong, in English (the root bundle): {@code text().format(Locale.ROOT)}} */
  public String message() {
    return text().format(Locale.ROOT);
  }

  /**
   * What is wrong, in a language.
   *
   * @param locale the language; one without a bundle gets the English text
   * @return the text
   */
  public String message(Locale locale) {
    return text().format(locale);
  }

  /**
   * {@return the bundle family of the text reader's problems, {@code vn.cchc.model.text.problems}: English
   * (the root) and Vietnamese; its keys are listed in {@code docs/reading.md}}
   */
  public static MessageBundle bundle() {
    return Problems.BUNDLE;
  }

  /**
   * A problem with its kind's {@linkplain ProblemKind#defaultSeverity() default severity}.
   *
   * @param location where it is
   * @param kind the kind
   * @param message what is wrong
   * @param offendingText the text as read
   * @return the problem
   */
  public static ReadProblem of(SourceLocation location, ProblemKind kind, Message message, String offendingText) {
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
  public static ReadProblem of(SourceLocation location, ProblemKind kind, ProblemSeverity severity, Message message,
      String offendingText) {
    return ImmutableReadProblem.builder().location(location).kind(kind).severity(severity).text(message)
        .offendingText(offendingText).build();
  }

  /** {@return "line:column: message: «offending text»", the message in English} */
  @Override
  public String toString() {
    return location() + ": " + message() + ": «" + offendingText() + "»";
  }
}
