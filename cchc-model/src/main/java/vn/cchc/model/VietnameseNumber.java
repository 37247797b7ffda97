package vn.cchc.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number written the Vietnamese way (CLDR {@code vi}): "." groups thousands, "," is the decimal
 * mark. "1.492" is 1492, "99,3" is 99.3, "0,2" is 0.2, "03" is 3, "30%" is 30 with a percent sign.
 * The scale is kept as written ("100,0" has scale 1).
 *
 * <p>Nothing is guessed: a "." that is not followed by exactly three digits ("1.5", "1.23"), two
 * decimal marks, an empty group, a sign in the middle or any other character is a
 * {@link VietnameseNumberException} that names the offending character's position.
 *
 * @param value the number, scale as written
 * @param percent whether the text ended with "%"
 */
public record VietnameseNumber(BigDecimal value, boolean percent) {

  /** The longest number text accepted, in characters; longer input is rejected before parsing. */
  public static final int MAX_LENGTH = 64;

  /** Up to this many digits, the number is read into a {@code long} (10^18 - 1 < 2^63) rather than a BigInteger. */
  private static final int MAX_LONG_DIGITS = 18;

  /**
   * Creates a parsed number.
   *
   * @param value the number
   * @param percent whether a "%" followed it
   */
  public VietnameseNumber {
    InvalidModelException.check(value != null, "number value is required");
  }

  /**
   * Parses a number. Surrounding white space (including no-break space) is ignored; one "%" may
   * follow the digits, with or without a space.
   *
   * @param text the text, e.g. "1.492", "99,3", "30%"
   * @return the number
   * @throws VietnameseNumberException when the text is not a well-formed Vietnamese number
   */
  public static VietnameseNumber parse(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new VietnameseNumberException(text, 0, "empty text is not a number");
    }
    if (end - start > MAX_LENGTH) {
      throw new VietnameseNumberException(text, start, "number longer than " + MAX_LENGTH + " characters");
    }
    boolean percent = false;
    if (text.charAt(end - 1) == '%') {
      percent = true;
      end--;
      while (end > start && isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end == start) {
        throw new VietnameseNumberException(text, start, "\"%\" without a number");
      }
    }
    boolean negative = false;
    int i = start;
    if (text.charAt(i) == '-' || text.charAt(i) == '−') {
      negative = true;
      i++;
      if (i == end) {
        throw new VietnameseNumberException(text, start, "a lone \"-\" is not a number (it means not applicable)");
      }
    }
    int digitsFrom = i;
    long unscaled = 0; // the digits read so far, while there are at most 18 of them
    int digits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    int decimalAt = -1;
    int fractionDigits = 0;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits <= MAX_LONG_DIGITS) {
          unscaled = unscaled * 10 + (c - '0');
        }
        if (decimalAt >= 0) {
          fractionDigits++;
        } else {
          groupDigits++;
          if (grouped && groupDigits > 3) {
            throw new VietnameseNumberException(text, i, "a thousands group after \".\" has more than three digits");
          }
        }
      } else if (c == '.') {
        if (decimalAt >= 0) {
          throw new VietnameseNumberException(text, i, "\".\" after the decimal mark \",\"");
        }
        if (groupDigits == 0) {
          throw new VietnameseNumberException(text, i, "\".\" must follow a digit");
        }
        if (!grouped && groupDigits > 3) {
          throw new VietnameseNumberException(text, i, "the first thousands group has more than three digits");
        }
        if (grouped && groupDigits != 3) {
          throw new VietnameseNumberException(text, i, "a thousands group after \".\" must have exactly three digits");
        }
        grouped = true;
        groupDigits = 0;
      } else if (c == ',') {
        if (decimalAt >= 0) {
          throw new VietnameseNumberException(text, i, "a second decimal mark \",\"");
        }
        if (groupDigits == 0) {
          throw new VietnameseNumberException(text, i, "\",\" must follow a digit");
        }
        if (grouped && groupDigits != 3) {
          throw new VietnameseNumberException(text, i, "a thousands group after \".\" must have exactly three digits");
        }
        decimalAt = i;
      } else {
        throw new VietnameseNumberException(text, i, "unexpected character '" + c + "'");
      }
    }
    if (decimalAt < 0 && grouped && groupDigits != 3) {
      throw new VietnameseNumberException(text, end - 1,
          "a thousands group after \".\" must have exactly three digits (\"1.5\" is ambiguous: write \"1,5\" or \"1.500\")");
    }
    if (decimalAt >= 0 && fractionDigits == 0) {
      throw new VietnameseNumberException(text, decimalAt, "no digits after the decimal mark \",\"");
    }
    BigDecimal value = digits <= MAX_LONG_DIGITS
        ? BigDecimal.valueOf(negative ? -unscaled : unscaled, fractionDigits)
        : new BigDecimal(digitsOf(text, digitsFrom, end, negative), fractionDigits);
    return new VietnameseNumber(value, percent);
  }

  /**
   * Formats a number the Vietnamese way, keeping its scale: 1492 → "1.492", 99.3 → "99,3",
   * 0.20 → "0,20". {@code parse(format(x)).value()} equals {@code x}, scale included.
   *
   * @param value the number; a negative scale is written as the integer it stands for
   * @return the text
   */
  public static String format(BigDecimal value) {
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    int len = intPart.length();
    for (int k = 0; k < len; k++) {
      sb.append(intPart.charAt(k));
      int rest = len - k - 1;
      if (rest > 0 && rest % 3 == 0) {
        sb.append('.');
      }
    }
    if (!fracPart.isEmpty()) {
      sb.append(',').append(fracPart);
    }
    return (v.signum() < 0 ? "-" : "") + sb;
  }

  /** {@return the digits of {@code text} from {@code from} to {@code end} as one integer, for more than 18 digits} */
  private static BigInteger digitsOf(String text, int from, int end, boolean negative) {
    StringBuilder sb = new StringBuilder(end - from);
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    BigInteger unscaled = new BigInteger(sb.toString());
    return negative ? unscaled.negate() : unscaled;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
  }
}
