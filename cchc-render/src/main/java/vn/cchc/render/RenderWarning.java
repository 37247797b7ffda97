package vn.cchc.render;

import java.util.Objects;

/**
 * Something a renderer had to change to fit its format, reported to {@link RenderOptions#onWarning()}
 * instead of failing: a text longer than an Excel cell holds (32,767 characters) is cut, ending with the
 * visible marker {@link #TRUNCATED_MARKER}, and the cut is reported with its place.
 *
 * @param format the format name, e.g. "xlsx"
 * @param place where in the output, in the format's own terms, e.g. "'Phụ lục'!C5"
 * @param message what was changed, in English
 */
public record RenderWarning(String format, String place, String message) {
  /** The marker that ends a text cut to fit a format's limit, visible to whoever reads the output. */
  public static final String TRUNCATED_MARKER = "…[cắt bớt]";

  /**
   * Creates a warning.
   *
   * @param format the format name, e.g. "xlsx"
   * @param place where in the output, in the format's own terms
   * @param message what was changed, in English
   * @throws NullPointerException when an argument is null
   */
  public RenderWarning {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(message, "message");
  }

  /** {@return "format: place: message"} */
  @Override
  public String toString() {
    return format + ": " + place + ": " + message;
  }
}
