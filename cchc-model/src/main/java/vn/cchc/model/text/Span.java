package vn.cchc.model.text;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.SourceLocation;

/**
 * Text assembled from pieces of source lines (a paragraph joined across a page break), able to
 * tell the source location of any of its characters. Internal.
 */
final class Span {
  /**
   * The text of two or more pieces, made at the second; a span of one piece (most of them) keeps its text in
   * {@link #cached} alone.
   */
  private StringBuilder text;
  private final List<int[]> pieces = new ArrayList<>(); // {offset in text, line number, char index in line}
  private final List<Integer> separators = new ArrayList<>(); // length of the joining text before each piece
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
    String piece = lines.get(lineNo - 1).substring(start, end);
    if (pieces.isEmpty() && separator.isEmpty()) {
      // most spans are one piece of one line: their text is that piece, copied once
      separators.add(0);
      pieces.add(new int[] {0, lineNo, start});
      cached = piece;
      return this;
    }
    if (text == null) {
      text = new StringBuilder();
    }
    if (pieces.size() == 1 && text.length() == 0 && cached != null) {
      text.append(cached);
    }
    cached = null;
    text.append(separator);
    separators.add(separator.length());
    pieces.add(new int[] {text.length(), lineNo, start});
    text.append(piece); // bulk copy; append(CharSequence, int, int) is per char
    return this;
  }

  /** Appends every piece of another span, the first after a separator, the others with their own. */
  Span appendAll(String separator, Span other) {
    String t = other.text();
    for (int k = 0; k < other.pieces.size(); k++) {
      int[] p = other.pieces.get(k);
      int end = k + 1 < other.pieces.size() ? other.pieces.get(k + 1)[0] - other.separators.get(k + 1) : t.length();
      String sep = k == 0 ? separator : t.substring(p[0] - other.separators.get(k), p[0]);
      append(sep, p[1], p[2], p[2] + (end - p[0]));
    }
    return this;
  }

  /** {@return a span of one whole line without its surrounding white space; empty text for a blank line} */
  static Span ofLine(List<String> lines, int lineNo) {
    String line = lines.get(lineNo - 1);
    int lead = Texts.leadingBlanks(line);
    int end = Math.max(lead, Texts.strippedEnd(line));
    return new Span(lines).append("", lineNo, lead, end);
  }

  /**
   * {@return the part of this span from one offset of its text to another, still able to locate
   * every character}
   */
  Span sub(int from, int to) {
    Span out = new Span(lines);
    String t = text();
    for (int k = 0; k < pieces.size(); k++) {
      int[] p = pieces.get(k);
      int pieceStart = p[0];
      int pieceEnd = k + 1 < pieces.size() ? pieces.get(k + 1)[0] - separatorBefore(k + 1) : t.length();
      int s = Math.max(from, pieceStart);
      int e = Math.min(to, pieceEnd);
      if (s >= e) {
        continue;
      }
      String sep = out.pieces.isEmpty() ? "" : t.substring(Math.max(from, pieceStart - separatorBefore(k)), pieceStart);
      out.append(sep, p[1], p[2] + (s - pieceStart), p[2] + (e - pieceStart));
    }
    return out;
  }

  /** {@return the number of joining characters put before piece k} */
  private int separatorBefore(int k) {
    return k == 0 ? 0 : separators.get(k);
  }

  /** {@return the length of the text, without building it} */
  int length() {
    return pieces.size() == 1 && cached != null ? cached.length() : text == null ? 0 : text.length();
  }

  /** {@return the 1-based number of the span's first line} */
  int firstLine() {
    return pieces.get(0)[1];
  }

  /** {@return the 1-based number of the span's last line} */
  int lastLine() {
    return pieces.get(pieces.size() - 1)[1];
  }

  /** {@return the last character that is not white space, or a space when there is none; no string is built} */
  char lastNonBlank() {
    CharSequence t = pieces.size() == 1 && cached != null ? cached : text == null ? "" : text;
    for (int i = t.length() - 1; i >= 0; i--) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return t.charAt(i);
      }
    }
    return ' ';
  }

  /** {@return true when the span has no text} */
  boolean isEmpty() {
    return text().isEmpty();
  }

  String text() {
    if (cached == null) {
      cached = text == null ? "" : text.toString();
    }
    return cached;
  }

  SourceLocation start() {
    return at(0);
  }

  SourceLocation at(int offset) {
    // the last piece that starts at or before the offset (pieces are in offset order): binary search
    int lo = 0;
    int hi = pieces.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (pieces.get(mid)[0] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int[] p = pieces.get(lo);
    String line = lines.get(p[1] - 1);
    return SourceLocation.of(p[1], SourceText.column(line, p[2] + Math.max(0, offset - p[0])));
  }
}
