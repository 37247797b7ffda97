package vn.cchc.cli;

/** An output file that cannot be written; the message starts with "OUT:". Exit code 2, like an unreadable input. */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
