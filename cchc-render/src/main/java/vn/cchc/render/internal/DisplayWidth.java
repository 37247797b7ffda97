package vn.cchc.render.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Terminal display width of text: NFC first, then combining marks, format characters and controls
 * count zero, East Asian wide and full-width characters two, everything else one. Vietnamese letters
 * written with combining marks ("e" + U+0302 + U+0301) therefore count as the one column they occupy.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static int of(String text) {
    String s = nfc(text);
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += of(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  static int of(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }

  /** Pads with spaces on the right to {@code width} columns (never truncates). */
  static String padRight(String s, int width) {
    int w = of(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** Pads with spaces on the left to {@code width} columns (never truncates). */
  static String padLeft(String s, int width) {
    int w = of(s);
    return w >= width ? s : " ".repeat(width - w) + s;
  }

  /**
   * Word-wraps text to lines of at most {@code max} columns; a word longer than that is cut between
   * code points (never inside a base letter and its combining marks). Line breaks in the text are kept.
   */
  static List<String> wrap(String text, int max) {
    List<String> lines = new ArrayList<>();
    for (String para : nfc(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      int lineW = 0;
      for (String word : para.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        int ww = of(word);
        if (lineW > 0 && lineW + 1 + ww <= max) {
          line.append(' ').append(word);
          lineW += 1 + ww;
          continue;
        }
        if (lineW > 0) {
          lines.add(line.toString());
          line.setLength(0);
          lineW = 0;
        }
        // a long word is cut from an index, its width counted down: no copy of its rest, no recount, per cut
        int from = 0;
        while (ww > max) {
          int cut = from;
          int cw = 0;
          while (cut < word.length()) {
            int cp = word.codePointAt(cut);
            int c = of(cp);
            if (cw + c > max && cw > 0) {
              break;
            }
            cw += c;
            cut += Character.charCount(cp);
          }
          lines.add(word.substring(from, cut));
          from = cut;
          ww -= cw;
        }
        line.append(word, from, word.length());
        lineW = ww;
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
