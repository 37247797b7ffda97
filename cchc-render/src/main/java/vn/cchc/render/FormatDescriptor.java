package vn.cchc.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a format is: its name (lower case, e.g. "html"), a one-line description, the media type,
 * the usual file extension, and whether the output is text (UTF-8) or binary.
 *
 * @param name the format name: lower-case letters, digits, '-', '_' or '.', starting with a letter
 * @param description a one-line description for listings
 * @param mediaType the media type, e.g. "text/html; charset=UTF-8"
 * @param fileExtension the file extension without the dot, e.g. "html"
 * @param binary true when the output is not text
 */
public record FormatDescriptor(String name, String description, String mediaType, String fileExtension,
    boolean binary) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{0,31}");

  /**
   * Creates a descriptor, checking every part.
   *
   * @param name the format name
   * @param description a one-line description
   * @param mediaType the media type
   * @param fileExtension the file extension without the dot
   * @param binary true when the output is binary
   * @throws IllegalArgumentException when a part is missing or the name is not a valid format name
   */
  public FormatDescriptor {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("format name must match " + NAME.pattern() + ", was " + name);
    }
    if (description == null || mediaType == null || fileExtension == null) {
      throw new IllegalArgumentException("format " + name + ": description, media type and extension are required");
    }
  }

  /**
   * Normalises a format name as users type it: trimmed and lower-cased.
   *
   * @param format the name, e.g. " HTML"
   * @return the normalised name, e.g. "html"
   */
  public static String normalize(String format) {
    return format.strip().toLowerCase(Locale.ROOT);
  }
}
