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
    if (line < 1 || column < 1) { // the check's varargs box both numbers: only when one is wrong
      InvalidModelException.check(line >= 1, "line must be >= 1, was %d", line);
      InvalidModelException.check(column >= 1, "column must be >= 1, was %d", column);
    }
  }

  /**
   * A location.
   *
   * @param line the 1-based line number
   * @param column the 1-based column number
   * @return the location
   */
  public static SourceLocation of(int line, int column) {
    return new SourceLocation(line, column);
  }

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
