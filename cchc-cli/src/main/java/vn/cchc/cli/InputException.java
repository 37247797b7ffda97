package vn.cchc.cli;

/** An input file that cannot be read; the message starts with "FILE:line:column:" when the place is known. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
