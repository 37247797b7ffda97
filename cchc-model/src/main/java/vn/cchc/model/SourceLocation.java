package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A place in a source text: 1-based line and column (column counted in Unicode code points).
 *
 * @param line the 1-based line number
 * @param column the 1-based column number
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"line", "column"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
public record SourceLocation(@JsonProperty("line") int line, @JsonProperty("column") int column)
    implements Comparable<SourceLocation> {

  /**
   * Creates a location, rejecting non-positive line or column.
   *
   * @param line the 1-based line number
   * @param column the 1-based column number
   */
  @JsonCreator
  public SourceLocation {
    if (line < 1 || column < 1) { // tested before formatting: a location is made for every row and block read
      InvalidModelException.check(line >= 1, "line must be >= 1, was %d", line);
      InvalidModelException.check(column >= 1, "column must be >= 1, was %d", column);
    }
  }

  /**
   * A location. Locations at column 1 of the first 8,192 lines are shared instances (a location is a value:
   * compare with {@code equals}).
   *
   * @param line the 1-based line number
   * @param column the 1-based column number
   * @return the location
   */
  public static SourceLocation of(int line, int column) {
    if (column == 1 && line >= 1 && line <= START_OF_LINE.length) {
      SourceLocation l = START_OF_LINE[line - 1];
      if (l == null) {
        l = new SourceLocation(line, 1);
        START_OF_LINE[line - 1] = l; // a racing thread may store an equal one: either is right
      }
      return l;
    }
    return new SourceLocation(line, column);
  }

  /**
   * The start of each of the first lines, made once: every appendix row, section heading and most paragraphs
   * start at column 1, and a report held in memory then shares these instead of holding one per row. A
   * record's fields are final, so an instance read through a race is seen whole.
   */
  private static final SourceLocation[] START_OF_LINE = new SourceLocation[8192];

  @Override
  public int compareTo(SourceLocation o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }

  /** {@return "line:column"} */
  @Override
  public String toString() {
    return line + ":" + column;
  }

}
