package vn.cchc.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the zone readers. Internal. */
final class Texts {
  private Texts() {}

  /** A line without markup, "*" emphasis wrappers and surrounding white space. */
  static String plain(String line) {
    return stripStars(Cell.strip(line).strip());
  }

  /** Removes "*" emphasis wrappers ("*(Kèm theo …)*"). */
  static String stripStars(String s) {
    // by index, one pass from each end: cutting one star at a time copied the rest each time (quadratic in a run of stars)
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '*') {
      start++;
      while (start < end && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
    }
    while (end > start && s.charAt(end - 1) == '*') {
      end--;
      while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
    }
    return s.substring(start, end);
  }

  /**
   * Removes the characters of {@code chars} (and white space, when {@code space}) from the end of a text, in
   * one backward pass. A regular expression "[;.,]+$" does the same in time quadratic in a long run of those
   * characters not at the end ("- UBND huyện;;;;…;;; x" tries the run from each of its characters).
   */
  static String trimEnd(String s, String chars, boolean space) {
    int end = s.length();
    while (end > 0) {
      char c = s.charAt(end - 1);
      if (chars.indexOf(c) < 0 && !(space && Character.isWhitespace(c))) {
        break;
      }
      end--;
    }
    return s.substring(0, end);
  }

  /** {@return true when the text has a letter and no lower-case letter} */
  static boolean isUpper(String t) {
    boolean letter = false;
    for (int i = 0; i < t.length(); ) {
      int c = t.codePointAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
      i += Character.charCount(c);
    }
    return letter;
  }

  /** {@return true when the text's first letter or digit is a lower-case letter or a digit} */
  static boolean startsLowerOrDigit(String t) {
    for (int i = 0; i < t.length(); ) {
      int c = t.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isLowerCase(c) || Character.isDigit(c);
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** Label comparison form: markup removed, NFC, white space collapsed. Case is kept. */
  static String normalise(String s) {
    String t = SourceText.nfc(Cell.strip(s)).strip();
    if (isCollapsed(t)) {
      return t; // the usual label: nothing to collapse, no copy
    }
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Comparison form for names: {@link #normalise} in lower case. */
  /** {@return whether a stripped text's only white space is single spaces, which {@link #normalise} keeps} */
  private static boolean isCollapsed(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' ? i > 0 && t.charAt(i - 1) == ' ' : Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the length of a text's leading white space: {@code s.length() - s.stripLeading().length()}, without the
   * copy} (White space is never a surrogate or outside the BMP, so characters may be tested one by one.)
   */
  static int leadingBlanks(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@return {@code s.stripTrailing().length()}, without the copy} */
  static int strippedEnd(String s) {
    int e = s.length();
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  static String fold(String s) {
    return normalise(s).toLowerCase(Locale.ROOT);
  }

  /**
   * The cells of a line of a two-column layout: split at tabs, at "|", or at runs of three or more
   * spaces, in that order of preference. Each cell is {start, end} char indexes in the line.
   */
  static List<int[]> columns(String line) {
    List<int[]> out = new ArrayList<>();
    if (line.indexOf('\t') >= 0) {
      splitAt(line, '\t', out);
    } else if (line.indexOf('|') >= 0) {
      splitAt(line, '|', out);
    } else {
      int start = 0;
      int i = 0;
      while (i < line.length()) {
        if (line.charAt(i) == ' ') {
          int j = i;
          while (j < line.length() && line.charAt(j) == ' ') {
            j++;
          }
          if (j - i >= 3 && i > start && j < line.length() && !blankInside(line.substring(start, i), line.substring(j))) {
            out.add(new int[] {start, i});
            start = j;
          }
          i = j;
        } else {
          i++;
        }
      }
      out.add(new int[] {start, line.length()});
    }
    return out;
  }

  /**
   * Whether a run of spaces is a blank left in a template ("Số:      /BC-UBND", "ngày      tháng 01
   * năm 2024") rather than the gap between two columns.
   */
  private static boolean blankInside(String before, String after) {
    String b = before.stripTrailing().toLowerCase(java.util.Locale.ROOT);
    String a = after.toLowerCase(java.util.Locale.ROOT);
    return b.endsWith("số:") || b.endsWith("ngày") || b.endsWith("tháng") || b.endsWith("năm") || b.endsWith("số")
        || a.startsWith("/") || a.startsWith("tháng") || a.startsWith("năm");
  }

  /** Adds the {start, end} char indexes of the pieces of a line between separators. */
  static void splitAt(String line, char sep, List<int[]> out) {
    int start = 0;
    while (true) {
      int k = line.indexOf(sep, start);
      out.add(new int[] {start, k < 0 ? line.length() : k});
      if (k < 0) {
        return;
      }
      start = k + 1;
    }
  }
}
