package vn.cchc.model;

/**
 * Thrown when a model object would break one of its invariants, or when a required attribute is
 * missing. No object that breaks an invariant can exist: construction fails with this exception
 * and a message naming the attribute and the offending value.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the attribute and the offending value
   */
  public InvalidModelException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }

  /**
   * Creates the exception for missing attributes (used by generated builders).
   *
   * @param missingAttributes names of the attributes that were not set
   */
  public InvalidModelException(String... missingAttributes) {
    super("Cannot build, missing required attributes: " + String.join(", ", missingAttributes));
  }

  /**
   * Throws when a condition does not hold.
   *
   * @param condition the invariant
   * @param format the message, a {@link String#format} pattern
   * @param args the message arguments
   * @throws InvalidModelException when {@code condition} is false
   */
  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new InvalidModelException(String.format(java.util.Locale.ROOT, format, args));
    }
  }
}
