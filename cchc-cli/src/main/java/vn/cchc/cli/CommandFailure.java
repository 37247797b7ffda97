package vn.cchc.cli;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A failure that stops a command with exit code 2 and one message (its lines naming the file first: "FILE: …"),
 * written in the command's {@code --lang} only when it is shown: the message is kept as a function of the locale,
 * so that the code that finds the failure (deep in reading a file) need not know the language. {@link #getMessage()}
 * is the root (English) text, for stack traces.
 */
abstract class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Function<Locale, String> text;

  CommandFailure(Function<Locale, String> text, Throwable cause) {
    super(text.apply(Locale.ROOT), cause);
    this.text = Objects.requireNonNull(text, "text");
  }

  /** {@return the message in a language} */
  final String message(Locale locale) {
    return text == null ? getMessage() : text.apply(locale);
  }

  /**
   * {@return "FILE: " and a text of the command's bundle}: the name first, as scripts that grep for the file expect
   *
   * @param file the file (or what stands first on the line, e.g. "aggregate")
   */
  static Function<Locale, String> about(Object file, String key, Object... args) {
    return locale -> file + ": " + Texts.text(locale, key, args);
  }
}
