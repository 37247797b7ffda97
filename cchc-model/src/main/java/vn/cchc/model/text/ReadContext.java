package vn.cchc.model.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.message.Message;

/**
 * What one read shares between the zone readers: the NFC lines, what each line became, and the
 * problems found so far. Every zone reader marks the lines it takes and records its problems here;
 * at the end every non-blank line has a use or is a problem. Internal.
 */
final class ReadContext {

  /** What a line of the input became. Every non-blank line gets one. */
  enum LineUse {
    BLANK, SKIPPED, HEADER, TITLE, NARRATIVE, CLOSING, RECIPIENT, SIGNATURE, CAPTION, TABLE_HEADER, APPENDIX_ROW,
    PROBLEM
  }

  /**
   * A date in either form a report writes: "12/03/2024" (spaces around "/" allowed; group 1, the whole
   * date) or "12 tháng 03 năm 2024" (groups 2–4: day, month, year). Embed it in a larger expression and
   * read a match with {@link #date(Matcher, int, Span)}.
   */
  static final String EITHER_DATE = "(?:(\\d{1,2}\\h*/\\h*\\d{1,2}\\h*/\\h*\\d{4})"
      + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))";

  private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");

  final CatalogueIndex index;
  final List<String> lines;
  private final LineUse[] use;
  private final List<ReadProblem> problems = new ArrayList<>();

  ReadContext(CatalogueIndex index, List<String> lines) {
    this.index = index;
    this.lines = lines;
    this.use = new LineUse[lines.size()];
  }

  /** {@return the number of lines} */
  int size() {
    return lines.size();
  }

  /** {@return line {@code i}, 0-based} */
  String line(int i) {
    return lines.get(i);
  }

  /** {@return what line {@code i} (0-based) became so far, or null} */
  LineUse use(int i) {
    return use[i];
  }

  /** Records a problem with its kind's default severity and marks its line. */
  void problem(SourceLocation at, ProblemKind kind, Message message, String offending) {
    problem(at, kind, kind.defaultSeverity(), message, offending);
  }

  /**
   * Records a problem. A problem at {@link ProblemSeverity#INFO} (a sure repair) leaves the line's
   * use alone; a warning or an error marks the line as a problem line.
   */
  void problem(SourceLocation at, ProblemKind kind, ProblemSeverity severity, Message message, String offending) {
    problems.add(ReadProblem.of(at, kind, severity, message, offending));
    if (severity != ProblemSeverity.INFO && kind != ProblemKind.REPAIRED_TEXT && kind != ProblemKind.EXTRA_COLUMN) {
      mark(at.line(), LineUse.PROBLEM);
    }
  }

  /** {@return the problems recorded so far, in the order found} */
  List<ReadProblem> problems() {
    return problems;
  }

  /** Marks a 1-based line, unless it is already a problem line. */
  void mark(int lineNo, LineUse u) {
    if (lineNo >= 1 && lineNo <= use.length && use[lineNo - 1] != LineUse.PROBLEM && use[lineNo - 1] != LineUse.SKIPPED) {
      use[lineNo - 1] = u;
    }
  }

  /** {@return every line's use, index 0 for line 1} */
  List<LineUse> uses() {
    List<LineUse> out = new ArrayList<>(use.length);
    for (LineUse u : use) {
      out.add(u);
    }
    return out;
  }

  /** {@return the location of a char index in a 0-based line} */
  SourceLocation at(int i, int charIndex) {
    return SourceLocation.of(i + 1, SourceText.column(lines.get(i), charIndex));
  }

  /** One cell of a line in a two-column zone: its text without markup and emphasis, and where it starts. */
  record ColumnCell(String text, SourceLocation at) {}

  /**
   * The non-blank cells of line {@code i} (0-based) of a zone laid out in two columns (header,
   * recipients and signature): split as {@link Texts#columns} splits.
   */
  List<ColumnCell> columnCells(int i) {
    String line = lines.get(i);
    List<ColumnCell> out = new ArrayList<>();
    for (int[] c : Texts.columns(line)) {
      Cell cell = Cell.of(line, c[0], c[1]);
      String t = Texts.stripStars(cell.stripped());
      if (!t.isEmpty()) {
        out.add(new ColumnCell(t, at(i, cell.firstNonBlank())));
      }
    }
    return out;
  }

  /** {@return the location of a line's first non-blank character} */
  SourceLocation atText(int i) {
    if (i < 0 || i >= lines.size()) {
      return SourceLocation.of(Math.max(1, Math.min(i + 1, lines.size())), 1);
    }
    String line = lines.get(i);
    return at(i, Texts.leadingBlanks(line));
  }

  /**
   * Reads "dd/mm/yyyy" (spaces around the slashes allowed); records a problem and returns null when
   * the text is not such a date or the date does not exist.
   */
  LocalDate date(String ddmmyyyy, SourceLocation at) {
    Matcher m = DATE.matcher(Work.view(ddmmyyyy));
    if (!m.matches()) {
      problem(at, ProblemKind.INVALID_DATE, Problems.of("date.invalid"), ddmmyyyy);
      return null;
    }
    return date(m.group(1), m.group(2), m.group(3), at, ddmmyyyy);
  }

  /**
   * The date of an {@link #EITHER_DATE} match whose first group is {@code g}; null (and a problem at its
   * first digit) when it does not exist.
   */
  LocalDate date(Matcher d, int g, Span span) {
    if (d.group(g) != null) {
      return date(d.group(g), span.at(d.start(g)));
    }
    String written = d.group().substring(d.start(g + 1) - d.start(), d.end(g + 3) - d.start());
    return date(d.group(g + 1), d.group(g + 2), d.group(g + 3), span.at(d.start(g + 1)), written);
  }

  /** Builds a date from its day, month and year digits; records a problem and returns null when it does not exist. */
  LocalDate date(String day, String month, String year, SourceLocation at, String asWritten) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      problem(at, ProblemKind.INVALID_DATE, Problems.of("date.nonexistent", String.valueOf(e.getMessage())), asWritten);
      return null;
    }
  }
}
