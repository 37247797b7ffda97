package vn.cchc.model;

/**
 * Thrown when a text is not a well-formed Vietnamese number. Carries the text and the 0-based
 * index of the offending character, so that a reader can report line and column.
 */
public final class VietnameseNumberException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The text that was parsed. */
  private final String text;
  /** The 0-based index of the offending character. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param text the whole text that was parsed
   * @param index the 0-based index of the offending character in {@code text}
   * @param reason what is wrong
   */
  public VietnameseNumberException(String text, int index, String reason) {
    super("\"" + java.util.Objects.requireNonNull(text, "text") + "\" is not a Vietnamese number: "
        + java.util.Objects.requireNonNull(reason, "reason") + " (at character " + (index + 1) + ")");
    this.text = text;
    this.index = index;
  }

  /** {@return the text that was parsed} */
  public String text() {
    return text;
  }

  /** {@return the 0-based index of the offending character} */
  public int index() {
    return index;
  }
}
