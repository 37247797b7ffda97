package vn.cchc.model.text;

import vn.cchc.model.message.Message;
/**
 * The first pass of a read: characters that stand for others are read as what they stand for, one
 * character for one, so that every column stays where it was. Each repaired line gets one
 * {@link ProblemKind#REPAIRED_TEXT} problem at {@link ProblemSeverity#INFO} naming the first
 * repaired column and what was repaired. Internal.
 *
 * <ul>
 *   <li>Non-breaking and other fixed-width spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000)
 *       are spaces: web pages and PDF extraction write them between words.</li>
 *   <li>Look-alike letters that old Vietnamese encodings and their converters leave behind are the
 *       Vietnamese letters they imitate: "ǎ"/"Ǎ" (U+01CE/U+01CD, a caron) for "ă"/"Ă" (a breve), and
 *       the Icelandic "ð"/"Ð" (U+00F0/U+00D0) for "đ"/"Đ".</li>
 * </ul>
 */
final class LineRepairs {
  /** The characters {@link #repair} changes, as a table: one look-up per character of the text. */
  private static final boolean[] SPECIAL = new boolean[0x3001];

  static {
    for (char c = 0; c < SPECIAL.length; c++) {
      SPECIAL[c] = repair(c) != c;
    }
  }

  private LineRepairs() {}

  /** {@return whether {@link #apply} would change a character} */
  static boolean repairs(char c) {
    return c < SPECIAL.length && SPECIAL[c];
  }

  /** Repairs every line of the context in place. */
  static void apply(ReadContext ctx) {
    for (int i = 0; i < ctx.size(); i++) {
      String line = ctx.line(i);
      int first = -1;
      boolean spaces = false;
      boolean letters = false;
      char[] out = null;
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        if (c >= SPECIAL.length || !SPECIAL[c]) {
          continue;
        }
        char r = repair(c);
        if (r == c) {
          continue;
        }
        if (out == null) {
          out = line.toCharArray();
          first = k;
        }
        out[k] = r;
        if (r == ' ') {
          spaces = true;
        } else {
          letters = true;
        }
      }
      if (out != null) {
        Message what = Problems.of(spaces && letters ? "repair.spaces-and-letters"
            : spaces ? "repair.spaces"
            : "repair.letters");
        ctx.problem(ctx.at(i, first), ProblemKind.REPAIRED_TEXT, ProblemSeverity.INFO, what,
            line.substring(first, Math.min(line.length(), first + 12)));
        ctx.lines.set(i, SourceText.nfc(new String(out)));
      }
    }
  }

  /** {@return the character a character stands for; itself when it stands for itself} */
  static char repair(char c) {
    switch (c) {
      case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
          '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> {
        return ' ';
      }
      case '\u01CE' -> {
        return '\u0103';
      }
      case '\u01CD' -> {
        return '\u0102';
      }
      case '\u00F0' -> {
        return '\u0111';
      }
      case '\u00D0' -> {
        return '\u0110';
      }
      default -> {
        return c;
      }
    }
  }
}
