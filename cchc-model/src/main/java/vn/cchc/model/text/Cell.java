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

  /**
   * The chars the cell is cut from: the line itself for a cell without markup (no copy is made until
   * {@link #stripped} is asked), else the cell's text without markup.
   */
  private final String chars;
  /** The cell's text: {@link #chars} from {@code from} to {@code to}, without markup, not stripped. */
  private final int from;
  private final int to;
  /**
   * For each char of {@link #chars}, its char index in the line; one extra entry for the end. Null for a cell
   * without markup, whose chars are the line's.
   */
  private final int[] lineIndex;

  private Cell(String chars, int from, int to, int[] lineIndex) {
    this.chars = chars;
    this.from = from;
    this.to = to;
    this.lineIndex = lineIndex;
  }

  /**
   * A cell of a line.
   *
   * @param line the whole line
   * @param start the cell's first char index in the line
   * @param end the index after its last char
   */
  static Cell of(String line, int start, int end) {
    int lt = line.indexOf('<', start);
    if (lt < 0 || lt >= end) {
      return new Cell(line, start, end, null);
    }
    return withoutMarkup(line.substring(start, end), start, end);
  }

  /** A cell whose text holds markup: the markup removed, each remaining char's line index kept. */
  private static Cell withoutMarkup(String raw, int start, int end) {
    StringBuilder sb = new StringBuilder(raw.length());
    int[] idx = new int[raw.length() + 1];
    Matcher m = TAG.matcher(Work.view(raw));
    int pos = 0;
    // a tag starts with "<": the pattern is tried there only, as find() would try it at every char
    for (int lt = raw.indexOf('<'); lt >= 0; lt = raw.indexOf('<', Math.max(lt + 1, pos))) {
      if (!m.region(lt, raw.length()).lookingAt()) {
        continue;
      }
      for (int i = pos; i < lt; i++) {
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
    return new Cell(sb.toString(), 0, sb.length(), trimmed);
  }

  /** {@return this cell without "*" emphasis around its text ("*30%*", "*Đơn vị*"); itself when it has none} */
  Cell unstarred() {
    int star = chars.indexOf('*', from);
    if (star < 0 || star >= to) {
      return this;
    }
    int i0 = from;
    int i1 = to;
    while (i0 < i1 && (chars.charAt(i0) == '*' || Character.isWhitespace(chars.charAt(i0)))) {
      i0++;
    }
    while (i1 > i0 && (chars.charAt(i1 - 1) == '*' || Character.isWhitespace(chars.charAt(i1 - 1)))) {
      i1--;
    }
    if (i0 == from && i1 == to) {
      return this;
    }
    return new Cell(chars, i0, i1, lineIndex);
  }

  /** {@return true when the text is empty or white space only, as {@link String#isBlank} says of it} */
  boolean isBlank() {
    return strippedStart() == to;
  }

  /** {@return the text without markup, not stripped} Made for a problem's message, not for every cell. */
  String text() {
    return chars.substring(from, to);
  }

  /**
   * {@return the text without markup and surrounding white space} (White space is never a surrogate, so chars
   * are tested one by one as {@link String#strip} tests code points.)
   */
  String stripped() {
    int s = strippedStart();
    int e = to;
    while (e > s && Character.isWhitespace(chars.charAt(e - 1))) {
      e--;
    }
    return chars.substring(s, e);
  }

  /** {@return the index in {@link #chars} of the first non-blank char, or {@link #to}} */
  private int strippedStart() {
    int s = from;
    while (s < to && Character.isWhitespace(chars.charAt(s))) {
      s++;
    }
    return s;
  }

  /** {@return the char index in the line of a char index of the text} */
  int lineIndexOf(int i) {
    int k = from + Math.max(0, Math.min(i, to - from));
    return lineIndex == null ? k : lineIndex[k];
  }

  /** {@return the char index in the line of the first non-blank char (the cell start when blank)} */
  int firstNonBlank() {
    int s = strippedStart();
    return lineIndexOf(s == to ? 0 : s - from);
  }

  /** Removes markup from a whole string. */
  static String strip(String s) {
    return s.indexOf('<') < 0 ? s : TAG.matcher(Work.view(s)).replaceAll("");
  }
}
