package vn.cchc.model;

import java.util.Objects;

/**
 * Escapes control characters in text quoted from an input, so that a message, a log line or a terminal
 * shows them instead of obeying them: a report line holding "ESC]0;title BEL ESC[2J" must not retitle
 * or clear the terminal of whoever reads the message.
 *
 * <p>A control character is one of C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F); each is
 * written as the six characters <code>&#92;u001B</code> (upper-case hex), which is how Java and JSON write it.
 * Nothing else changes: letters, combining marks and other format characters are text.
 *
 * <p>The model keeps text exactly as read ({@code ReadProblem.offendingText()}, narrative blocks): it is
 * data. The escaping is done where text is put into a message for people: the rules' finding messages
 * quote report text through {@link #escape(CharSequence)}, and the command line escapes everything it
 * prints with {@link #escapeLines(CharSequence)}. A library user who logs {@code ReadProblem}s or
 * exception messages should do the same.
 */
public final class ControlCharacters {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ControlCharacters() {}

  /**
   * {@return whether {@code c} is a control character: C0, DEL or C1}
   *
   * @param c a character
   */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * Escapes every control character, tab and line feed included: for text quoted inside a one-line
   * message.
   *
   * @param text the text
   * @return the text with each control character as <code>&#92;u</code> and four hex digits (<code>&#92;u001B</code>); the same text when it has none
   */
  public static String escape(CharSequence text) {
    return escape(text, false);
  }

  /**
   * Escapes every control character except tab, line feed, and carriage return directly followed by a
   * line feed: for whole lines of output, whose tabs separate columns and whose line ends separate lines.
   *
   * @param text the text
   * @return the text with the other control characters as <code>&#92;u</code> and four hex digits (<code>&#92;u001B</code>)
   */
  public static String escapeLines(CharSequence text) {
    return escape(text, true);
  }

  private static String escape(CharSequence text, boolean keepLines) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int first = -1;
    for (int i = 0; i < n; i++) {
      if (needsEscape(text, i, keepLines)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text.toString();
    }
    StringBuilder sb = new StringBuilder(n + 16);
    sb.append(text, 0, first);
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (needsEscape(text, i, keepLines)) {
        appendEscaped(sb, c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean needsEscape(CharSequence text, int i, boolean keepLines) {
    char c = text.charAt(i);
    if (!isControl(c)) {
      return false;
    }
    if (keepLines) {
      if (c == '\t' || c == '\n') {
        return false;
      }
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static void appendEscaped(StringBuilder sb, char c) {
    sb.append('\\').append('u').append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
  }
}
