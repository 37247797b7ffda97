package vn.cchc.model.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodeList;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
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
  private static final Pattern CODE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?");
  private static final Pattern CHILD_PREFIX = Pattern.compile("^(?:Trong\\s+đó\\s*[:,]?\\s*|[-+•]\\s+)", CI);

  /** What the caption says. */
  record Caption(Optional<DocumentNumber> number, Optional<LocalDate> date, Optional<IssuingUnit> issuer,
      SourceLocation at) {}

  /** What the appendix holds. */
  record Appendix(List<AppendixEntry> entries, Optional<Caption> caption, Optional<Span> title) {}

  private final ReadContext ctx;
  private final Catalogue catalogue;
  private final ValueReader values;

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
    this.catalogue = ctx.index.catalogue;
    this.values = new ValueReader(ctx);
  }

  /** {@return true when a line is an appendix heading} */
  static boolean isHeading(String line) {
    if (line.length() > 80 || !(line.contains("LỤC") || line.contains("lục") || line.contains("iểu") || line.contains("IỂU"))) {
      return false;
    }
    String p = Texts.plain(line);
    return p.length() < 40 && HEADING.matcher(p).matches();
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
        ctx.problem(at, ProblemKind.UNRECOGNISED_LINE, "a line between the appendix heading and the table that is "
            + "neither the appendix title nor the \"(Kèm theo …)\" caption", t);
      }
    }
    Optional<Caption> cap = caption == null ? Optional.empty() : caption(caption.toString(), captionAt);
    List<AppendixEntry> entries = i < to ? table(i, to) : List.of();
    if (entries.isEmpty()) {
      ctx.problem(startAt, ProblemKind.EMPTY_TABLE, "the appendix has no row that could be read: no indicator values "
          + "are in the report", Texts.plain(ctx.line(from)));
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
    return CODE.matcher(first).matches() || first.startsWith("Trong") || first.isEmpty();
  }

  /**
   * Reads "(Kèm theo Báo cáo số N ngày D của ISSUER)": split at the words " ngày " and " của " (read
   * in one pass, no backtracking), the number and date possibly left blank in a draft.
   */
  private Optional<Caption> caption(String caption, SourceLocation at) {
    Matcher start = CAPTION_START.matcher(caption);
    String lower = caption.toLowerCase(java.util.Locale.ROOT);
    int day = start.lookingAt() ? lower.indexOf(" ngày ", start.end()) : -1;
    int of = day < 0 ? -1 : lower.indexOf(" của ", day);
    if (day < 0 || of < 0) {
      ctx.problem(at, ProblemKind.INVALID_METADATA,
          "the caption is not \"(Kèm theo Báo cáo số N/BC-… ngày dd/mm/yyyy của …)\"", caption);
      return Optional.empty();
    }
    String numberText = caption.substring(start.end(), day).strip().replaceFirst(",$", "");
    String dateText = caption.substring(day + " ngày ".length(), of).strip();
    String issuerText = caption.substring(of + " của ".length()).strip().replaceFirst("[).*\\s]+$", "");
    Optional<DocumentNumber> num = Optional.ofNullable(ReferenceReader.readNumber(numberText, at, ctx));
    if (num.isEmpty() && !BLANK_NUMBER.matcher(numberText).matches()) {
      ctx.problem(at, ProblemKind.INVALID_METADATA, "the caption's document number is not a number and symbol",
          numberText);
    }
    LocalDate d = null;
    Matcher dm = SHORT_DATE.matcher(dateText);
    if (!dm.matches()) {
      dm = LONG_DATE.matcher(dateText);
    }
    if (!dm.matches()) {
      ctx.problem(at, ProblemKind.INVALID_DATE, "the caption's date is neither dd/mm/yyyy nor \"dd tháng mm năm yyyy\"",
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
        ctx.problem(headerAt, ProblemKind.MALFORMED_ROW, "the table header names no STT, label (\"Các chỉ tiêu\") or "
            + "value (\"Số liệu\", \"Kết quả\") column; the template's order is assumed", Texts.plain(ctx.line(from)));
        layout = TableLayout.standard(layout.separator);
      }
    } else {
      layout = TableLayout.standard(TableLayout.separatorOf(ctx.line(from)));
    }
    int[] extraValues = new int[layout.roles.size()];
    List<AppendixEntry> out = new ArrayList<>();
    Rows rows = new Rows(layout, extraValues, out);
    for (; i < to; i++) {
      String line = ctx.line(i);
      if (line.isBlank()) {
        continue;
      }
      List<int[]> segs = TableLayout.segments(line, layout.separator);
      if (!rows.isCodedRow(line, segs) && layout.isHeaderLine(line, segs)) {
        ctx.mark(i + 1, LineUse.TABLE_HEADER);
      } else if (isHeading(line) || (line.contains("Kèm theo") && Texts.plain(line).startsWith("(Kèm theo"))) {
        ctx.mark(i + 1, LineUse.CAPTION);
      } else {
        rows.row(i, segs);
      }
    }
    for (int k = 0; k < layout.roles.size(); k++) {
      if (layout.roles.get(k) == Role.EXTRA && (extraValues[k] > 0 || !layout.headers.get(k).isEmpty())) {
        ctx.problem(headerAt, ProblemKind.EXTRA_COLUMN, "the column «" + layout.headers.get(k) + "» has no place in "
            + "the report model: its " + extraValues[k] + " value" + (extraValues[k] == 1 ? " is" : "s are")
            + " not read", layout.headers.get(k));
      }
    }
    return out;
  }

  private static boolean isRule(String line) {
    return line.strip().startsWith("|-") || line.strip().startsWith("|:-") || line.strip().startsWith("---");
  }

  /** Reads rows one by one, remembering the last coded row for the "Trong đó" rows under it. */
  private final class Rows {
    final TableLayout layout;
    final int[] extraValues;
    final List<AppendixEntry> out;
    final Set<String> used = new HashSet<>();
    final int code;
    final int label;
    final int unit;
    final int value;
    final int note;
    IndicatorDefinition parent;

    Rows(TableLayout layout, int[] extraValues, List<AppendixEntry> out) {
      this.layout = layout;
      this.extraValues = extraValues;
      this.out = out;
      this.code = layout.column(Role.CODE);
      this.label = layout.column(Role.LABEL);
      this.unit = layout.column(Role.UNIT);
      this.value = layout.column(Role.VALUE);
      this.note = layout.column(Role.NOTE);
    }

    void row(int i, List<int[]> segs) {
      String line = ctx.line(i);
      int lineNo = i + 1;
      SourceLocation lineAt = SourceLocation.of(lineNo, 1);
      List<Cell> cells = new ArrayList<>(layout.cells(line, segs));
      cells.replaceAll(Cell::unstarred);
      int filled = 0;
      for (Cell c : cells) {
        filled += c.text.isBlank() ? 0 : 1;
      }
      if (filled == 1 && isTrongDo(line)) {
        ctx.mark(lineNo, LineUse.TABLE_HEADER); // "Trong đó:" on a row of its own: the rows under it say what
        return;
      }
      if (cells.size() < 2 || filled == 0 || (layout.separator != TableLayout.Separator.SPACES
          && segs.size() < Math.min(4, layout.roles.size()))) {
        ctx.problem(ctx.atText(i), ProblemKind.MALFORMED_ROW, "an appendix row needs its cells (STT, label, unit, "
            + "value, note) separated as the table header's are (" + layout.separator.name().toLowerCase(java.util.Locale.ROOT)
            + "); found " + segs.size(), line.strip());
        return;
      }
      for (int k = layout.roles.size(); k < cells.size(); k++) {
        if (!cells.get(k).stripped().isEmpty()) {
          ctx.problem(ctx.at(i, cells.get(k).firstNonBlank()), ProblemKind.MALFORMED_ROW, "an appendix row has more "
              + "cells than the table header has columns (" + layout.roles.size() + ")", cells.get(k).stripped());
          return;
        }
      }
      for (int k = 0; k < layout.roles.size(); k++) {
        if (layout.roles.get(k) == Role.EXTRA && !cells.get(k).text.isBlank()) {
          extraValues[k]++;
        }
      }
      Cell stt = cells.get(code);
      Cell lab = cells.get(label);
      String codeText = Texts.stripStars(stt.stripped());
      String labelText = Texts.stripStars(lab.stripped());
      if (codeText.isEmpty() && labelText.isEmpty()) {
        ctx.problem(lineAt, ProblemKind.MALFORMED_ROW, "an appendix row with neither STT nor label", line.strip());
        return;
      }
      IndicatorDefinition def;
      if (CODE.matcher(codeText).matches()) {
        Optional<IndicatorDefinition> byCode = ctx.index.byCode(codeText);
        parent = byCode.orElse(null);
        if (byCode.isEmpty()) {
          ctx.problem(ctx.at(i, stt.firstNonBlank()), ProblemKind.UNMATCHED_ROW, "no indicator of catalogue "
              + catalogue.id() + " has code " + codeText, codeText);
          return;
        }
        def = byCode.get();
        if (!def.label().equals(labelText) && !ctx.index.normalisedLabel(def).equals(Texts.normalise(labelText))) {
          ctx.problem(ctx.at(i, lab.firstNonBlank()), ProblemKind.LABEL_MISMATCH, "indicator " + def.id()
              + " is labelled \"" + def.label() + "\" in catalogue " + catalogue.id(), labelText);
          return;
        }
      } else if (codeText.isEmpty() || codeText.equals("Trong đó") || codeText.equals("Trong") || codeText.equals("đó")
          || codeText.equals("Trong đó:")) {
        if (parent == null) {
          ctx.problem(ctx.at(i, lab.firstNonBlank()), ProblemKind.UNMATCHED_ROW,
              "a \"Trong đó\" row with no coded row above it", labelText);
          return;
        }
        String want = Texts.normalise(labelText);
        if (want.startsWith("Trong") || want.startsWith("-") || want.startsWith("+") || want.startsWith("•")) {
          want = Texts.normalise(CHILD_PREFIX.matcher(want).replaceFirst(""));
        }
        Optional<IndicatorDefinition> child = Optional.empty();
        for (IndicatorDefinition c : catalogue.children(parent.id())) {
          if (c.code().isEmpty() && !used.contains(c.id()) && ctx.index.normalisedLabel(c).equals(want)) {
            child = Optional.of(c);
            break;
          }
        }
        if (child.isEmpty()) {
          ctx.problem(ctx.at(i, lab.firstNonBlank()), ProblemKind.UNMATCHED_ROW, "no child of indicator "
              + parent.id() + " in catalogue " + catalogue.id() + " has this label", labelText);
          return;
        }
        def = child.get();
      } else {
        ctx.problem(ctx.at(i, stt.firstNonBlank()), ProblemKind.MALFORMED_ROW,
            "the STT cell is neither a code such as 1.2. nor \"Trong đó\"", codeText);
        return;
      }
      if (!used.add(def.id())) {
        ctx.problem(lineAt, ProblemKind.DUPLICATE_ROW, "indicator " + def.id() + " has a row already", line.strip());
        return;
      }
      String unitText = unit < 0 ? null : cells.get(unit).stripped();
      if (unitText != null && !values.unitMatches(def, unitText)) {
        ctx.problem(ctx.at(i, cells.get(unit).firstNonBlank()), ProblemKind.UNIT_MISMATCH, "indicator " + def.id()
            + " has unit " + def.codeList().map(CodeList::asWritten).orElse(def.unit().map(Unit::label).orElse("(none)"))
            + " in catalogue " + catalogue.id(), unitText);
        return;
      }
      IndicatorValue v = values.value(def, cells.get(value), i);
      if (v == null) {
        return;
      }
      String noteText = note < 0 ? "" : cells.get(note).stripped();
      ctx.mark(lineNo, LineUse.APPENDIX_ROW);
      try {
        out.add(AppendixEntry.builder().indicatorId(def.id())
            .codeAsWritten(def.code().isPresent() ? Optional.of(codeText) : Optional.empty())
            .label(labelText).unitAsWritten(unitText == null ? "" : unitText).value(v)
            .note(noteText.isEmpty() ? Optional.empty() : Optional.of(noteText))
            .location(lineAt).sourceLine(line).build());
      } catch (InvalidModelException e) {
        ctx.problem(lineAt, ProblemKind.MALFORMED_ROW, e.getMessage(), line.strip());
      }
    }

    /** A quick look: the row's STT cell is a code and its label is not a number, so it is no header line. */
    boolean isCodedRow(String line, List<int[]> segs) {
      if (segs.size() < 2 || layout.separator == TableLayout.Separator.SPACES) {
        return false;
      }
      int s = segs.get(0)[0];
      int e = segs.get(0)[1];
      while (s < e && line.charAt(s) == ' ') {
        s++;
      }
      while (e > s && line.charAt(e - 1) == ' ') {
        e--;
      }
      if (s == e || !Character.isDigit(line.charAt(s))) {
        return false;
      }
      for (int k = s; k < e; k++) {
        char c = line.charAt(k);
        if (c != '.' && !Character.isDigit(c)) {
          return false;
        }
      }
      int l = segs.get(1)[0];
      while (l < segs.get(1)[1] && Character.isWhitespace(line.charAt(l))) {
        l++;
      }
      return l < segs.get(1)[1] && !Character.isDigit(line.charAt(l)) && line.charAt(l) != '(';
    }

    private boolean isTrongDo(String line) {
      String p = Texts.plain(line.replace('\t', ' ').replace('|', ' '));
      return p.equals("Trong đó") || p.equals("Trong đó:");
    }
  }
}
