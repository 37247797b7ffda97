package vn.cchc.model.json;

import vn.cchc.model.InvalidModelException;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.UnknownCodeException;

/** Turns the exceptions of either Jackson line into the same {@link CchcJsonException}. Internal. */
final class JsonErrors {
  private JsonErrors() {}

  /**
   * Appends one step of a JSON Pointer (RFC 6901).
   *
   * @param sb the pointer so far
   * @param property the property name, or null for an array index
   * @param index the array index, used when {@code property} is null
   */
  static void appendPointer(StringBuilder sb, String property, int index) {
    sb.append('/');
    if (property != null) {
      sb.append(property.replace("~", "~0").replace("/", "~1"));
    } else if (index >= 0) {
      sb.append(index);
    } else {
      sb.append('?');
    }
  }

  /**
   * The exception for input that cannot be read.
   *
   * @param what "Report" or "Catalogue"
   * @param pointer the JSON Pointer of the offending value, "" for the document or when unknown
   * @param jacksonMessage Jackson's message without its location
   * @param location line and column, or null
   * @param cause the Jackson exception
   * @return the exception to throw
   */
  static CchcJsonException readFailure(String what, String pointer, String jacksonMessage, SourceLocation location,
      Throwable cause) {
    String reason = modelReason(cause);
    if (reason == null) {
      reason = jacksonMessage == null ? cause.getClass().getSimpleName() : jacksonMessage.strip();
      reason = GENERATED.matcher(reason).replaceAll("$1");
      if (hasCause(cause, "StreamConstraintsException")) {
        reason = reason + "; the limits are set with JsonReadLimits";
      }
    }
    String where = pointer.isEmpty() ? "" : " at " + pointer;
    return new CchcJsonException("Cannot read " + what + " JSON" + where + ": " + reason, location, cause);
  }

  /** {@return the malformed-UTF-8 failure among the causes of {@code t}, or null} */
  static Utf8Check.MalformedUtf8Exception malformed(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof Utf8Check.MalformedUtf8Exception m) {
        return m;
      }
    }
    return null;
  }

  /** The reason given when a location is not "line:column". */
  static final String LOCATION_EXPECTED = "expected a location \"line:column\", e.g. \"238:1\"";
  /** The properties of a location written as an object (format 0.1). */
  static final java.util.List<Object> LOCATION_PROPERTIES = java.util.List.of("line", "column");

  /**
   * Parses a location written "line:column" (both 1-based decimal numbers, no sign, no spaces).
   *
   * @param text the string value
   * @return the location, or null when the text is not of that form or a number does not fit an int
   * @throws vn.cchc.model.InvalidModelException when a number is 0
   */
  static SourceLocation location(String text) {
    int colon = text.indexOf(':');
    if (colon < 1 || colon > 10 || text.length() - colon - 1 < 1 || text.length() - colon - 1 > 10) {
      return null;
    }
    long line = digits(text, 0, colon);
    long column = digits(text, colon + 1, text.length());
    if (line < 0 || column < 0 || line > Integer.MAX_VALUE || column > Integer.MAX_VALUE) {
      return null;
    }
    return SourceLocation.of((int) line, (int) column);
  }

  private static long digits(String text, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The reason given when a date is not an ISO date. */
  static final String DATE_EXPECTED = "expected an ISO date \"yyyy-mm-dd\", e.g. \"2024-03-12\"";
  private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(
      "(?:class )?`?vn\\.cchc\\.model\\.(?:catalogue\\.)?(?:Immutable)?(\\w+)(?:\\$Json)?`?");

  /**
   * Parses an ISO date strictly: exactly "yyyy-mm-dd", and a day that exists.
   *
   * @param text the string value
   * @return the date, or null when the text is not one
   */
  static java.time.LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = (int) digits(text, 0, 4);
    int month = (int) digits(text, 5, 7);
    int day = (int) digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return java.time.LocalDate.of(year, month, day); // no formatter: a report has dozens of dates
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The exception for content after the top-level value.
   *
   * @param what "Report" or "Catalogue"
   * @param location where the extra content starts
   * @return the exception to throw
   */
  static CchcJsonException trailing(String what, SourceLocation location) {
    return new CchcJsonException("Cannot read " + what + " JSON: trailing content after the " + what.toLowerCase(
        java.util.Locale.ROOT) + " object", location, null);
  }

  /**
   * The exception for an empty document or a top-level {@code null}.
   *
   * @param what "Report" or "Catalogue"
   * @param location where reading stopped
   * @return the exception to throw
   */
  static CchcJsonException notAnObject(String what, SourceLocation location) {
    return new CchcJsonException("Cannot read " + what + " JSON: the document is empty or null, expected a "
        + what.toLowerCase(java.util.Locale.ROOT) + " object", location, null);
  }

  /**
   * The reason for an unknown property, listing the properties that exist there.
   *
   * @param name the unknown property
   * @param known the properties allowed there
   * @return the reason
   */
  static String unknownProperty(String name, java.util.Collection<Object> known) {
    return "unknown property \"" + name + "\"; allowed here: " + known.stream().map(String::valueOf).sorted()
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static boolean hasCause(Throwable t, String simpleName) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c.getClass().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The message of a broken model invariant in the cause chain, which says more than Jackson's wrapper. */
  private static String modelReason(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidModelException || c instanceof UnknownCodeException) {
        return c.getMessage();
      }
    }
    return null;
  }
}
