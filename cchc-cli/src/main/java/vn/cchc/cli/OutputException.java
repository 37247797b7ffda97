package vn.cchc.cli;

import java.util.Locale;
import java.util.function.Function;

/** An output file that cannot be written; the message starts with "OUT:". Exit code 2, like an unreadable input. */
final class OutputException extends CommandFailure {
  private static final long serialVersionUID = 1L;

  /** A failure whose message is written for the command's language when it is shown. */
  OutputException(Function<Locale, String> text, Throwable cause) {
    super(text, cause);
  }
}
