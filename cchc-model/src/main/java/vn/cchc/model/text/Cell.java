package vn.cchc.model.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell (or any piece of a line) with inline markup such as {@code <i>…</i>} removed, remembering
 * for every remaining character its index in the line, so that problems name the right column.
 * Internal.
 */
final class Cell {
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

  /** The text without markup, not stripped. */
  final String text;
  /**
   * For each char of {@link #text}, its char index in the line; one extra entry for the end. Null for a cell
   * without markup, whose char i is at {@link #start} + i.
   */
  private final int[] lineIndex;
  private final int start;

  private Cell(String text, int[] lineIndex, int start) {
    this.text = text;
    this.lineIndex = lineIndex;
    this.start = start;
  }

  /**
   * A cell of a line.
   *
   * @param line the whole line
   * @param start the cell's first char index in the line
   * @param end the index after its last char
   */
  static Cell of(String line, int start, int end) {
    String raw = line.substring(start, end);
    if (raw.indexOf('<') < 0) {
      return new Cell(raw, null, start);
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int[] idx = new int[raw.length() + 1];
    Matcher m = TAG.matcher(Work.view(raw));
    int pos = 0;
    while (m.find()) {
      for (int i = pos; i < m.start(); i++) {
        idx[sb.length()] = start + i;
        sb.append(raw.charAt(i));
      }
      pos = m.end();
    }
    for (int i = pos; i < raw.length(); i++) {
      idx[sb.length()] = start + i;
      sb.append(raw.charAt(i));
    }
    idx[sb.length()] = end;
    int[] trimmed = new int[sb.length() + 1];
    System.arraycopy(idx, 0, trimmed, 0, sb.length() + 1);
    return new Cell(sb.toString(), trimmed, 0);
  }

  /** {@return this cell without "*" emphasis around its text ("*30%*", "*Đơn vị*"); itself when it has none} */
  Cell unstarred() {
    if (text.indexOf('*') < 0) {
      return this;
    }
    int i0 = 0;
    int i1 = text.length();
    while (i0 < i1 && (text.charAt(i0) == '*' || Character.isWhitespace(text.charAt(i0)))) {
      i0++;
    }
    while (i1 > i0 && (text.charAt(i1 - 1) == '*' || Character.isWhitespace(text.charAt(i1 - 1)))) {
      i1--;
    }
    if (text.indexOf('*') < 0 || (i0 == 0 && i1 == text.length())) {
      return this;
    }
    return new Cell(text.substring(i0, i1), lineIndex == null ? null : java.util.Arrays.copyOfRange(lineIndex, i0, i1 + 1),
        start + i0);
  }

  /** {@return the text without markup and surrounding white space} */
  String stripped() {
    return text.strip();
  }

  /** {@return the char index in the line of a char index of {@link #text}} */
  int lineIndexOf(int i) {
    int k = Math.max(0, Math.min(i, text.length()));
    return lineIndex == null ? start + k : lineIndex[k];
  }

  /** {@return the char index in the line of the first non-blank char (the cell start when blank)} */
  int firstNonBlank() {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return lineIndexOf(i == text.length() ? 0 : i);
  }

  /** Removes markup from a whole string. */
  static String strip(String s) {
    return s.indexOf('<') < 0 ? s : TAG.matcher(Work.view(s)).replaceAll("");
  }
}
