package vn.cchc.render;

import java.util.List;

/** No renderer serves the requested format; the message lists the formats that exist. */
public final class UnknownFormatException extends RenderException {
  private static final long serialVersionUID = 1L;
  /** The format asked for. */
  private final String format;
  /** The formats that exist, sorted. */
  private final List<String> available;

  /**
   * Creates the exception.
   *
   * @param format the format asked for
   * @param available the formats that exist, sorted
   */
  public UnknownFormatException(String format, List<String> available) {
    super("Unknown format '" + java.util.Objects.requireNonNull(format, "format") + "'. Available formats: "
        + (available.isEmpty() ? "(none: no renderer provider was found)" : String.join(", ", available)));
    this.format = format;
    this.available = List.copyOf(available);
  }

  /** {@return the format asked for} */
  public String format() {
    return format;
  }

  /** {@return the formats that exist, sorted} */
  public List<String> available() {
    return available;
  }
}
