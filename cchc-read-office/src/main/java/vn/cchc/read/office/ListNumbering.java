package vn.cchc.read.office;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Word's automatic list numbering: the label ("I.", "1.2.", "a)", "-") Word shows before a numbered
 * paragraph, which is not in the paragraph's text. Reads the paragraph's {@code w:numPr} (or its
 * style's, following {@code w:basedOn}), the {@code w:num} it names and that num's abstract
 * definition: per level {@code w:start}, {@code w:numFmt}, {@code w:lvlText} and {@code w:isLgl}, with a
 * num's {@code w:lvlOverride} ({@code w:startOverride} or a whole {@code w:lvl}) applied. Counters are
 * kept per abstract definition across the document, as Word does: nums sharing a definition continue
 * one list unless a num overrides a level's start, which restarts that level where the num is first
 * used. A level restarts whenever a level above it is numbered, unless its {@code w:lvlRestart} is 0.
 * Not read: {@code w:numStyleLink} indirections, {@code w:lvlPicBulletId} (a picture bullet is "•").
 * One instance per document; not thread-safe.
 */
final class ListNumbering {
  private static final int LEVELS = 9;
  private static final int NOT_STARTED = Integer.MIN_VALUE;

  private final XWPFNumbering numbering;
  private final XWPFStyles styles;
  private final Map<BigInteger, int[]> counters = new HashMap<>();
  private final Set<BigInteger> numsSeen = new HashSet<>();

  ListNumbering(XWPFNumbering numbering, XWPFStyles styles) {
    this.numbering = numbering;
    this.styles = styles;
  }

  /** The label of a paragraph, advancing the counters; empty when the paragraph is not numbered. */
  Optional<String> next(XWPFParagraph p) {
    if (numbering == null) {
      return Optional.empty();
    }
    CTNumPr numPr = numPr(p);
    if (numPr == null || !numPr.isSetNumId()) {
      return Optional.empty();
    }
    BigInteger numId = numPr.getNumId().getVal();
    int ilvl = numPr.isSetIlvl() ? numPr.getIlvl().getVal().intValue() : 0;
    if (numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= LEVELS) {
      return Optional.empty(); // numId 0 switches numbering off
    }
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null) {
      return Optional.empty();
    }
    CTNum ctNum = num.getCTNum();
    BigInteger abstractId = ctNum.getAbstractNumId().getVal();
    XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
    if (abs == null) {
      return Optional.empty();
    }
    CTLvl[] lvls = levels(abs.getCTAbstractNum(), ctNum);
    int[] count = counters.computeIfAbsent(abstractId, k -> fresh());
    if (numsSeen.add(numId)) {
      for (CTNumLvl o : ctNum.getLvlOverrideArray()) {
        int l = o.getIlvl().intValue();
        if (l >= 0 && l < LEVELS && (o.isSetStartOverride() || o.isSetLvl())) {
          count[l] = NOT_STARTED;
        }
      }
    }
    count[ilvl] = count[ilvl] == NOT_STARTED ? start(lvls[ilvl]) : count[ilvl] + 1;
    for (int l = ilvl + 1; l < LEVELS; l++) {
      CTLvl below = lvls[l];
      boolean neverRestarts = below != null && below.isSetLvlRestart() && below.getLvlRestart().getVal().signum() == 0;
      if (!neverRestarts) {
        count[l] = NOT_STARTED;
      }
    }
    return Optional.of(format(lvls, count, ilvl)).filter(s -> !s.isBlank());
  }

  private static int[] fresh() {
    int[] c = new int[LEVELS];
    java.util.Arrays.fill(c, NOT_STARTED);
    return c;
  }

  /** The level definitions of a num: the abstract definition's, with the num's overrides. */
  private static CTLvl[] levels(CTAbstractNum abs, CTNum num) {
    CTLvl[] out = new CTLvl[LEVELS];
    for (CTLvl l : abs.getLvlArray()) {
      int i = l.getIlvl().intValue();
      if (i >= 0 && i < LEVELS) {
        out[i] = l;
      }
    }
    for (CTNumLvl o : num.getLvlOverrideArray()) {
      int i = o.getIlvl().intValue();
      if (i < 0 || i >= LEVELS) {
        continue;
      }
      if (o.isSetLvl()) {
        out[i] = o.getLvl();
      }
      if (o.isSetStartOverride()) {
        CTLvl copy = out[i] == null ? CTLvl.Factory.newInstance() : (CTLvl) out[i].copy();
        if (!copy.isSetStart()) {
          copy.addNewStart();
        }
        copy.getStart().setVal(o.getStartOverride().getVal());
        out[i] = copy;
      }
    }
    return out;
  }

  private static int start(CTLvl lvl) {
    return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
  }

  private static String format(CTLvl[] lvls, int[] count, int ilvl) {
    CTLvl lvl = lvls[ilvl];
    if (lvl == null) {
      return "";
    }
    String fmt = lvl.isSetNumFmt() ? String.valueOf(lvl.getNumFmt().getVal()) : "decimal";
    String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
    if ("bullet".equals(fmt)) {
      return bullet(text);
    }
    if ("none".equals(fmt)) {
      text = text.replaceAll("%[1-9]", "");
    }
    boolean legal = lvl.isSetIsLgl() && isOn(lvl.getIsLgl().getDomNode());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
        int l = text.charAt(i + 1) - '1';
        i++;
        if (l > ilvl) {
          continue; // a level below this one has no number here
        }
        int n = count[l] == NOT_STARTED ? start(lvls[l]) : count[l];
        String f = legal ? "decimal"
            : lvls[l] != null && lvls[l].isSetNumFmt() ? String.valueOf(lvls[l].getNumFmt().getVal()) : "decimal";
        out.append(number(n, f));
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** An on/off element ({@code w:isLgl}): on when it has no {@code w:val} or a true one. */
  static boolean isOn(org.w3c.dom.Node element) {
    if (!(element instanceof org.w3c.dom.Element)) {
      return true;
    }
    String v = ((org.w3c.dom.Element) element).getAttributeNS(DocxText.W, "val");
    return v.isEmpty() || v.equals("true") || v.equals("1") || v.equals("on");
  }

  /** A bullet as the text reader knows list items: "-", "+", "•" kept; a symbol font's private character is "•". */
  static String bullet(String lvlText) {
    String t = lvlText.strip();
    if (t.isEmpty()) {
      return "•";
    }
    int c = t.codePointAt(0);
    if (c == '-' || c == '+' || c == '•') {
      return Character.toString(c);
    }
    if (c == '–' || c == '—' || c == '−') {
      return "-";
    }
    return "•";
  }

  /** A counter in a number format; formats other than these are written in decimal. */
  static String number(int n, String format) {
    switch (format) {
      case "lowerLetter":
        return letters(n).toLowerCase(java.util.Locale.ROOT);
      case "upperLetter":
        return letters(n);
      case "lowerRoman":
        return roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman":
        return roman(n);
      case "decimalZero":
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
      case "none":
        return "";
      default:
        return Integer.toString(n);
    }
  }

  /** Word's letters: 1 = A … 26 = Z, 27 = AA, 28 = BB (the letter repeated). */
  static String letters(int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    char c = (char) ('A' + (n - 1) % 26);
    return Character.toString(c).repeat((n - 1) / 26 + 1);
  }

  /** Roman numerals 1–3999; other numbers in decimal. */
  static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(symbols[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }

  /** The paragraph's own numPr, else its style's (following basedOn, at most 16 steps). */
  private CTNumPr numPr(XWPFParagraph p) {
    CTPPr ppr = p.getCTP().getPPr();
    if (ppr != null && ppr.isSetNumPr()) {
      return ppr.getNumPr();
    }
    if (styles == null) {
      return null;
    }
    String styleId = p.getStyleID();
    for (int i = 0; styleId != null && i < 16; i++) {
      XWPFStyle style = styles.getStyle(styleId);
      if (style == null) {
        return null;
      }
      CTStyle ct = style.getCTStyle();
      CTPPrGeneral sp = ct.getPPr();
      if (sp != null && sp.isSetNumPr()) {
        return sp.getNumPr();
      }
      styleId = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
    }
    return null;
  }
}
