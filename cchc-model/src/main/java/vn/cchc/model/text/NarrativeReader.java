package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.DateWindow;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;

/**
 * Reads the narrative between the title and "Nơi nhận": sections "I."–"X.", "1.", "1.1", letters
 * "a."; paragraphs and list items; the closing from "Trên đây"; the documents cited (through
 * {@link ReferenceReader}) and the data window "từ ngày … đến …". Internal.
 *
 * <p>Text copied from web pages and PDFs is hard-wrapped: a paragraph arrives as several lines with
 * no blank line between them. When most lines end near one width, the text is taken as wrapped at
 * that width and a line is joined to the one before when the one before was full (its next word
 * would not have fitted) or nearly full with this line going on in lower case — unless this line
 * starts a heading or a list item, or the one before ends a sentence and this one starts a new one.
 * Each joined paragraph is one {@link ProblemKind#REPAIRED_TEXT} problem at information level.
 */
final class NarrativeReader {
  // The heading and list-item patterns match the head of a line, "II. Đ…", "- "; whether the whole line is
  // one is asked with matchesLine, which scans the rest for line terminators instead of matching ".*" to the end.
  static final Pattern ROMAN = Pattern.compile("(IX|IV|V?I{1,3}|V|X)\\.\\s+(\\p{Lu})");
  static final Pattern NUMERIC = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})(\\.?)\\s+(\\p{Lu})");
  static final Pattern LETTER = Pattern.compile("([a-zđăâêôơư])([.,)])\\s*(\\p{Lu})");
  private static final Pattern SUB_BULLET = Pattern.compile("(-\\s*\\+|\\+)\\s+");
  private static final Pattern BULLET = Pattern.compile("([-•])\\s+");
  /** A heading's marker and the blanks after it; compiled once (String.replaceFirst compiles on every call). */
  private static final Pattern MARKER = Pattern.compile("^\\S+\\s+");
  private static final Pattern WINDOW = Pattern.compile(
      "[Tt]ừ\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})\\s+đến\\s+(?:ngày\\s+)?(\\d{1,2}/\\d{1,2}/\\d{4})");

  /** What the narrative holds. */
  record Narrative(List<NarrativeBlock> preamble, List<NarrativeSection> sections, List<NarrativeBlock> closing,
      List<DocumentReference> references, Optional<DateWindow> window) {}

  private static final int UNKNOWN_WIDTH = -2;

  private final ReadContext ctx;
  private final ReferenceReader refs;
  // one matcher of each heading and bullet pattern for the read, reset to each line that may match
  private final Matcher roman = ROMAN.matcher("");
  private final Matcher numeric = NUMERIC.matcher("");
  private final Matcher letter = LETTER.matcher("");
  private final Matcher subBullet = SUB_BULLET.matcher("");
  private final Matcher bullet = BULLET.matcher("");
  private final List<DocumentReference> references = new ArrayList<>();
  private DateWindow window;
  private boolean windowTried;
  /**
   * What each line of the narrative, stripped, starts like ({@link #SECTION}, {@link #ITEM}, {@link #PLAIN}; 0 when
   * not asked yet), index 0 for line {@link #shapesFrom}: the passes over the lines below ask it of every line, each
   * once instead of each pass again.
   */
  private byte[] shapes = new byte[0];
  private int shapesFrom;
  private static final byte SECTION = 1;
  private static final byte ITEM = 2;
  private static final byte PLAIN = 3;

  NarrativeReader(ReadContext ctx) {
    this.ctx = ctx;
    this.refs = new ReferenceReader(ctx);
  }

  /** {@return true when a line starts like a section heading or a list item} */
  static boolean looksLikeHeading(String t) {
    return looksLikeSection(t) || startsItem(t);
  }

  /** {@return true when a line starts like a list item} */
  private static boolean startsItem(String t) {
    return t.startsWith("- ") || t.startsWith("+ ") || t.startsWith("• ");
  }

  /** {@return true when a line starts like a section heading: "II. …", "1. …", "1.2 …"} */
  static boolean looksLikeSection(String t) {
    if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || "IVX".indexOf(t.charAt(0)) >= 0)) {
      return false;
    }
    if (!Character.isDigit(t.charAt(0))) { // a Roman numeral: NUMERIC cannot match
      return matchesLine(ROMAN.matcher(Work.view(t)), t);
    }
    if (t.charAt(0) > '9') { // a digit of another script: \d and ROMAN take only ASCII ones
      return false;
    }
    // NUMERIC's number and dot take only digits and dots, and \s must follow them: a line whose first run of digits
    // and dots ends at anything else ("1.492 hồ sơ" ends at a space, "2024," at a comma) is no heading, and no
    // matcher is made for it
    int i = 0;
    while (i < t.length() && (t.charAt(i) >= '0' && t.charAt(i) <= '9' || t.charAt(i) == '.')) {
      i++;
    }
    if (i == t.length() || !isRegexSpace(t.charAt(i))) {
      return false;
    }
    Matcher n = NUMERIC.matcher(Work.view(t)); // ROMAN cannot match a digit
    return matchesLine(n, t) && (n.group(1).indexOf('.') > 0 || !n.group(2).isEmpty());
  }

  /** {@return whether a character is white space as {@code \s} means it without UNICODE_CHARACTER_CLASS} */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@return whether a head pattern matches the whole text: its head, then the rest of the text to the end
   * without a line terminator (what the head followed by ".*" matches)}
   *
   * @param m a matcher of one of the head patterns above on {@code t}
   * @param t the text
   */
  static boolean matchesLine(Matcher m, String t) {
    if (!m.lookingAt()) {
      return false;
    }
    int from = m.end();
    // one indexOf per terminator (vectorised) rather than a loop comparing each character with all five
    return t.indexOf('\n', from) < 0 && t.indexOf('\r', from) < 0 && t.indexOf('\u0085', from) < 0
        && t.indexOf('\u2028', from) < 0 && t.indexOf('\u2029', from) < 0;
  }

  private static final class Sec {
    final String marker;
    final String norm;
    final int level; // 0 roman, 1..4 numeric depth, 9 letter
    final Span title;
    final Sec parent;
    final List<Blk> blocks = new ArrayList<>();
    final List<Sec> children = new ArrayList<>();

    Sec(String marker, int level, Span title, Sec parent) {
      this.marker = marker;
      this.norm = NarrativeSection.normalizeMarker(marker);
      this.level = level;
      this.title = title;
      this.parent = parent;
    }

    String path() {
      List<Sec> chain = new ArrayList<>();
      for (Sec s = this; s != null; s = s.parent) {
        chain.add(0, s);
      }
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < chain.size(); k++) {
        Sec s = chain.get(k);
        boolean extendedByNext = k + 1 < chain.size() && s.level >= 1 && s.level <= 4
            && chain.get(k + 1).level >= 1 && chain.get(k + 1).level <= 4;
        if (!extendedByNext) {
          sb.append(sb.length() == 0 ? "" : ".").append(s.norm);
        }
      }
      return sb.toString();
    }
  }

  private record Blk(NarrativeBlock.Kind kind, String marker, Span span) {}

  /** Reads lines {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
  Narrative read(int from, int to) {
    List<Sec> roots = new ArrayList<>();
    List<Blk> pre = new ArrayList<>();
    List<Blk> post = new ArrayList<>();
    Sec top = null;
    Blk last = null;
    boolean inClosing = false;
    for (Span ls : logicalLines(from, to)) {
      String t = ls.text();
      for (int l = ls.firstLine(); l <= ls.lastLine(); l++) {
        ctx.mark(l, inClosing ? LineUse.CLOSING : LineUse.NARRATIVE);
      }
      if (!inClosing) {
        Sec sec = heading(ls, top);
        if (sec != null) {
          if (sec.parent == null) {
            roots.add(sec);
          } else {
            sec.parent.children.add(sec);
          }
          top = sec;
          last = null;
          // a run-in heading: "a. Về công khai thủ tục hành chính: Các TTHC…"
          String rest = sec.title.text();
          int colon = runInColon(rest);
          if (colon > 0) {
            int restStart = colon + 1;
            while (restStart < rest.length() && Character.isWhitespace(rest.charAt(restStart))) {
              restStart++;
            }
            Sec runIn = new Sec(sec.marker, sec.level, sec.title.sub(0, colon), sec.parent);
            if (sec.parent == null) {
              roots.set(roots.size() - 1, runIn);
            } else {
              sec.parent.children.set(sec.parent.children.size() - 1, runIn);
            }
            top = runIn;
            last = new Blk(NarrativeBlock.Kind.PARAGRAPH, "", sec.title.sub(restStart, rest.length()));
            runIn.blocks.add(last);
          }
          continue;
        }
      }
      if (last != null && continues(last, t)) {
        last.span().appendAll(" ", ls);
        if (last.span().length() > ReportTextReader.MAX_PARAGRAPH_LENGTH) {
          throw LimitExceeded.of(ReportTextReader.MAX_PARAGRAPH_LENGTH, ls.start(),
              Problems.of("limit.paragraph-length"), "MAX_PARAGRAPH_LENGTH", t);
        }
        continue;
      }
      Blk b = block(ls);
      if (!inClosing && b.kind() == NarrativeBlock.Kind.PARAGRAPH && t.startsWith("Trên đây")) {
        inClosing = true;
        for (int l = ls.firstLine(); l <= ls.lastLine(); l++) {
          ctx.mark(l, LineUse.CLOSING);
        }
      }
      if (inClosing) {
        post.add(b);
      } else if (top != null) {
        top.blocks.add(b);
      } else {
        pre.add(b);
      }
      last = b;
    }
    List<NarrativeBlock> preamble = new ArrayList<>();
    for (Blk b : pre) {
      preamble.add(toBlock(b));
      refs.read(b.span(), "", references);
      scanWindow(b.span());
    }
    List<NarrativeSection> sections = new ArrayList<>();
    for (Sec s : roots) {
      sections.add(toSection(s));
    }
    List<NarrativeBlock> closing = new ArrayList<>();
    for (Blk b : post) {
      closing.add(toBlock(b));
      refs.read(b.span(), "", references);
    }
    references.sort(Comparator.comparing(DocumentReference::location));
    return new Narrative(preamble, sections, closing, references, Optional.ofNullable(window));
  }

  // ---------------------------------------------------------------- hard-wrapped lines

  /** The lines of the narrative with hard-wrapped paragraphs joined; blank lines left out. */
  private List<Span> logicalLines(int from, int to) {
    shapes = new byte[Math.max(0, to - from)];
    shapesFrom = from;
    boolean blankSeparated = blankSeparated(from, to);
    // the wrap width decides joins only in texts without blank lines between paragraphs; in the others
    // only a heading's continuation asks for it: found then
    int width = blankSeparated ? UNKNOWN_WIDTH : wrapWidth(from, to);
    List<Span> out = new ArrayList<>();
    Span cur = null;
    boolean curIsSection = false;
    int curLast = -1;
    int joins = 0;
    boolean blank = true;
    for (int i = from; i < to; i++) {
      String line = ctx.line(i);
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      Span span = Span.ofLine(ctx.lines, i + 1);
      if (blankSeparated && curIsSection && width == UNKNOWN_WIDTH) {
        width = wrapWidth(from, to);
      }
      if (cur != null && !blank && (blankSeparated
          ? goesOn(curIsSection, cur, ctx.line(curLast), span.text(), isHeading(i, span.text()), width)
          : width > 0 && wraps(ctx.line(curLast), span.text(), isHeading(i, span.text()), width))) {
        cur.appendAll(" ", span);
        if (cur.length() > ReportTextReader.MAX_PARAGRAPH_LENGTH) {
          throw LimitExceeded.of(ReportTextReader.MAX_PARAGRAPH_LENGTH, ctx.atText(i),
              Problems.of("limit.paragraph-length"), "MAX_PARAGRAPH_LENGTH", span.text());
        }
        curLast = i;
        joins++;
        continue;
      }
      reportJoins(cur, joins);
      joins = 0;
      out.add(span);
      cur = span;
      curIsSection = shape(i, span.text()) == SECTION;
      curLast = i;
      blank = false;
    }
    reportJoins(cur, joins);
    return out;
  }

  /**
   * {@return whether line {@code i} (0-based, not blank), stripped, starts like a heading or a list item}
   *
   * @param stripped the stripped line when the caller has it, or null
   */
  private boolean isHeading(int i, String stripped) {
    return shape(i, stripped) != PLAIN;
  }

  /** {@return what line {@code i} (0-based, not blank), stripped, starts like; asked of the patterns once a line} */
  private byte shape(int i, String stripped) {
    byte s = shapes[i - shapesFrom];
    if (s == 0) {
      String t = stripped != null ? stripped : ctx.line(i).strip();
      s = looksLikeSection(t) ? SECTION : startsItem(t) ? ITEM : PLAIN;
      shapes[i - shapesFrom] = s;
    }
    return s;
  }

  private void reportJoins(Span span, int joins) {
    if (span != null && joins > 0) {
      ctx.problem(span.start(), ProblemKind.REPAIRED_TEXT, ProblemSeverity.INFO, Problems.of("narrative.joined", (long) (joins + 1), String.valueOf(span.firstLine()),
          String.valueOf(span.lastLine())),
          span.text().substring(0, Math.min(40, span.text().length())));
    }
  }

  /**
   * The width the text is hard-wrapped at, or -1. Lines followed directly by a line that goes on in
   * lower case were certainly cut by the wrapping: when there are at least four, the longest of them
   * is the width. Otherwise the longest line is, when it is at most 200 characters and at least a
   * quarter of the lines (and at least four) end within 15 characters of it.
   */
  private int wrapWidth(int from, int to) {
    int max = 0;
    int count = 0;
    int cut = 0;
    int cutMax = 0;
    for (int i = from; i < to; i++) {
      int len = Texts.strippedEnd(ctx.line(i));
      if (len > 0) {
        max = Math.max(max, len);
        count++;
        // white space is neither a letter nor a digit: the line tells what its stripped text starts with
        String next = i + 1 < to ? ctx.line(i + 1) : "";
        if (len <= 200 && Texts.startsLowerOrDigit(next) && !isHeading(i + 1, null)) {
          cut++;
          cutMax = Math.max(cutMax, len);
        }
      }
    }
    if (cut >= 4) {
      return cutMax;
    }
    if (max == 0 || max > 200 || count < 6) {
      return -1;
    }
    int near = 0;
    for (int i = from; i < to; i++) {
      int len = Texts.strippedEnd(ctx.line(i));
      if (len > 0 && len >= max - 15) {
        near++;
      }
    }
    return near >= 4 && near * 4 >= count ? max : -1;
  }

  /**
   * Whether the text separates its paragraphs with blank lines: most headings and list items follow a
   * blank line. Then every line that follows another directly goes on with it.
   */
  private boolean blankSeparated(int from, int to) {
    int afterBlank = 0;
    int direct = 0;
    boolean blank = true;
    for (int i = from; i < to; i++) {
      String l = ctx.line(i);
      if (l.isBlank()) {
        blank = true;
        continue;
      }
      // the stripped line's shape, when the line is its stripped text but for leading blanks ("- " is an item, "-" not)
      if (Texts.strippedEnd(l) == l.length() ? isHeading(i, null)
          : looksLikeHeading(Character.isWhitespace(l.charAt(0)) ? l.strip() : l)) {
        if (blank) {
          afterBlank++;
        } else {
          direct++;
        }
      }
      blank = false;
    }
    return (afterBlank >= 1 && direct == 0) || (afterBlank >= 3 && afterBlank > 2 * direct);
  }

  /**
   * In a text whose paragraphs are separated by blank lines, a line goes on with the one before unless
   * it starts a heading or a list item; a heading goes on only in its own case.
   */
  private static boolean goesOn(boolean prevIsSection, Span prevSpan, String prevLine, String next,
      boolean nextIsHeading, int width) {
    if (nextIsHeading || next.startsWith("Nơi nhận") || next.startsWith("Trên đây")) {
      return false;
    }
    if (prevIsSection) {
      String prev = prevSpan.text(); // a heading: a line or two, never a long paragraph
      String title = MARKER.matcher(Work.view(prev)).replaceFirst("");
      int space = next.indexOf(' ');
      boolean full = width > 0 && Texts.strippedEnd(prevLine) + 1 + (space < 0 ? next.length() : space) > width;
      return Texts.isUpper(title) ? Texts.isUpper(next) : Texts.startsLowerOrDigit(next) || full;
    }
    return true;
  }

  private static boolean wraps(String prevLine, String next, boolean nextIsHeading, int width) {
    String prev = prevLine.stripTrailing();
    if (nextIsHeading || next.startsWith("Nơi nhận") || next.startsWith("Trên đây")) {
      return false;
    }
    char end = prev.charAt(prev.length() - 1);
    boolean sentenceEnds = ".!?…".indexOf(end) >= 0;
    if (sentenceEnds && !Texts.startsLowerOrDigit(next)) {
      return false;
    }
    int space = next.indexOf(' ');
    int firstWord = space < 0 ? next.length() : space;
    return prev.length() + 1 + firstWord > width
        || (prev.length() * 10 >= width * 7 && Texts.startsLowerOrDigit(next));
  }

  // ---------------------------------------------------------------- sections and blocks

  private static int runInColon(String title) {
    int colon = title.indexOf(':');
    if (colon <= 0 || colon + 1 >= title.length() || !Character.isWhitespace(title.charAt(colon + 1))) {
      return -1;
    }
    for (int i = colon + 2; i < title.length(); i++) { // not blank after the colon
      if (!Character.isWhitespace(title.charAt(i))) {
        return colon;
      }
    }
    return -1;
  }

  private Sec heading(Span ls, Sec top) {
    String t = ls.text();
    char c0 = t.isEmpty() ? ' ' : t.charAt(0);
    if (!Character.isDigit(c0) && "IVX".indexOf(c0) < 0 && !Character.isLowerCase(c0)) {
      return null; // no marker can start here
    }
    // each pattern is asked only of a line starting with its first character: I, V, X; an ASCII digit; a lower-case
    // letter
    Matcher m = "IVX".indexOf(c0) >= 0 ? roman.reset(Work.view(t)) : null;
    if (m != null && matchesLine(m, t)) {
      return new Sec(m.group(1) + ".", 0, ls.sub(m.start(2), t.length()), null);
    }
    m = c0 >= '0' && c0 <= '9' ? numeric.reset(Work.view(t)) : null;
    if (m != null && matchesLine(m, t)) {
      String num = m.group(1);
      int depth = 1; // the number of its parts, "1.2" two: it has no empty part
      for (int k = 0; k < num.length(); k++) {
        depth += num.charAt(k) == '.' ? 1 : 0;
      }
      if (depth == 1) {
        if (m.group(2).isEmpty()) {
          return null;
        }
        Sec parent = top;
        while (parent != null && parent.level != 0) {
          parent = parent.parent;
        }
        return new Sec(num + ".", 1, ls.sub(m.start(3), t.length()), parent);
      }
      String prefix = num.substring(0, num.lastIndexOf('.'));
      for (Sec p = top; p != null; p = p.parent) {
        if (p.level == depth - 1 && p.norm.equals(prefix)) {
          return new Sec(num + m.group(2), depth, ls.sub(m.start(3), t.length()), p);
        }
      }
      return null;
    }
    m = Character.isLowerCase(c0) ? letter.reset(Work.view(t)) : null;
    if (m != null && matchesLine(m, t)) {
      Sec parent = top;
      while (parent != null && parent.level == 9) {
        parent = parent.parent;
      }
      if (parent == null) {
        return null;
      }
      return new Sec(m.group(1) + m.group(2), 9, ls.sub(m.start(3), t.length()), parent);
    }
    return null;
  }

  /** A line continues the previous block across a page break: it starts lower case and the block did not end. */
  private static boolean continues(Blk last, String t) {
    char end = last.span().lastNonBlank();
    if (end == ' ' || ".!?;:…".indexOf(end) >= 0) {
      return false;
    }
    // a lower-case letter starts no bullet: BULLET and SUB_BULLET start with "-", "•" or "+"
    return Character.isLowerCase(t.codePointAt(0));
  }

  private Blk block(Span ls) {
    String t = ls.text();
    if (!isBulletStart(t)) {
      return new Blk(NarrativeBlock.Kind.PARAGRAPH, "", ls); // the usual paragraph: no matcher
    }
    Matcher m = subBullet.reset(Work.view(t));
    if (matchesLine(m, t)) {
      return new Blk(NarrativeBlock.Kind.SUB_BULLET, m.group(1), ls.sub(m.end(), t.length()));
    }
    m = bullet.reset(Work.view(t));
    if (matchesLine(m, t)) {
      return new Blk(NarrativeBlock.Kind.BULLET, m.group(1), ls.sub(m.end(), t.length()));
    }
    return new Blk(NarrativeBlock.Kind.PARAGRAPH, "", ls);
  }

  /** {@return whether a text starts with the first character of a {@link #BULLET} or {@link #SUB_BULLET}} */
  private static boolean isBulletStart(String t) {
    return !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+' || t.charAt(0) == '•');
  }

  private static NarrativeBlock toBlock(Blk b) {
    return NarrativeBlock.builder().kind(b.kind()).marker(b.marker().isEmpty() ? Optional.empty() : Optional.of(b.marker()))
        .text(b.span().text()).location(b.span().start()).build();
  }

  private NarrativeSection toSection(Sec s) {
    String path = s.path();
    refs.read(s.title, path, references);
    scanWindow(s.title);
    List<NarrativeBlock> blocks = new ArrayList<>();
    for (Blk b : s.blocks) {
      blocks.add(toBlock(b));
      refs.read(b.span(), path, references);
      scanWindow(b.span());
    }
    List<NarrativeSection> kids = new ArrayList<>();
    for (Sec c : s.children) {
      kids.add(toSection(c));
    }
    SourceLocation at = s.title.start();
    String line = ctx.line(at.line() - 1);
    int markerCol = SourceText.column(line, Texts.leadingBlanks(line));
    return NarrativeSection.builder().marker(s.marker).title(s.title.text())
        .location(SourceLocation.of(at.line(), markerCol)).blocks(blocks).children(kids).build();
  }

  private void scanWindow(Span span) {
    if (window != null || windowTried) {
      return;
    }
    if (span.text().indexOf("ừ ngày") < 0) {
      return;
    }
    Matcher m = WINDOW.matcher(Work.view(span.text()));
    if (m.find()) {
      LocalDate from = ctx.date(m.group(1), span.at(m.start(1)));
      LocalDate to = ctx.date(m.group(2), span.at(m.start(2)));
      windowTried = true;
      if (from != null && to != null) {
        if (to.isBefore(from)) {
          ctx.problem(span.at(m.start()), ProblemKind.INVALID_DATE, Problems.of("narrative.window-reversed"), m.group());
        } else {
          window = DateWindow.of(from, to);
        }
      }
    }
  }
}
