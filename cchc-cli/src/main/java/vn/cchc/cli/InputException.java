package vn.cchc.cli;

import java.util.Locale;
import java.util.function.Function;

/** An input file that cannot be read; the message starts with "FILE:line:column:" when the place is known. */
final class InputException extends CommandFailure {
  private static final long serialVersionUID = 1L;

  /** A failure whose message is written for the command's language when it is shown. */
  InputException(Function<Locale, String> text, Throwable cause) {
    super(text, cause);
  }

  /** A failure whose message is the same in every language: a library's own text, which names the file itself. */
  InputException(String message, Throwable cause) {
    super(locale -> message, cause);
  }
}
