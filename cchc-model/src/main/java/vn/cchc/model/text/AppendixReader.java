package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;
import vn.cchc.model.text.TableLayout.Role;

/**
 * Reads the appendix: its heading ("PHỤ LỤC", "PHỤ LỤC I", "Phụ lục số 01", "Biểu số 01"), its title
 * lines and the caption "(Kèm theo Báo cáo số … ngày … của …)", the table header (from which
 * {@link TableLayout} takes the separator and the columns), and every row, matched to the catalogue.
 * Internal.
 */
final class AppendixReader {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern HEADING = Pattern.compile(
      "(?:PHỤ\\s+LỤC|Phụ\\s+lục)(?:\\s+số)?(?:\\s*:?\\s*(?:[IVXLC]+|\\d{1,3}[a-zđ]?))?\\s*[:.]?"
          + "|(?:BIỂU|Biểu)(?:\\s+mẫu)?\\s+số\\s*:?\\s*[\\p{L}\\p{N}./-]+", CI);
  private static final Pattern CAPTION_START = Pattern.compile(
      "\\(?\\s*Kèm\\s+theo\\s+báo\\s+cáo\\s*(?:số\\s*:?)?\\s*", CI);
  private static final Pattern BLANK_NUMBER = Pattern.compile("[\\s.…_]*/.*");
  private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})?\\s*/\\s*(\\d{1,2})?\\s*/\\s*(\\d{4})");
  private static final Pattern LONG_DATE = Pattern.compile("(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})", CI);
  /**
   * {@return whether a text is an STT code "1", "1.2", "1.2.": what "\\d{1,3}(?:\\.\\d{1,3})*\\.?" matches,
   * tested by hand as it is asked of every row}
   */
  static boolean isCode(String s) {
    int n = s.length();
    int i = 0;
    while (true) {
      int digits = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i - digits < 1 || i - digits > 3) {
        return false;
      }
      if (i == n || (s.charAt(i) == '.' && i + 1 == n)) {
        return true;
      }
      if (s.charAt(i) != '.') {
        return false;
      }
      i++;
    }
  }

  /** What the caption says. */
  record Caption(Optional<DocumentNumber> number, Optional<LocalDate> date, Optional<IssuingUnit> issuer,
      SourceLocation at) {}

  /** What the appendix holds. */
  record Appendix(List<AppendixEntry> entries, Optional<Caption> caption, Optional<Span> title) {}

  private final ReadContext ctx;

  private final Optional<String> superior;

  /**
   * A reader of the appendix.
   *
   * @param superior the body the header names above the issuer, for an issuer in the caption whose level
   *     only that body tells ("UBND thành phố Sông Công" under "UBND TỈNH THÁI NGUYÊN")
   */
  AppendixReader(ReadContext ctx, Optional<String> superior) {
    this.ctx = ctx;
    this.superior = superior;
  }

  /** {@return true when a line is an appendix heading} */
  static boolean isHeading(String line) {
    if (line.length() > 80 || !(line.contains("LỤC") || line.contains("lục") || line.contains("iểu") || line.contains("IỂU"))) {
      return false;
    }
    String p = Texts.plain(line);
    return p.length() < 40 && HEADING.matcher(Work.view(p)).matches();
  }

  /** Reads lines {@code from} (the heading or the table header, 0-based) to {@code to} (exclusive). */
  Appendix read(int from, int to) {
    int i = from;
    SourceLocation startAt = ctx.atText(from);
    StringBuilder caption = null;
    SourceLocation captionAt = null;
    Span title = null;
    for (; i < to; i++) {
      String line = ctx.line(i);
      if (line.isBlank()) {
        continue;
      }
      if (TableLayout.isHeaderStart(line) || (caption == null || caption.indexOf(")") >= 0) && looksLikeRow(line)) {
        break;
      }
      String t = Texts.plain(line);
      SourceLocation at = ctx.atText(i);
      if (isHeading(line)) {
        ctx.mark(i + 1, LineUse.CAPTION);
      } else if (caption == null && t.contains("Kèm theo")) {
        caption = new StringBuilder(t);
        captionAt = at;
        ctx.mark(i + 1, LineUse.CAPTION);
      } else if (caption != null && caption.indexOf(")") < 0 && caption.charAt(0) == '(') {
        caption.append(' ').append(t);
        ctx.mark(i + 1, LineUse.CAPTION);
      } else if (Texts.isUpper(t) || t.startsWith("Đơn vị tính") || t.startsWith("(Số liệu")) {
        ctx.mark(i + 1, LineUse.CAPTION);
        if (Texts.isUpper(t) && caption == null) {
          Span s = Span.ofLine(ctx.lines, i + 1);
          title = title == null ? s : title.appendAll(" ", s);
        }
      } else {
        ctx.problem(at, ProblemKind.UNRECOGNISED_LINE, Problems.of("appendix.stray-line"), t);
      }
    }
    Optional<Caption> cap = caption == null ? Optional.empty() : caption(caption.toString(), captionAt);
    List<AppendixEntry> entries = i < to ? table(i, to) : List.of();
    if (entries.isEmpty()) {
      ctx.problem(startAt, ProblemKind.EMPTY_TABLE, Problems.of("appendix.empty"), Texts.plain(ctx.line(from)));
    }
    return new Appendix(entries, cap, Optional.ofNullable(title));
  }

  /** A line with a tab or "|" whose first cell is a code or "Trong đó". */
  private static boolean looksLikeRow(String line) {
    if (line.indexOf('\t') < 0 && line.indexOf('|') < 0) {
      return false;
    }
    List<int[]> segs = TableLayout.segments(line, TableLayout.separatorOf(line));
    String first = Texts.plain(line.substring(segs.get(0)[0], segs.get(0)[1]));
    return isCode(first) || first.startsWith("Trong") || first.isEmpty();
  }

  /**
   * Reads "(Kèm theo Báo cáo số N ngày D của ISSUER)": split at the words " ngày " and " của " (read
   * in one pass, no backtracking), the number and date possibly left blank in a draft.
   */
  private Optional<Caption> caption(String caption, SourceLocation at) {
    Matcher start = CAPTION_START.matcher(Work.view(caption));
    String lower = caption.toLowerCase(java.util.Locale.ROOT);
    int day = start.lookingAt() ? lower.indexOf(" ngày ", start.end()) : -1;
    int of = day < 0 ? -1 : lower.indexOf(" của ", day);
    if (day < 0 || of < 0) {
      ctx.problem(at, ProblemKind.INVALID_METADATA,
          Problems.of("caption.invalid"), caption);
      return Optional.empty();
    }
    String numberText = caption.substring(start.end(), day).strip();
    if (numberText.endsWith(",")) { // "số 45/BC-UBND, ngày …" (replaceFirst(",$") compiled a regex per caption)
      numberText = numberText.substring(0, numberText.length() - 1);
    }
    String dateText = caption.substring(day + " ngày ".length(), of).strip();
    String issuerText = Texts.trimEnd(caption.substring(of + " của ".length()).strip(), ").*", true);
    Optional<DocumentNumber> num = Optional.ofNullable(ReferenceReader.readNumber(numberText, at, ctx));
    if (num.isEmpty() && !BLANK_NUMBER.matcher(Work.view(numberText)).matches()) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, Problems.of("caption.number-invalid"),
          numberText);
    }
    LocalDate d = null;
    Matcher dm = SHORT_DATE.matcher(Work.view(dateText));
    if (!dm.matches()) {
      dm = LONG_DATE.matcher(Work.view(dateText));
    }
    if (!dm.matches()) {
      ctx.problem(at, ProblemKind.INVALID_DATE, Problems.of("caption.date-invalid"),
          dateText);
    } else if (dm.group(1) != null && dm.group(2) != null) {
      d = ctx.date(dm.group(1), dm.group(2), dm.group(3), at, dateText);
    }
    Optional<IssuingUnit> issuer = new IssuerReader(ctx).named(Texts.normalise(issuerText), at, Optional.ofNullable(d),
        superior);
    return Optional.of(new Caption(num, Optional.ofNullable(d), issuer, at));
  }

  // ---------------------------------------------------------------- the table

  private List<AppendixEntry> table(int from, int to) {
    TableLayout layout;
    int i = from;
    SourceLocation headerAt = ctx.atText(from);
    if (TableLayout.isHeaderStart(ctx.line(from))) {
      List<String> header = new ArrayList<>();
      header.add(ctx.line(from));
      ctx.mark(from + 1, LineUse.TABLE_HEADER);
      i = from + 1;
      TableLayout first = TableLayout.detect(header);
      if (i < to && !ctx.line(i).isBlank() && !TableLayout.isHeaderStart(ctx.line(i)) && !isRule(ctx.line(i))
          && (first.isHeaderLine(ctx.line(i)) || first.continuesHeader(ctx.line(i)))) {
        header.add(ctx.line(i));
        ctx.mark(i + 1, LineUse.TABLE_HEADER);
        i++;
      }
      layout = TableLayout.detect(header);
      if (!layout.usable()) {
        ctx.problem(headerAt, ProblemKind.MALFORMED_ROW, Problems.of("table.header-unknown"), Texts.plain(ctx.line(from)));
        layout = TableLayout.standard(layout.separator);
      }
    } else {
      layout = TableLayout.standard(TableLayout.separatorOf(ctx.line(from)));
    }
    int[] extraValues = new int[layout.roles.size()];
    List<AppendixEntry> out = new ArrayList<>();
    RowReader rows = new RowReader(ctx, layout, extraValues, out);
    for (; i < to; i++) {
      String line = ctx.line(i);
      if (line.isBlank()) {
        continue;
      }
      List<int[]> segs = TableLayout.segments(line, layout.separator);
      // a coded row's plain text starts with its digits (or the "|" before them): no heading, no caption
      boolean coded = rows.isCodedRow(line, segs);
      if (!coded && layout.isHeaderLine(line, segs)) {
        ctx.mark(i + 1, LineUse.TABLE_HEADER);
      } else if (!coded && (isHeading(line)
          || (line.contains("Kèm theo") && Texts.plain(line).startsWith("(Kèm theo")))) {
        ctx.mark(i + 1, LineUse.CAPTION);
      } else {
        rows.row(i, segs);
      }
    }
    for (int k = 0; k < layout.roles.size(); k++) {
      if (layout.roles.get(k) == Role.EXTRA && (extraValues[k] > 0 || !layout.headers.get(k).isEmpty())) {
        ctx.problem(headerAt, ProblemKind.EXTRA_COLUMN, Problems.of(extraValues[k] == 1 ? "table.extra-column.one" : "table.extra-column.other",
            layout.headers.get(k), (long) extraValues[k]), layout.headers.get(k));
      }
    }
    return out;
  }

  private static boolean isRule(String line) {
    return line.strip().startsWith("|-") || line.strip().startsWith("|:-") || line.strip().startsWith("---");
  }
}
