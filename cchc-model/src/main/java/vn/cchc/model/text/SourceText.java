package vn.cchc.model.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.internal.TrustedNfc;

/**
 * The input as NFC lines: decoded from strict UTF-8 (malformed sequences become U+FFFD and a
 * problem each), a leading BOM dropped, split at LF, CRLF or CR. Internal.
 */
final class SourceText {
  final List<String> lines;
  final List<ReadProblem> encodingProblems;
  /**
   * Whether every character of the text passes {@link #isQuickNfc}: then every string cut from its lines and joined
   * with such characters is NFC too, and the model need not check it again ({@link TrustedNfc}).
   */
  final boolean quickNfc;
  /** False when the text is known to hold no character {@link LineRepairs} repairs. */
  final boolean mayNeedRepairs;

  private SourceText(List<String> lines, List<ReadProblem> encodingProblems, boolean quickNfc, boolean mayNeedRepairs) {
    this.lines = lines;
    this.encodingProblems = encodingProblems;
    this.quickNfc = quickNfc;
    this.mayNeedRepairs = mayNeedRepairs;
  }

  static SourceText of(String text) {
    return split(text, List.of());
  }

  static SourceText decode(byte[] bytes) {
    // fastest path: well-formed text of the Basic Multilingual Plane, as Vietnamese reports are, decoded, checked
    // for NFC and cut into lines in one pass over the bytes and one over the characters
    Decoded bmp = Decoded.bmp(bytes);
    if (bmp != null) {
      return bmp.source();
    }
    // fast path: the JDK's decoder replaces malformed input with U+FFFD; without one the input was well-formed
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return split(fast, List.of());
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    StringBuilder sb = new StringBuilder(bytes.length);
    List<int[]> bad = new ArrayList<>(); // {char offset in sb, byte offset, length}
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      out.flip();
      sb.append(out);
      out.clear();
      if (r.isError()) {
        bad.add(new int[] {sb.length(), in.position(), r.length()});
        sb.append('\uFFFD');
        in.position(in.position() + r.length());
      } else if (!r.isOverflow()) {
        break;
      }
    }
    dec.flush(out);
    out.flip();
    sb.append(out);
    String text = sb.toString();
    List<SourceLocation> at = locate(text, bad);
    List<ReadProblem> problems = new ArrayList<>();
    for (int k = 0; k < bad.size(); k++) {
      int[] b = bad.get(k);
      StringBuilder hex = new StringBuilder();
      for (int j = 0; j < b[2]; j++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", bytes[b[1] + j] & 0xFF));
      }
      problems.add(ReadProblem.of(at.get(k), ProblemKind.MALFORMED_ENCODING,
          Problems.of(b[2] == 1 ? "encoding.malformed.one" : "encoding.malformed.other", (long) b[2], (long) b[1]),
          hex.toString()));
    }
    return split(text, problems);
  }

  /**
   * Decodes UTF-8 that is well-formed and stays in the Basic Multilingual Plane; returns null for anything else
   * (see {@link Decoded#bmp}). The result is the string the JDK's decoder gives for such input.
   */
  static String bmpUtf8(byte[] b) {
    Decoded d = Decoded.bmp(b);
    return d == null ? null : new String(d.chars, 0, d.length);
  }

  /**
   * Decoded characters, the offsets of their line breaks, whether all of them pass {@link #isQuickNfc}, and whether
   * any is one {@link LineRepairs} repairs.
   */
  private record Decoded(char[] chars, int length, int[] breaks, int breakCount, boolean quickNfc, boolean repairs) {
    /** {@link #NOT_QUICK}, {@link #REPAIRED} or both for each character below U+3001 (the last one repaired). */
    private static final byte[] FLAGS = new byte[0x3001];
    private static final byte NOT_QUICK = 1;
    private static final byte REPAIRED = 2;

    static {
      for (char c = 0; c < FLAGS.length; c++) {
        FLAGS[c] = (byte) ((isQuickNfc(c) ? 0 : NOT_QUICK) | (LineRepairs.repairs(c) ? REPAIRED : 0));
      }
    }

    /**
     * Decodes UTF-8 that is well-formed and stays in the Basic Multilingual Plane (one to three bytes a
     * character: every Vietnamese letter) in one loop, noting on the way where the lines break and, by one table
     * look-up a character, whether every character passes the NFC quick test and whether any is repaired; returns
     * null for anything else — a malformed or overlong sequence, an encoded surrogate, a four-byte character,
     * U+FFFD itself — which the general paths decode and report.
     */
    static Decoded bmp(byte[] b) {
      char[] out = new char[b.length];
      int[] breaks = new int[64]; // the offset in out of every LF and CR
      int lines = 0;
      int n = 0;
      int i = 0;
      int len = b.length;
      int flags = 0;
      while (i < len) {
        int c = b[i];
        if (c >= 0) {
          if (c == '\n' || c == '\r') {
            if (lines == breaks.length) {
              breaks = Arrays.copyOf(breaks, 2 * lines);
            }
            breaks[lines++] = n;
          }
          out[n++] = (char) c;
          i++;
        } else if ((c & 0xE0) == 0xC0) {
          if (i + 1 >= len || (b[i + 1] & 0xC0) != 0x80) {
            return null;
          }
          int cp = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
          if (cp < 0x80) {
            return null;
          }
          flags |= FLAGS[cp];
          out[n++] = (char) cp;
          i += 2;
        } else if ((c & 0xF0) == 0xE0) {
          if (i + 2 >= len || (b[i + 1] & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80) {
            return null;
          }
          int cp = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
          if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFD) {
            return null;
          }
          flags |= cp < FLAGS.length ? FLAGS[cp] : isQuickNfc((char) cp) ? 0 : NOT_QUICK;
          out[n++] = (char) cp;
          i += 3;
        } else {
          return null;
        }
      }
      return new Decoded(out, n, breaks, lines, (flags & NOT_QUICK) == 0, (flags & REPAIRED) != 0);
    }

    /** {@return the lines, cut from the characters at the breaks found while decoding (no string of the whole text)} */
    SourceText source() {
      List<String> lines = new ArrayList<>(breakCount + 1);
      char[] a = chars;
      int start = length > 0 && a[0] == '\uFEFF' ? 1 : 0;
      for (int k = 0; k < breakCount; k++) {
        int end = breaks[k];
        if (end < start) {
          continue; // the LF of a CRLF
        }
        lines.add(line(new String(a, start, end - start)));
        start = end + (a[end] == '\r' && end + 1 < length && a[end + 1] == '\n' ? 2 : 1);
      }
      if (start < length) {
        lines.add(line(new String(a, start, length - start)));
      }
      // normalising composes characters that were not in the input ("a" + U+030C is "ǎ", which is repaired)
      return new SourceText(lines, List.of(), quickNfc, repairs || !quickNfc);
    }

    private String line(String s) {
      return quickNfc ? s : nfc(s);
    }
  }

  /**
   * The locations of the replaced bytes ({@code bad}, in the order of their char offsets in the decoded
   * text), each as line and column in NFC code points of its line — in one pass over the text, however
   * many there are. U+FFFD is a starter that composes with nothing, so the NFC of a line's prefix is the
   * NFC of its pieces between replacement characters, each normalised once.
   */
  private static List<SourceLocation> locate(String text, List<int[]> bad) {
    CharSequence t = Work.view(text);
    List<SourceLocation> out = new ArrayList<>(bad.size());
    int line = 1;
    int column = 1; // the column at {@code from}
    int from = text.startsWith("\uFEFF") ? 1 : 0; // start of the piece not yet counted into column
    int i = from;
    for (int[] b : bad) {
      int offset = b[0];
      for (; i < offset; i++) {
        char c = t.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || t.charAt(i + 1) != '\n'))) {
          line++;
          column = 1;
          from = i + 1;
        }
      }
      column += nfcCodePoints(text, from, offset);
      out.add(SourceLocation.of(line, column));
      column++; // the U+FFFD itself
      from = offset + 1;
      i = from;
    }
    return out;
  }

  /** {@return the code points of the NFC form of {@code text[from, to)}} */
  private static int nfcCodePoints(String text, int from, int to) {
    if (from >= to) {
      return 0;
    }
    String piece = nfc(text.substring(from, to));
    return piece.codePointCount(0, piece.length());
  }

  private static SourceText split(String text, List<ReadProblem> problems) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    // one check of the whole text spares a check per line in the usual, already-NFC case
    boolean quick = isQuickNfc(t);
    boolean allNfc = quick || Normalizer.isNormalized(t, Normalizer.Form.NFC);
    List<String> lines = new ArrayList<>();
    int n = t.length();
    int lf = t.indexOf('\n');
    int cr = t.indexOf('\r');
    int start = 0;
    while (start < n) {
      // the next LF and CR are looked for again only once passed: one scan of the text for each
      if (lf >= 0 && lf < start) {
        lf = t.indexOf('\n', start);
      }
      if (cr >= 0 && cr < start) {
        cr = t.indexOf('\r', start);
      }
      int end = lf < 0 ? (cr < 0 ? n : cr) : cr < 0 ? lf : Math.min(lf, cr);
      String line = t.substring(start, end);
      lines.add(allNfc ? line : nfc(line));
      start = end + (end + 1 < n && t.charAt(end) == '\r' && t.charAt(end + 1) == '\n' ? 2 : 1);
    }
    return new SourceText(lines, problems, quick, true);
  }

  static String nfc(String s) {
    return isNfc(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Whether a text is NFC. Fast path ({@link #isQuickNfc}); anything else is asked of {@link Normalizer}. Under
   * {@link TrustedNfc} (a read of text that passed the quick test) every text the reader builds is NFC.
   */
  static boolean isNfc(String s) {
    return TrustedNfc.on() || isQuickNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  /**
   * Whether every character of a text passes {@link #isQuickNfc(char)}, which makes the text NFC, and so every
   * text cut from it and joined with such characters.
   */
  static boolean isQuickNfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isQuickNfc(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a character is below U+0300 (no combining marks; every such character is NFC_Quick_Check=Yes and
   * composes with no other character below U+0300), a precomposed Latin letter U+1E00–U+1EFF (Vietnamese "ế",
   * "ệ"…, all Yes) or punctuation U+2010–U+206F (all Yes).
   */
  static boolean isQuickNfc(char c) {
    return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x206F);
  }

  /** The 1-based column of a char index in a line, in code points. */
  static int column(String line, int charIndex) {
    int i = Math.max(0, Math.min(charIndex, line.length()));
    return hasSurrogates(line) ? line.codePointCount(0, i) + 1 : i + 1;
  }

  /** Whether a line holds a character outside the BMP; the last line asked is remembered. */
  private static boolean hasSurrogates(String line) {
    if (TrustedNfc.on()) {
      return false; // every character of this read passed the quick NFC test, which no surrogate passes
    }
    Surrogates last = lastLine;
    if (last != null && last.line == line) {
      return last.has;
    }
    boolean has = false;
    for (int k = 0; k < line.length() && !has; k++) {
      has = Character.isSurrogate(line.charAt(k));
    }
    lastLine = new Surrogates(line, has);
    return has;
  }

  /**
   * The last line {@link #column} looked at, so that many locations on one long line cost one scan of
   * it (a column in code points is otherwise a count from the line's start each time). Immutable and
   * published through a volatile field: threads reading at once see one line's answer or another's.
   */
  private record Surrogates(String line, boolean has) {}

  private static volatile Surrogates lastLine;
}
