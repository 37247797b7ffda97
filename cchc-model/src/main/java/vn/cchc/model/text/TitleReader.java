package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.DateWindow;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;

/**
 * Reads the title and the reporting period: "BÁO CÁO" and the title under it (on one line or
 * several, hard-wrapped anywhere), or the one sentence a portal re-post states its metadata in
 * ("Báo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả … năm 2023"). Internal.
 */
final class TitleReader {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** A number and symbol, spaces allowed around "/" and "-": "45/BC-UBND", "228/ BC-UBND". */
  private static final String NUMBER = "\\d{1,6}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[\\p{L}]+\\s*-\\s*[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*";
  private static final Pattern SENTENCE = Pattern.compile("Báo\\s+cáo\\s+số\\s*:?\\s*(" + NUMBER
      + ")\\s*(?:,\\s*)?(?:ngày\\s+" + ReadContext.EITHER_DATE + "\\s*(?:,\\s*)?)?của\\s+(.+?)\\s+về\\s+(?:việc\\s+)?(.+?)[.;]?", CI);
  private static final Pattern YEAR_IN = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern QUARTER = Pattern.compile(
      "(?<![\\p{L}])(?:quý\\s+(IV|III|II|I|[1-4])(?![\\p{L}\\p{N}])|(6|sáu)\\s+tháng(?:\\s+(đầu|cuối)\\s+năm)?"
          + "|(9|chín)\\s+tháng|tháng\\s+(\\d{1,2})(?!\\d)|(năm))(?![\\p{L}])", CI);
  private static final Pattern ANY_QUARTER = Pattern.compile("(?<![\\p{L}])quý\\s+([\\p{L}\\p{N}]+)", CI);
  private static final Pattern VALID_QUARTER = Pattern.compile("IV|III|II|I|[1-4]", CI);
  private static final Pattern YEAR = Pattern.compile("(?:năm\\s+|/)(\\d{4})(?!\\d)", CI);

  /** A draft mark written before the title word on its line: "DỰ THẢO BÁO CÁO", "(Dự thảo) BÁO CÁO". */
  private static final Pattern DRAFT_BEFORE = Pattern.compile(
      "[(\\[]?\\s*DỰ\\s+THẢO(?:\\s+(?:lần\\s+)?\\d+)?\\s*[)\\]]?\\s*(?=BÁO CÁO)", CI);

  /** The title as one span, the 0-based line after it, and whether the title word carried a draft mark. */
  record Title(Span span, int next, boolean draft) {}

  /** What a metadata sentence states. */
  record Sentence(Optional<DocumentNumber> number, Optional<LocalDate> date, Optional<IssuingUnit> issuer,
      SourceLocation at, Span title) {}

  private final ReadContext ctx;

  TitleReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** {@return true when a line is the title word "BÁO CÁO", alone or followed by the upper-case title} */
  static boolean isTitleWord(String line) {
    if (!line.contains("BÁO CÁO")) {
      return false;
    }
    String p = withoutDraftMark(Texts.plain(line));
    return p.equals("BÁO CÁO") || (p.startsWith("BÁO CÁO ") && Texts.isUpper(p));
  }

  /** {@return the text after a draft mark standing before "BÁO CÁO" ("DỰ THẢO BÁO CÁO" → "BÁO CÁO"), or the text} */
  private static String withoutDraftMark(String plain) {
    Matcher m = DRAFT_BEFORE.matcher(Work.view(plain));
    return m.lookingAt() && m.end() > 0 ? plain.substring(m.end()) : plain;
  }

  /** {@return true when a line is a metadata sentence} */
  static boolean isSentence(String line) {
    return line.indexOf("số") > 0 && line.indexOf("của") > 0 && line.indexOf("áo cáo") >= 0
        && SENTENCE.matcher(Work.view(Texts.plain(line))).matches();
  }

  /** Reads the title after the "BÁO CÁO" line {@code i} (0-based), up to line {@code limit}. */
  Optional<Title> read(int i, int limit) {
    ctx.mark(i + 1, LineUse.TITLE);
    String word = ctx.line(i);
    Span title = null;
    int k = i + 1;
    String p = withoutDraftMark(Texts.plain(word));
    boolean draft = p.length() < Texts.plain(word).length();
    if (draft) {
      String mark = Texts.plain(word).substring(0, Texts.plain(word).length() - p.length()).strip();
      ctx.problem(ctx.atText(i), ProblemKind.DRAFT, Problems.of("header.draft"), mark);
    }
    if (p.length() > "BÁO CÁO".length()) {
      Span all = Span.ofLine(ctx.lines, i + 1);
      int off = all.text().indexOf("BÁO CÁO") + "BÁO CÁO".length();
      while (off < all.text().length() && Character.isWhitespace(all.text().charAt(off))) {
        off++;
      }
      title = all.sub(off, all.text().length());
    } else {
      while (k < limit && (ctx.line(k).isBlank() || HeaderReader.DECORATION.matcher(Work.view(Texts.plain(ctx.line(k)))).matches())) {
        if (!ctx.line(k).isBlank()) {
          ctx.mark(k + 1, LineUse.TITLE); // a rule under "BÁO CÁO"
        }
        k++;
      }
      if (k >= limit) {
        return Optional.empty();
      }
      title = Span.ofLine(ctx.lines, k + 1);
      ctx.mark(k + 1, LineUse.TITLE);
      k++;
    }
    int joined = 0;
    while (k < limit && continuesTitle(title.text(), ctx.line(k))) {
      title.append(" ", k + 1, lead(ctx.line(k)), Texts.strippedEnd(ctx.line(k)));
      ctx.mark(k + 1, LineUse.TITLE);
      joined++;
      k++;
    }
    if (joined > 0) {
      ctx.problem(title.start(), ProblemKind.REPAIRED_TEXT, ProblemSeverity.INFO,
          Problems.of("title.joined", (long) (joined + 1)), title.text());
    }
    return Optional.of(new Title(title, k, draft));
  }

  /**
   * Whether a line continues the title: it is not blank, not a separator, not a section heading, and
   * either the title has no year yet, or the line goes on in the title's case (lower case after a
   * sentence-case title, upper case after an upper-case one).
   */
  private static boolean continuesTitle(String title, String line) {
    String t = Texts.plain(line);
    if (t.isEmpty() || HeaderReader.DECORATION.matcher(Work.view(t)).matches() || NarrativeReader.looksLikeHeading(t)
        || t.startsWith("-") || t.startsWith("+") || t.startsWith("(")) {
      return false;
    }
    if (!YEAR_IN.matcher(Work.view(title)).find()) {
      return true;
    }
    return Texts.isUpper(title) ? Texts.isUpper(t) : Texts.startsLowerOrDigit(t);
  }

  private static int lead(String line) {
    return Texts.leadingBlanks(line);
  }

  /** The longest text taken as a title that has no "BÁO CÁO" above it. */
  static final int UNTITLED_MAX = 300;

  /**
   * {@return true when the text of lines that stand between the header and the first heading reads as a
   * title without the word "BÁO CÁO" above it: short, not a sentence leading into a list (":", ";" at its
   * end), and stating a reporting period with its year ("… 9 tháng đầu năm 2022")}
   */
  static boolean isUntitledTitle(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.length() <= UNTITLED_MAX && !t.endsWith(":") && !t.endsWith(";")
        && QUARTER.matcher(Work.view(t)).find() && YEAR.matcher(Work.view(t)).find();
  }

  /**
   * Reads a title written without "BÁO CÁO" above it, on the non-blank lines from {@code i} to
   * {@code limit} (0-based, exclusive), each line one piece of it, as a portal posts the report's title
   * paragraph by paragraph.
   */
  Title untitled(int i, int limit) {
    Span title = null;
    int pieces = 0;
    for (int k = i; k < limit; k++) {
      String line = ctx.line(k);
      if (line.isBlank()) {
        continue;
      }
      ctx.mark(k + 1, LineUse.TITLE);
      if (title == null) {
        title = Span.ofLine(ctx.lines, k + 1);
      } else {
        title.append(" ", k + 1, lead(line), Texts.strippedEnd(line));
      }
      pieces++;
    }
    if (pieces > 1) {
      ctx.problem(title.start(), ProblemKind.REPAIRED_TEXT, ProblemSeverity.INFO,
          Problems.of("title.joined", (long) pieces), title.text());
    }
    return new Title(title, limit, false);
  }

  /** Reads a metadata sentence on line {@code i} (0-based). */
  Sentence sentence(int i) {
    ctx.mark(i + 1, LineUse.TITLE);
    String line = ctx.line(i);
    Span all = Span.ofLine(ctx.lines, i + 1);
    String text = all.text();
    Matcher m = SENTENCE.matcher(Work.view(text));
    if (!m.matches()) {
      // the plain form matched (markup or emphasis around it): read the plain text
      m = SENTENCE.matcher(Work.view(Texts.plain(line)));
      m.matches();
    }
    SourceLocation at = ctx.atText(i);
    Optional<DocumentNumber> number = Optional.ofNullable(ReferenceReader.readNumber(m.group(1), all.at(m.start(1)),
        ctx));
    LocalDate date = m.group(2) != null || m.group(3) != null ? ctx.date(m, 2, all) : null;
    Optional<IssuingUnit> issuer = new IssuerReader(ctx).named(Texts.normalise(m.group(6)), all.at(m.start(6)),
        Optional.ofNullable(date));
    Span title = m.end(7) <= text.length() && text.startsWith(m.group(7), m.start(7))
        ? all.sub(m.start(7), m.end(7)) : all;
    return new Sentence(number, Optional.ofNullable(date), issuer, at, title);
  }

  /**
   * The reporting period of a title: the <em>first</em> period phrase ("quý I", "6 tháng [đầu|cuối]
   * năm", "9 tháng", "tháng N", "năm") with the first "năm yyyy" (or "/yyyy") as its year. Records a
   * problem and returns empty when there is none.
   */
  Optional<ReportingPeriod> period(String title, SourceLocation at, Optional<DateWindow> window) {
    Matcher q = ANY_QUARTER.matcher(Work.view(title));
    if (q.find() && !VALID_QUARTER.matcher(Work.view(q.group(1))).matches()) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, Problems.of("title.quarter-invalid"),
          q.group());
      return Optional.empty();
    }
    Matcher m = QUARTER.matcher(Work.view(title));
    PeriodKind kind = null;
    int index = 1;
    if (m.find()) {
      if (m.group(1) != null) {
        kind = PeriodKind.QUARTER;
        index = switch (m.group(1).toUpperCase(Locale.ROOT)) {
          case "I", "1" -> 1;
          case "II", "2" -> 2;
          case "III", "3" -> 3;
          default -> 4;
        };
      } else if (m.group(2) != null) {
        kind = PeriodKind.SIX_MONTHS;
        index = "cuối".equalsIgnoreCase(m.group(3)) ? 2 : 1;
      } else if (m.group(4) != null) {
        kind = PeriodKind.NINE_MONTHS;
      } else if (m.group(5) != null) {
        kind = PeriodKind.MONTH;
        index = Integer.parseInt(m.group(5));
      } else {
        kind = PeriodKind.YEAR;
      }
    }
    Matcher y = YEAR.matcher(Work.view(title));
    if (kind == null || !y.find()) {
      ctx.problem(at, ProblemKind.MISSING_METADATA, Problems.of("title.no-period"), title);
      return Optional.empty();
    }
    try {
      return Optional.of(ReportingPeriod.builder().year(Integer.parseInt(y.group(1))).kind(kind).index(index)
          .dataWindow(window).build());
    } catch (InvalidModelException e) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, Problems.of("title.period-invalid", String.valueOf(e.getMessage())), title);
      return Optional.empty();
    }
  }
}
