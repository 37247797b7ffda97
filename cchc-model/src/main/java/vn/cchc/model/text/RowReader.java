package vn.cchc.model.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.text.ReadContext.LineUse;
import vn.cchc.model.text.TableLayout.Role;

/**
 * Reads an appendix table's rows one by one, once {@link TableLayout} has said which cell is which:
 * a coded row is matched by its code (its label must be the catalogue's), a "Trong đó" row by its label
 * among the children of the last coded row; then the unit and the value are read by
 * {@link ValueReader}. Every row that cannot be read is a problem at its line and column. Internal.
 */
final class RowReader {
  private static final Pattern CHILD_PREFIX = Pattern.compile("^(?:Trong\\s+đó\\s*[:,]?\\s*|[-+•]\\s+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final ReadContext ctx;
  private int rowsRead;
  private final Catalogue catalogue;
  private final ValueReader values;
  final TableLayout layout;
  final int[] extraValues;
  final List<AppendixEntry> out;
  final Set<String> used = new HashSet<>();
  final int code;
  final int label;
  final int id;
  final int unit;
  final int value;
  final int note;
  IndicatorDefinition parent;

  RowReader(ReadContext ctx, TableLayout layout, int[] extraValues, List<AppendixEntry> out) {
    this.ctx = ctx;
    this.catalogue = ctx.index.catalogue;
    this.values = new ValueReader(ctx);
    this.layout = layout;
    this.extraValues = extraValues;
    this.out = out;
    this.code = layout.column(Role.CODE);
    this.label = layout.column(Role.LABEL);
    this.id = layout.column(Role.ID);
    this.unit = layout.column(Role.UNIT);
    this.value = layout.column(Role.VALUE);
    this.note = layout.column(Role.NOTE);
  }

  /**
   * Reads line {@code i} (0-based) as a row, cut at {@code segs}: adds its entry, or records why it has none.
   * The usual row takes the straight path through this method; every problem is recorded by a method of its own,
   * which keeps this one small enough for the JIT to compile well.
   */
  void row(int i, List<int[]> segs) {
    String line = ctx.line(i);
    if (++rowsRead > ReportTextReader.MAX_ROWS) {
      throw tooManyRows(i, line);
    }
    List<Cell> cells = layout.cells(line, segs); // a new list, ours to change
    cells.replaceAll(Cell::unstarred);
    int filled = 0;
    for (Cell c : cells) {
      filled += c.isBlank() ? 0 : 1;
    }
    if (filled == 1 && isTrongDo(line)) {
      ctx.mark(i + 1, LineUse.TABLE_HEADER); // "Trong đó:" on a row of its own: the rows under it say what
      return;
    }
    if (cells.size() < 2 || filled == 0 || (layout.separator != TableLayout.Separator.SPACES
        && segs.size() < Math.min(4, layout.roles.size()))) {
      cellCount(i, line, segs);
      return;
    }
    if (cells.size() > layout.roles.size() && tooManyCells(i, cells)) {
      return;
    }
    for (int k = 0; k < layout.roles.size(); k++) {
      if (layout.roles.get(k) == Role.EXTRA && !cells.get(k).isBlank()) {
        extraValues[k]++;
      }
    }
    Cell stt = cells.get(code);
    Cell lab = cells.get(label);
    String codeText = Texts.stripStars(stt.stripped());
    String labelText = Texts.stripStars(lab.stripped());
    IndicatorDefinition def;
    if (AppendixReader.isCode(codeText)) {
      def = coded(i, stt, lab, codeText, labelText);
    } else if (codeText.isEmpty() || codeText.equals("Trong đó") || codeText.equals("Trong") || codeText.equals("đó")
        || codeText.equals("Trong đó:")) {
      def = labelText.isEmpty() && codeText.isEmpty() ? noSttNoLabel(i, line) : child(i, lab, labelText);
    } else {
      def = sttInvalid(i, stt, codeText);
    }
    if (def == null || !idMatches(i, cells, def) || !unused(i, line, def)) {
      return;
    }
    String unitText = unit < 0 ? null : cells.get(unit).stripped();
    if (unitText != null && !values.unitMatches(def, unitText)) {
      unitMismatch(i, cells.get(unit), def, unitText);
      return;
    }
    IndicatorValue v = values.value(def, cells.get(value), i);
    if (v == null) {
      return;
    }
    String noteText = note < 0 ? "" : cells.get(note).stripped();
    ctx.mark(i + 1, LineUse.APPENDIX_ROW);
    add(i, line, def, codeText, labelText, unitText == null ? "" : unitText, v, noteText);
  }

  /** {@return the indicator a coded row names, its label the catalogue's; null after recording a problem} */
  private IndicatorDefinition coded(int i, Cell stt, Cell lab, String codeText, String labelText) {
    IndicatorDefinition def = ctx.index.byCode(codeText).orElse(null);
    parent = def;
    if (def == null) {
      ctx.problem(ctx.at(i, stt.firstNonBlank()), ProblemKind.UNMATCHED_ROW, Problems.of("row.unknown-code", String.valueOf(catalogue.id()), codeText), codeText);
      return null;
    }
    if (!def.label().equals(labelText) && !ctx.index.normalisedLabel(def).equals(Texts.normalise(labelText))) {
      ctx.problem(ctx.at(i, lab.firstNonBlank()), ProblemKind.LABEL_MISMATCH, Problems.of("row.label-mismatch", String.valueOf(def.id()), def.label(),
          String.valueOf(catalogue.id())), labelText);
      return null;
    }
    return def;
  }

  /**
   * {@return the indicator a "Trong đó" row names: the first child of the last coded row, not yet read, with
   * the row's label; null after recording a problem}
   */
  private IndicatorDefinition child(int i, Cell lab, String labelText) {
    if (parent == null) {
      ctx.problem(ctx.at(i, lab.firstNonBlank()), ProblemKind.UNMATCHED_ROW,
          Problems.of("row.orphan-part"), labelText);
      return null;
    }
    // the usual row has a child's label exactly: normalising it would give it back, so it is looked up first as it is
    IndicatorDefinition c = labelText.indexOf('<') < 0 && !hasChildPrefix(labelText) ? unusedChild(labelText) : null;
    if (c != null) {
      return c;
    }
    String want = Texts.normalise(labelText);
    if (hasChildPrefix(want)) {
      want = Texts.normalise(CHILD_PREFIX.matcher(Work.view(want)).replaceFirst(""));
    }
    c = unusedChild(want);
    if (c != null) {
      return c;
    }
    ctx.problem(ctx.at(i, lab.firstNonBlank()), ProblemKind.UNMATCHED_ROW, Problems.of("row.unknown-child", String.valueOf(parent.id()), String.valueOf(catalogue.id())), labelText);
    return null;
  }

  /** {@return whether a label may start with "Trong đó" or a list mark, which {@link #CHILD_PREFIX} takes off} */
  private static boolean hasChildPrefix(String label) {
    return label.startsWith("Trong") || label.startsWith("-") || label.startsWith("+") || label.startsWith("•");
  }

  /** {@return the first child of the last coded row, not yet read, whose normalised label is {@code want}, or null} */
  private IndicatorDefinition unusedChild(String want) {
    for (IndicatorDefinition c : catalogue.children(parent.id())) {
      if (c.code().isEmpty() && !used.contains(c.id()) && ctx.index.normalisedLabel(c).equals(want)) {
        return c;
      }
    }
    return null;
  }

  /** {@return true when the row has no "Mã chỉ tiêu" cell, or it is blank or the indicator's id} */
  private boolean idMatches(int i, List<Cell> cells, IndicatorDefinition def) {
    String idText = id < 0 ? "" : Texts.stripStars(cells.get(id).stripped());
    if (!idText.isEmpty() && !idText.equals(def.id())) {
      ctx.problem(ctx.at(i, cells.get(id).firstNonBlank()), ProblemKind.LABEL_MISMATCH, Problems.of("row.id-mismatch", idText, String.valueOf(def.id()),
          String.valueOf(catalogue.id())), idText);
      return false;
    }
    return true;
  }

  /** {@return true when no earlier row of the table named the indicator; it is now taken} */
  private boolean unused(int i, String line, IndicatorDefinition def) {
    if (!used.add(def.id())) {
      ctx.problem(SourceLocation.of(i + 1, 1), ProblemKind.DUPLICATE_ROW, Problems.of("row.duplicate", String.valueOf(def.id())), line.strip());
      return false;
    }
    return true;
  }

  /** Adds the row's entry, or records why the model refused it. */
  private void add(int i, String line, IndicatorDefinition def, String codeText, String labelText, String unitText,
      IndicatorValue v, String noteText) {
    SourceLocation lineAt = SourceLocation.of(i + 1, 1);
    try {
      out.add(AppendixEntry.builder().indicatorId(def.id())
          .codeAsWritten(def.code().isPresent() ? Optional.of(codeText) : Optional.empty())
          .label(labelText).unitAsWritten(unitText).value(v)
          .note(noteText.isEmpty() ? Optional.empty() : Optional.of(noteText))
          .location(lineAt).sourceLine(line).build());
    } catch (InvalidModelException e) {
      ctx.problem(lineAt, ProblemKind.MALFORMED_ROW, Problems.of("row.invalid", String.valueOf(e.getMessage())),
          line.strip());
    }
  }

  // ---------------------------------------------------------------- the problems, out of the usual path

  private LimitExceeded tooManyRows(int i, String line) {
    return LimitExceeded.of(ReportTextReader.MAX_ROWS, ctx.atText(i), Problems.of("limit.rows"), "MAX_ROWS", line);
  }

  private void cellCount(int i, String line, List<int[]> segs) {
    ctx.problem(ctx.atText(i), ProblemKind.MALFORMED_ROW, Problems.of("row.cell-count", layout.separator.name().toLowerCase(java.util.Locale.ROOT),
        (long) segs.size()), line.strip());
  }

  /** {@return true, after recording a problem, when a cell beyond the header's columns holds text} */
  private boolean tooManyCells(int i, List<Cell> cells) {
    for (int k = layout.roles.size(); k < cells.size(); k++) {
      if (!cells.get(k).isBlank()) {
        ctx.problem(ctx.at(i, cells.get(k).firstNonBlank()), ProblemKind.MALFORMED_ROW, Problems.of("row.too-many-cells", (long) layout.roles.size()), cells.get(k).stripped());
        return true;
      }
    }
    return false;
  }

  private IndicatorDefinition noSttNoLabel(int i, String line) {
    ctx.problem(SourceLocation.of(i + 1, 1), ProblemKind.MALFORMED_ROW, Problems.of("row.no-stt-no-label"), line.strip());
    return null;
  }

  private IndicatorDefinition sttInvalid(int i, Cell stt, String codeText) {
    ctx.problem(ctx.at(i, stt.firstNonBlank()), ProblemKind.MALFORMED_ROW,
        Problems.of("row.stt-invalid"), codeText);
    return null;
  }

  private void unitMismatch(int i, Cell unitCell, IndicatorDefinition def, String unitText) {
    ctx.problem(ctx.at(i, unitCell.firstNonBlank()), ProblemKind.UNIT_MISMATCH, Problems.of("row.unit-mismatch", String.valueOf(def.id()),
        catalogue.codeListOf(def).map(CodeList::asWritten).or(() -> def.unit().map(Unit::label))
            .<Object>map(u -> u).orElseGet(() -> Problems.of("row.unit-none")), String.valueOf(catalogue.id())), unitText);
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
