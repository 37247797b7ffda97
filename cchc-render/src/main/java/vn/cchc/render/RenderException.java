package vn.cchc.render;

/** A report could not be rendered in a format (not an I/O failure, which is an {@link java.io.IOException}). */
public class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the format and, where it applies, the report or indicator
   */
  public RenderException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong
   * @param cause the cause
   */
  public RenderException(String message, Throwable cause) {
    super(java.util.Objects.requireNonNull(message, "message"), cause);
  }
}
