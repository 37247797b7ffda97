package vn.cchc.model.json;

import java.util.Optional;
import vn.cchc.model.SourceLocation;

/** Thrown when JSON cannot be read as a report or catalogue, or cannot be written. */
public final class CchcJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SourceLocation location;

  CchcJsonException(String message, SourceLocation location, Throwable cause) {
    super(location == null ? message : message + " (at " + location + ")", cause);
    this.location = location;
  }

  /** {@return the line and column in the JSON input, when known} */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }
}
