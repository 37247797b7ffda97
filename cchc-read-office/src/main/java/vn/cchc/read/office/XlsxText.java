package vn.cchc.read.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.message.Message;

/**
 * An Excel workbook's appendix sheet as the text {@code ReportTextReader} reads, row by row, with
 * where each line and cell came from (Apache POI, XSSF).
 *
 * <ul>
 *   <li>One sheet is read: the one the caller named, else the visible sheet with a table header
 *       ("STT" and "… chỉ tiêu …" or "nội dung" in one row) and the most rows starting with a code
 *       ("1.1.", "3.2.4"), else the first visible sheet. The other sheets are not read: an INFO
 *       {@link ProblemKind#SKIPPED_TEXT} problem names them, and says when several had a table.</li>
 *   <li>Each row is one line, its cells joined by a tab, from the leftmost column any row of the sheet
 *       uses to the table's right edge (the last column used by any row with two or more non-empty
 *       cells: empty cells beyond it, formatted but blank, are dropped, and a row's empty cells up to
 *       it are kept, as the text reader wants every cell of a row); a row with one non-empty cell is
 *       that cell's text alone (a heading, the caption); an empty row is a blank line (one for a run of
 *       them).</li>
 *   <li>A merged region's value is in its first cell; the region's other cells are empty, so columns
 *       line up and a "Trong đó" merged over its rows is empty below its first row. A covered cell that
 *       still holds something (Excel keeps it hidden) is a WARNING that quotes it.</li>
 *   <li>Values: text as written; a number in the Vietnamese form ({@link #numberText}); a date
 *       dd/mm/yyyy; a boolean TRUE/FALSE; a formula its cached value (none: an ERROR problem and an
 *       empty cell); an error value (#DIV/0!) as written, with an ERROR problem. Cell text is NFC, line
 *       breaks and tabs inside a cell become spaces, runs of spaces one space.</li>
 *   <li>Hidden rows and columns (and a workbook's only sheet when it is hidden) are read, with one
 *       INFO problem: a printed copy may lack them, but nothing in the sheet is dropped.</li>
 * </ul>
 */
final class XlsxText {
  private static final Pattern CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,4}\\.?");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  /** How many rows of each sheet are looked at to find the appendix sheet. */
  private static final int SCAN_ROWS = 1000;

  /** Thrown inside the walk when the sheet has more cells than allowed. */
  private static final class TooManyCells extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyCells() {
      super(null, null, false, false);
    }
  }

  /** A problem of one cell, placed once the cell's line and column are known. */
  private record CellProblem(int line, int cell, ProblemKind kind, ProblemSeverity severity, Message message,
      String text) {}

  private final List<SourceLine> lines = new ArrayList<>();
  private final List<CellProblem> cellProblems = new ArrayList<>();
  private final int maxBlocks;
  private int blocks;
  private int rounded;
  /** The first rounded number ("Sheet1!C2 holds 0.99347, shown as 99,3%"); set with {@code rounded}'s first count. */
  private Message firstRounded = OfficeProblems.of("xlsx.rounded-first", "", "", "");
  private int roundedLine;

  private XlsxText(int maxBlocks) {
    this.maxBlocks = maxBlocks;
  }

  /**
   * Opens an XLSX and turns its appendix sheet into text.
   *
   * @param bytes the whole file, already checked by {@link FileCheck#detect}
   * @param limits the limits; {@link FileLimits#maxBlocks()} bounds the cells read
   * @param sheetName the sheet to read, as Excel names it on its tab; empty: found
   * @return the text, with the workbook's own problems
   * @throws FileFormatException when POI cannot read the workbook, or it has no sheet of that name
   */
  static DerivedText derive(byte[] bytes, FileLimits limits, Optional<String> sheetName) throws FileFormatException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return new XlsxText(limits.maxBlocks()).read(wb, sheetName, limits);
    } catch (FileFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI's POIXMLException, NotOfficeXmlFileException, an XmlException wrapped, a broken part…
      throw new FileFormatException(FileFormatException.Reason.DAMAGED, "the XLSX cannot be read, its content is "
          + "damaged: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
    }
  }

  private DerivedText read(XSSFWorkbook wb, Optional<String> sheetName, FileLimits limits) throws FileFormatException {
    int n = wb.getNumberOfSheets();
    if (n == 0) {
      throw new FileFormatException(FileFormatException.Reason.DAMAGED, "the XLSX has no sheet", null);
    }
    int chosen;
    Message why;
    List<Integer> candidates = new ArrayList<>();
    int[] scores = new int[n];
    if (sheetName.isPresent()) {
      chosen = wb.getSheetIndex(sheetName.get());
      if (chosen < 0) {
        throw new FileFormatException(FileFormatException.Reason.UNSUPPORTED_FORMAT, "the workbook has no sheet named \""
            + sheetName.get() + "\"; its sheets are " + names(wb, allSheets(n)), null);
      }
      why = OfficeProblems.of("xlsx.chosen.asked");
    } else {
      for (int i = 0; i < n; i++) {
        if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
          scores[i] = score(wb.getSheetAt(i));
          if (scores[i] > 0) {
            candidates.add(i);
          }
        }
      }
      if (candidates.isEmpty()) {
        chosen = -1;
        for (int i = 0; i < n && chosen < 0; i++) {
          if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
            chosen = i;
          }
        }
        chosen = Math.max(chosen, 0);
        why = OfficeProblems.of("xlsx.chosen.first-shown");
      } else {
        chosen = candidates.get(0);
        for (int i : candidates) {
          if (scores[i] > scores[chosen]) {
            chosen = i;
          }
        }
        why = OfficeProblems.of("xlsx.chosen.table", (long) (scores[chosen] - 1));
        if (candidates.size() > 1) {
          final int c = chosen;
          why = OfficeProblems.of("xlsx.chosen.table-most", (long) (scores[chosen] - 1), (long) candidates.size(),
              list(candidates.stream().filter(i -> i != c)
                  .<Object>map(i -> OfficeProblems.of("xlsx.sheet-score", quote(wb.getSheetName(i)), (long) (scores[i] - 1)))
                  .collect(Collectors.toList())));
        }
      }
    }
    XSSFSheet sheet = wb.getSheetAt(chosen);
    try {
      sheet(sheet);
    } catch (TooManyCells e) {
      return new DerivedText(lines, List.of(), Optional.of(ReadProblem.of(SourceLocation.of(1, 1),
          ProblemKind.INPUT_TOO_LARGE, OfficeProblems.of("xlsx.too-many-cells", quote(sheet.getSheetName()),
              (long) limits.maxBlocks()), "")));
    }
    List<ReadProblem> problems = new ArrayList<>();
    if (n > 1) {
      final int c = chosen;
      List<Integer> others = allSheets(n).stream().filter(i -> i != c).collect(Collectors.toList());
      problems.add(ReadProblem.of(SourceLocation.of(1, 1), ProblemKind.SKIPPED_TEXT, ProblemSeverity.INFO,
          OfficeProblems.of("xlsx.sheets", (long) n, quote(sheet.getSheetName()), why,
              sheetList(wb, others)), ""));
    } else if (wb.isSheetHidden(chosen) || wb.isSheetVeryHidden(chosen)) {
      problems.add(ReadProblem.of(SourceLocation.of(1, 1), ProblemKind.REPAIRED_TEXT, ProblemSeverity.INFO,
          OfficeProblems.of("xlsx.hidden-sheet", quote(sheet.getSheetName())), ""));
    }
    for (CellProblem p : cellProblems) {
      if (p.line >= lines.size()) {
        problems.add(ReadProblem.of(SourceLocation.of(1, 1), p.kind, p.severity, p.message, p.text));
        continue;
      }
      SourceLine l = lines.get(p.line);
      int column = l.cellColumns().length > p.cell ? l.cellColumns()[p.cell] : 1;
      problems.add(ReadProblem.of(SourceLocation.of(p.line + 1, column), p.kind, p.severity, p.message, p.text));
    }
    if (rounded > 0) {
      problems.add(ReadProblem.of(SourceLocation.of(roundedLine, 1), ProblemKind.REPAIRED_TEXT, ProblemSeverity.INFO,
          OfficeProblems.of("xlsx.rounded", (long) rounded, firstRounded), ""));
    }
    return new DerivedText(lines, problems, Optional.empty());
  }

  private static List<Integer> allSheets(int n) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  private static String names(XSSFWorkbook wb, List<Integer> sheets) {
    return sheets.stream().map(i -> quote(wb.getSheetName(i)) + (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)
        ? " (hidden)" : "")).collect(Collectors.joining(", "));
  }

  /** {@return the sheets as a list "\"Sheet2\", \"Sheet3\" (hidden)", worded when shown} */
  private static Message sheetList(XSSFWorkbook wb, List<Integer> sheets) {
    return list(sheets.stream().<Object>map(i -> wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)
        ? OfficeProblems.of("xlsx.sheet-hidden", quote(wb.getSheetName(i))) : quote(wb.getSheetName(i)))
        .collect(Collectors.toList()));
  }

  /** {@return items (String or Message) joined with ", " as nested messages; not empty} */
  private static Message list(List<Object> items) {
    Message out = OfficeProblems.of("list.one", items.get(0));
    for (Object next : items.subList(1, items.size())) {
      out = OfficeProblems.of("list.pair", out, next);
    }
    return out;
  }

  private static String quote(String sheetName) {
    return "\"" + sheetName + "\"";
  }

  /**
   * How much a sheet looks like the appendix: 0 without a table header ("STT" and "… chỉ tiêu …" or
   * "nội dung" cells in one row) in its first rows, else 1 + the rows below it whose first non-empty
   * cell is a code.
   */
  private static int score(XSSFSheet sheet) {
    int score = 0;
    int seen = 0;
    for (Row row : sheet) {
      if (++seen > SCAN_ROWS) {
        break;
      }
      boolean stt = false;
      boolean label = false;
      String first = null;
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING) {
          continue;
        }
        String t = cell.getStringCellValue().strip().toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        if (first == null && !t.isEmpty()) {
          first = t;
        }
        stt |= t.equals("stt") || t.equals("tt") || t.equals("số tt") || t.equals("số thứ tự");
        label |= t.contains("chỉ tiêu") || t.contains("nội dung");
      }
      if (score == 0 && stt && label) {
        score = 1;
      } else if (score > 0 && first != null && CODE.matcher(first).matches()) {
        score++;
      }
    }
    return score;
  }

  private void sheet(XSSFSheet sheet) {
    String name = sheet.getSheetName();
    Map<Long, CellRangeAddress> covered = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          if (r != region.getFirstRow() || c != region.getFirstColumn()) {
            covered.put(key(r, c), region);
          }
        }
      }
    }
    // first the texts of every row, to find the leftmost column any row uses
    List<Integer> rowNumbers = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    List<List<CellProblem>> rowProblems = new ArrayList<>();
    List<Integer> hiddenRows = new ArrayList<>();
    int left = Integer.MAX_VALUE;
    for (Row row : sheet) {
      int r = row.getRowNum();
      String[] texts = new String[Math.max(0, row.getLastCellNum())];
      List<CellProblem> ps = new ArrayList<>();
      java.util.Arrays.fill(texts, "");
      for (Cell cell : row) {
        if (++blocks > maxBlocks) {
          throw new TooManyCells();
        }
        int c = cell.getColumnIndex();
        String t = clean(text((XSSFCell) cell, name, ps));
        CellRangeAddress region = covered.get(key(r, c));
        if (region != null) {
          if (!t.isEmpty()) {
            ps.add(new CellProblem(-1, c, ProblemKind.SKIPPED_TEXT, ProblemSeverity.WARNING,
                OfficeProblems.of("xlsx.merged-covered", ref(name, r, c), region.formatAsString()), t));
          }
          t = "";
        }
        texts[c] = t;
      }
      for (int c = 0; c < texts.length; c++) {
        if (!texts[c].isEmpty()) {
          left = Math.min(left, c);
          break;
        }
      }
      if (row.getZeroHeight() && java.util.Arrays.stream(texts).anyMatch(t -> !t.isEmpty())) {
        hiddenRows.add(r + 1);
      }
      rowNumbers.add(r);
      rows.add(texts);
      rowProblems.add(ps);
    }
    // the table's right edge: the last column a row of two or more non-empty cells uses
    int right = -1;
    for (String[] texts : rows) {
      int count = 0;
      int last = -1;
      for (int c = 0; c < texts.length; c++) {
        if (!texts[c].isEmpty()) {
          count++;
          last = c;
        }
      }
      if (count >= 2) {
        right = Math.max(right, last);
      }
    }
    int previous = -1;
    for (int i = 0; i < rows.size(); i++) {
      int r = rowNumbers.get(i);
      String[] texts = rows.get(i);
      int last = texts.length - 1;
      while (last >= 0 && texts[last].isEmpty()) {
        last--;
      }
      if (last < 0 || r > previous + 1) {
        blank();
      }
      previous = r;
      if (last < 0) {
        // a row left empty (a formula without a value, a covered cell): its problems go to the line before
        for (CellProblem p : rowProblems.get(i)) {
          cellProblems.add(new CellProblem(Math.max(0, lines.size() - 1), 0, p.kind, p.severity, p.message, p.text));
        }
        continue;
      }
      int nonEmpty = 0;
      int only = -1;
      for (int c = 0; c <= last; c++) {
        if (!texts[c].isEmpty()) {
          nonEmpty++;
          only = c;
        }
      }
      int from = nonEmpty == 1 ? only : left;
      int to = nonEmpty == 1 ? only : Math.max(last, right);
      addCells(texts, from, to, name, r);
      for (CellProblem p : rowProblems.get(i)) {
        cellProblems.add(new CellProblem(lines.size() - 1, Math.max(0, Math.min(p.cell, to) - from), p.kind,
            p.severity, p.message, p.text));
      }
      if (rounded > 0 && roundedLine == 0) {
        roundedLine = lines.size();
      }
    }
    List<Integer> hiddenColumns = new ArrayList<>();
    for (int c = left == Integer.MAX_VALUE ? 0 : left; c < 16_384 && c <= lastColumn(rows); c++) {
      if (sheet.isColumnHidden(c)) {
        hiddenColumns.add(c);
      }
    }
    if (!hiddenRows.isEmpty() || !hiddenColumns.isEmpty()) {
      String rowList = hiddenRows.stream().map(String::valueOf).collect(Collectors.joining(", "));
      String columnList = hiddenColumns.stream().map(CellReference::convertNumToColString).collect(Collectors.joining(", "));
      Message what = hiddenColumns.isEmpty() ? OfficeProblems.of("xlsx.hidden.rows", rowList)
          : hiddenRows.isEmpty() ? OfficeProblems.of("xlsx.hidden.columns", columnList)
          : OfficeProblems.of("xlsx.hidden.rows-and-columns", rowList, columnList);
      cellProblems.add(0, new CellProblem(firstLine(), 0, ProblemKind.REPAIRED_TEXT, ProblemSeverity.INFO,
          OfficeProblems.of("xlsx.hidden", quote(name), what),
          ""));
    }
  }

  private int firstLine() {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).placed()) {
        return i;
      }
    }
    return 0;
  }

  private static int lastColumn(List<String[]> rows) {
    return rows.stream().mapToInt(t -> t.length - 1).max().orElse(-1);
  }

  private static long key(int row, int column) {
    return ((long) row << 16) | column;
  }

  private void blank() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
      lines.add(SourceLine.BLANK);
    }
  }

  private void addCells(String[] texts, int from, int last, String sheetName, int row) {
    int count = last - from + 1;
    FileOrigin[] origins = new FileOrigin[count];
    List<String> cells = new ArrayList<>(count);
    for (int c = from; c <= last; c++) {
      origins[c - from] = new FileOrigin.Sheet(sheetName, row + 1, c + 1);
      cells.add(c < texts.length ? texts[c] : "");
    }
    lines.add(SourceLine.ofCells(cells, new FileOrigin.Sheet(sheetName, row + 1), origins));
  }

  /** {@return a cell as Excel names it: "Sheet1!D17", "'Phụ lục'!D17"} */
  static String ref(String sheetName, int row, int column) {
    return new CellReference(sheetName, row, column, false, false).formatAsString();
  }

  /** A cell's text as Excel shows its value, before cleaning. */
  private String text(XSSFCell cell, String sheetName, List<CellProblem> problems) {
    String ref = ref(sheetName, cell.getRowIndex(), cell.getColumnIndex());
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (!cell.getCTCell().isSetV()) {
        problems.add(new CellProblem(-1, cell.getColumnIndex(), ProblemKind.UNREADABLE_VALUE, ProblemSeverity.ERROR,
            OfficeProblems.of("xlsx.formula-no-value", ref, cell.getCellFormula()), "=" + cell.getCellFormula()));
        return "";
      }
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return cell.getStringCellValue();
      case NUMERIC:
        return number(cell, ref);
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        String error = cell.getErrorCellString();
        problems.add(new CellProblem(-1, cell.getColumnIndex(), ProblemKind.UNREADABLE_VALUE, ProblemSeverity.ERROR,
            cell.getCellType() == CellType.FORMULA
                ? OfficeProblems.of("xlsx.error-value-formula", ref, error, cell.getCellFormula())
                : OfficeProblems.of("xlsx.error-value", ref, error), error));
        return error;
      default:
        return "";
    }
  }

  private String number(XSSFCell cell, String ref) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
    }
    String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
    double value = cell.getNumericCellValue();
    Shown shown = shown(value, format);
    if (shown.rounded && rounded++ == 0) {
      firstRounded = OfficeProblems.of("xlsx.rounded-first", ref, BigDecimal.valueOf(value).toPlainString(), shown.text);
    }
    return shown.text;
  }

  /** A number as the reader writes it, and whether the format hid some of its digits. */
  record Shown(String text, boolean rounded) {}

  /**
   * A number written in the Vietnamese form the text reader reads ("1.481", "99,3", "99,3%"). The
   * double becomes a decimal through {@link BigDecimal#valueOf(double)} (the shortest decimal that
   * is that double: 99.3, not 99.2999…). A percent format (a "%" in the format, outside quotes)
   * multiplies by 100 and adds "%". A format with decimal places ("0.0%", "#,##0", "0.00") is what
   * Excel shows: the number is rounded half up to that many decimals, zeros kept ("5,00"); General,
   * text ("@"), scientific and fraction formats keep every digit.
   *
   * @param value the cell's value
   * @param format the cell's number format string, e.g. "General", "0.0%", "#,##0"; null: General
   * @return the text
   */
  static Shown shown(double value, String format) {
    NumberFormat f = NumberFormat.of(format);
    BigDecimal v = BigDecimal.valueOf(value);
    if (f.percent) {
      v = v.movePointRight(2);
    }
    boolean lost = false;
    if (f.decimals.isPresent()) {
      BigDecimal r = v.setScale(f.decimals.getAsInt(), RoundingMode.HALF_UP);
      lost = r.compareTo(v) != 0;
      v = r;
    } else {
      v = v.stripTrailingZeros();
      if (v.scale() < 0) {
        v = v.setScale(0);
      }
    }
    if (v.signum() == 0) {
      v = v.abs();
    }
    return new Shown(VietnameseNumber.format(v) + (f.percent ? "%" : ""), lost);
  }

  /** {@return {@link #shown}'s text} */
  static String numberText(double value, String format) {
    return shown(value, format).text;
  }

  /**
   * What the reader takes from a number format: whether it shows a percentage, and how many decimals
   * it shows (none known: every digit is kept).
   */
  private record NumberFormat(boolean percent, OptionalInt decimals) {
    static NumberFormat of(String format) {
      if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
        return new NumberFormat(false, OptionalInt.empty());
      }
      // the first section (positive numbers), without quoted text, escapes, [colours] and padding
      StringBuilder s = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < format.length(); i++) {
        char c = format.charAt(i);
        if (quoted) {
          quoted = c != '"';
        } else if (c == '"') {
          quoted = true;
        } else if (c == '\\' || c == '_' || c == '*') {
          i++;
        } else if (c == '[') {
          int end = format.indexOf(']', i);
          i = end < 0 ? format.length() : end;
        } else if (c == ';') {
          break;
        } else {
          s.append(c);
        }
      }
      String f = s.toString();
      boolean percent = f.indexOf('%') >= 0;
      boolean digits = f.chars().anyMatch(c -> c == '0' || c == '#' || c == '?');
      if (!digits || f.indexOf('E') >= 0 || f.indexOf('e') >= 0 || f.indexOf('/') >= 0 || f.indexOf('@') >= 0) {
        return new NumberFormat(percent, OptionalInt.empty());
      }
      int dot = f.indexOf('.');
      int decimals = 0;
      if (dot >= 0) {
        for (int i = dot + 1; i < f.length(); i++) {
          char c = f.charAt(i);
          if (c == '0' || c == '#' || c == '?') {
            decimals++;
          }
        }
      }
      return new NumberFormat(percent, OptionalInt.of(decimals));
    }
  }

  /** Line breaks and tabs inside a cell as spaces, runs of spaces as one, ends stripped, NFC. */
  private static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 ? ' ' : c);
    }
    return Normalizer.normalize(b.toString().replaceAll(" {2,}", " ").strip(), Normalizer.Form.NFC);
  }
}
