package vn.cchc.model.text;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.SourceLocation;

/**
 * Text assembled from pieces of source lines (a paragraph joined across a page break), able to
 * tell the source location of any of its characters. Internal.
 */
final class Span {
  private final StringBuilder text = new StringBuilder();
  private final List<int[]> pieces = new ArrayList<>(); // {offset in text, line number, char index in line}
  private final List<String> lines;
  private String cached;

  Span(List<String> lines) {
    this.lines = lines;
  }

  /**
   * Appends a piece of a line.
   *
   * @param separator text put before the piece that is not in the source (a joining space), or ""
   * @param lineNo the 1-based line number
   * @param start the piece's first char index in the line
   * @param end the index after the piece
   */
  Span append(String separator, int lineNo, int start, int end) {
    cached = null;
    text.append(separator);
    pieces.add(new int[] {text.length(), lineNo, start});
    text.append(lines.get(lineNo - 1).substring(start, end)); // bulk copy; append(CharSequence, int, int) is per char
    return this;
  }

  String text() {
    if (cached == null) {
      cached = text.toString();
    }
    return cached;
  }

  SourceLocation start() {
    return at(0);
  }

  SourceLocation at(int offset) {
    int[] p = pieces.get(0);
    for (int[] q : pieces) {
      if (q[0] <= offset) {
        p = q;
      }
    }
    String line = lines.get(p[1] - 1);
    return SourceLocation.of(p[1], SourceText.column(line, p[2] + Math.max(0, offset - p[0])));
  }
}
