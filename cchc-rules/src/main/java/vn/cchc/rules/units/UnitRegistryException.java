package vn.cchc.rules.units;

import java.util.Optional;
import vn.cchc.model.SourceLocation;

/**
 * A list of administrative units that cannot be loaded: the file, the line and column of the bad
 * cell (when the list came from a file), what is wrong, and a message that says all of it
 * ("units.csv:12:27: duplicate code 05716, first on line 3").
 */
public final class UnitRegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the list. */
  public enum Kind {
    /** The file is not CSV or JSON of the expected shape (unbalanced quotes, not an array of objects…). */
    MALFORMED,
    /** The header names no known column set. */
    BAD_HEADER,
    /** A required cell is empty. */
    MISSING_VALUE,
    /** A name starts with no known type word, or a level is not tỉnh, huyện or xã. */
    BAD_TYPE,
    /** Two units with one code (or one code with two different names or parents). */
    DUPLICATE_CODE,
    /** A parent code that is not in the list. */
    UNKNOWN_PARENT,
    /** Units that are, through their parents, their own ancestors. */
    CYCLE,
    /** A parent at the same level or below its child (a commune above a district). */
    BAD_PARENT_LEVEL
  }

  /** What is wrong. */
  private final Kind kind;
  /** The file or other source the list came from. */
  private final String source;
  /** Where, when known (not serialized). */
  private final transient Optional<SourceLocation> location;

  UnitRegistryException(Kind kind, String source, Optional<SourceLocation> location, String message) {
    super(source + location.map(l -> ":" + l.line() + ":" + l.column()).orElse("") + ": " + message);
    this.kind = kind;
    this.source = source;
    this.location = location;
  }

  /** {@return what is wrong} */
  public Kind kind() {
    return kind;
  }

  /** {@return the file (or other source) the list came from} */
  public String source() {
    return source;
  }

  /** {@return the line and column (1-based) of the bad cell, when the list came from a file} */
  public Optional<SourceLocation> location() {
    return location == null ? Optional.empty() : location;
  }
}
