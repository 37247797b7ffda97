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
      if (cause.getClass().getSimpleName().equals("StreamConstraintsException")) {
        reason = reason + "; the limits are set with JsonReadLimits";
      }
    }
    String where = pointer.isEmpty() ? "" : " at " + pointer;
    return new CchcJsonException("Cannot read " + what + " JSON" + where + ": " + reason, location, cause);
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
