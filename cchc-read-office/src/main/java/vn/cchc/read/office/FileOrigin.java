package vn.cchc.read.office;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import vn.cchc.model.message.Message;

/**
 * Where in a file a line of the text it was turned into came from, in the file's own terms: a paragraph
 * or a table cell of a DOCX, a cell or row of an XLSX sheet, a line of a PDF page, a line of a text file
 * read together with another file — and, when a report and its appendix were read from two files, which
 * file ({@link InFile}). Numbers are counted from 1, as Word, Excel and a PDF viewer count them. Immutable.
 *
 * <p>A program asks for the parts ({@code origin instanceof FileOrigin.Table t ? t.row() : …}); a person
 * reads {@link #describe(Locale)}. {@code toString()} is the English form, the same in logs on every
 * machine:
 *
 * <table>
 *   <caption>The kinds of origin and their wording</caption>
 *   <tr><th>kind</th><th>{@code toString()}, {@code describe(Locale.ENGLISH)}</th><th>{@code describe(vi)}</th></tr>
 *   <tr><td>{@link Paragraph}</td><td>paragraph 12</td><td>đoạn 12</td></tr>
 *   <tr><td>{@link ContentControl}</td><td>content control 2</td><td>điều khiển nội dung 2</td></tr>
 *   <tr><td>{@link Table}</td><td>table 3, row 5, cell 2 / table 3, row 5</td><td>bảng 3, dòng 5, ô 2 /
 *       bảng 3, dòng 5</td></tr>
 *   <tr><td>{@link Sheet}</td><td>Sheet1!D17 / 'Phụ lục'!D17 / Sheet1, row 17</td><td>Sheet1!D17 /
 *       'Phụ lục'!D17 / Sheet1, dòng 17</td></tr>
 *   <tr><td>{@link Page}</td><td>page 2, line 14 / page 9, line 41, column 2</td><td>trang 2, dòng 14 /
 *       trang 9, dòng 41, cột 2</td></tr>
 *   <tr><td>{@link TextLine}</td><td>line 12</td><td>dòng 12</td></tr>
 *   <tr><td>{@link InFile}</td><td>phu-luc.xlsx, 'Phụ lục'!D17</td><td>phu-luc.xlsx, 'Phụ lục'!D17</td></tr>
 * </table>
 *
 * <p>The Vietnamese words: a table row is a "dòng" and a column a "cột", as the rows and columns of the
 * appendix forms (biểu mẫu) officials fill in are named, and as cchc's other Vietnamese messages name an
 * appendix row ("dòng phụ lục"); Microsoft's Vietnamese Word and Excel say "Hàng" in their menus, but an
 * official reading "dòng 5" of a table finds it either way, while "hàng" beside "dòng" (a PDF's line) would
 * suggest two different things. A cell is an "ô" and a table a "bảng" (Word and Excel say the same), a
 * paragraph an "đoạn", a page a "trang", a Word content control an "điều khiển nội dung" (Word's own name).
 * An Excel reference ("D17", the sheet name quoted as Excel quotes it) is the same in every language.
 *
 * <p>The words come from the office readers' bundle ({@code vn/cchc/read/office/problems.properties}, keys
 * {@code origin.*}, listed in {@code docs/reading.md}), so a language is added as for the readers' problems:
 * {@code problems_xx.properties} on the class path. Numbers are written without grouping in every
 * language ("dòng 1481"), as places are.
 */
public sealed interface FileOrigin
    permits FileOrigin.Paragraph, FileOrigin.ContentControl, FileOrigin.Table, FileOrigin.Sheet, FileOrigin.Page,
    FileOrigin.TextLine, FileOrigin.InFile {

  /**
   * {@return the origin as a message of the office readers' bundle: its key ({@code "origin.table-cell"}) and
   * arguments (the numbers as text, "3", "5", "2"), for a program that words it from a bundle of its own}
   */
  Message message();

  /**
   * The origin in a language.
   *
   * @param locale the language; one without a bundle gets English
   * @return "bảng 3, dòng 5, ô 2" in Vietnamese, "table 3, row 5, cell 2" in English
   */
  default String describe(Locale locale) {
    return message().format(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * A paragraph of a DOCX's body: the n-th, empty ones counted, paragraphs inside tables not.
   *
   * @param paragraph its number, from 1
   */
  record Paragraph(int paragraph) implements FileOrigin {
    /**
     * Checks the number.
     *
     * @param paragraph its number, from 1
     * @throws IllegalArgumentException when the number is below 1
     */
    public Paragraph {
      counted("paragraph", paragraph);
    }

    @Override
    public Message message() {
      return OfficeProblems.of("origin.paragraph", String.valueOf(paragraph));
    }

    /** {@return "paragraph 12"} */
    @Override
    public String toString() {
      return describe(Locale.ROOT);
    }
  }

  /**
   * A content control (a form field around a block of text) of a DOCX's body: the n-th.
   *
   * @param control its number, from 1
   */
  record ContentControl(int control) implements FileOrigin {
    /**
     * Checks the number.
     *
     * @param control its number, from 1
     * @throws IllegalArgumentException when the number is below 1
     */
    public ContentControl {
      counted("content control", control);
    }

    @Override
    public Message message() {
      return OfficeProblems.of("origin.content-control", String.valueOf(control));
    }

    /** {@return "content control 2"} */
    @Override
    public String toString() {
      return describe(Locale.ROOT);
    }
  }

  /**
   * A row of a DOCX's table, or a cell in it. Tables, rows and cells are counted from 1 as they stand in the
   * document: a cell spanning several columns counts once, a row deleted by a tracked change still counts.
   *
   * @param table the table's number among the body's tables
   * @param row the row's number in the table
   * @param cell the cell's number in the row; empty for the row as a whole (or a cell the reader added to
   *     line the columns up)
   */
  record Table(int table, int row, OptionalInt cell) implements FileOrigin {
    /**
     * Checks the numbers.
     *
     * @param table the table's number, from 1
     * @param row the row's number, from 1
     * @param cell the cell's number, from 1, or empty
     * @throws IllegalArgumentException when a number is below 1
     * @throws NullPointerException when {@code cell} is null
     */
    public Table {
      counted("table", table);
      counted("row", row);
      counted("cell", Objects.requireNonNull(cell, "cell"));
    }

    /**
     * A row as a whole.
     *
     * @param table the table's number, from 1
     * @param row the row's number, from 1
     * @throws IllegalArgumentException when a number is below 1
     */
    public Table(int table, int row) {
      this(table, row, OptionalInt.empty());
    }

    /**
     * A cell.
     *
     * @param table the table's number, from 1
     * @param row the row's number, from 1
     * @param cell the cell's number, from 1
     * @throws IllegalArgumentException when a number is below 1
     */
    public Table(int table, int row, int cell) {
      this(table, row, OptionalInt.of(cell));
    }

    @Override
    public Message message() {
      return cell.isPresent()
          ? OfficeProblems.of("origin.table-cell", String.valueOf(table), String.valueOf(row), String.valueOf(cell.getAsInt()))
          : OfficeProblems.of("origin.table-row", String.valueOf(table), String.valueOf(row));
    }

    /** {@return "table 3, row 5, cell 2", or "table 3, row 5"} */
    @Override
    public String toString() {
      return describe(Locale.ROOT);
    }
  }

  /**
   * A cell or a row of an XLSX workbook's sheet.
   *
   * @param sheet the sheet's name as on its tab, never empty
   * @param row the row's number, from 1, as Excel shows it
   * @param column the column's number, from 1 (A is 1, D is 4); empty for the row as a whole
   */
  record Sheet(String sheet, int row, OptionalInt column) implements FileOrigin {
    /**
     * Checks the parts.
     *
     * @param sheet the sheet's name, never empty
     * @param row the row's number, from 1
     * @param column the column's number, from 1, or empty
     * @throws IllegalArgumentException when the name is empty or a number is below 1
     * @throws NullPointerException when {@code sheet} or {@code column} is null
     */
    public Sheet {
      Objects.requireNonNull(sheet, "sheet");
      Objects.requireNonNull(column, "column");
      if (sheet.isEmpty()) {
        throw new IllegalArgumentException("sheet: a sheet's name is never empty");
      }
      counted("row", row);
      counted("column", column);
    }

    /**
     * A row as a whole.
     *
     * @param sheet the sheet's name, never empty
     * @param row the row's number, from 1
     * @throws IllegalArgumentException when the name is empty or the number is below 1
     */
    public Sheet(String sheet, int row) {
      this(sheet, row, OptionalInt.empty());
    }

    /**
     * A cell.
     *
     * @param sheet the sheet's name, never empty
     * @param row the row's number, from 1
     * @param column the column's number, from 1 (A is 1)
     * @throws IllegalArgumentException when the name is empty or a number is below 1
     */
    public Sheet(String sheet, int row, int column) {
      this(sheet, row, OptionalInt.of(column));
    }

    /** {@return the cell's reference without the sheet, as Excel writes it ("D17"); empty for a row} */
    public Optional<String> reference() {
      return column.isPresent()
          ? Optional.of(CellReference.convertNumToColString(column.getAsInt() - 1) + row)
          : Optional.empty();
    }

    @Override
    public Message message() {
      String name = SheetNameFormatter.format(sheet);
      return column.isPresent()
          ? OfficeProblems.of("origin.sheet-cell", name, reference().orElseThrow())
          : OfficeProblems.of("origin.sheet-row", name, String.valueOf(row));
    }

    /** {@return "Sheet1!D17", "'Phụ lục'!D17" (the name quoted as Excel quotes it), or "Sheet1, row 17"} */
    @Override
    public String toString() {
      return describe(Locale.ROOT);
    }
  }

  /**
   * A line of a PDF's page, or a column of a table drawn on it: lines counted from 1 at the top of the page
   * as the reader rebuilt them, blank lines not counted; columns counted from the left.
   *
   * @param page the page's number, from 1
   * @param line the line's number on the page, from 1
   * @param column the table column's number, from 1; empty for a line that is not a table's row
   */
  record Page(int page, int line, OptionalInt column) implements FileOrigin {
    /**
     * Checks the numbers.
     *
     * @param page the page's number, from 1
     * @param line the line's number, from 1
     * @param column the column's number, from 1, or empty
     * @throws IllegalArgumentException when a number is below 1
     * @throws NullPointerException when {@code column} is null
     */
    public Page {
      counted("page", page);
      counted("line", line);
      counted("column", Objects.requireNonNull(column, "column"));
    }

    /**
     * A line.
     *
     * @param page the page's number, from 1
     * @param line the line's number, from 1
     * @throws IllegalArgumentException when a number is below 1
     */
    public Page(int page, int line) {
      this(page, line, OptionalInt.empty());
    }

    /**
     * A table's column on a line.
     *
     * @param page the page's number, from 1
     * @param line the line's number, from 1
     * @param column the column's number, from 1
     * @throws IllegalArgumentException when a number is below 1
     */
    public Page(int page, int line, int column) {
      this(page, line, OptionalInt.of(column));
    }

    @Override
    public Message message() {
      return column.isPresent()
          ? OfficeProblems.of("origin.page-column", String.valueOf(page), String.valueOf(line),
              String.valueOf(column.getAsInt()))
          : OfficeProblems.of("origin.page-line", String.valueOf(page), String.valueOf(line));
    }

    /** {@return "page 2, line 14", or "page 9, line 41, column 2"} */
    @Override
    public String toString() {
      return describe(Locale.ROOT);
    }
  }

  /**
   * A line of a text file read together with another file (a text file read alone has no origin: its line
   * and column are its own).
   *
   * @param line the line's number, from 1
   */
  record TextLine(int line) implements FileOrigin {
    /**
     * Checks the number.
     *
     * @param line the line's number, from 1
     * @throws IllegalArgumentException when the number is below 1
     */
    public TextLine {
      counted("line", line);
    }

    @Override
    public Message message() {
      return OfficeProblems.of("origin.text-line", String.valueOf(line));
    }

    /** {@return "line 12"} */
    @Override
    public String toString() {
      return describe(Locale.ROOT);
    }
  }

  /**
   * A place in one of two files a report was read from (the report and its appendix).
   *
   * @param file the file's name, never empty
   * @param place the place in it; never itself an {@code InFile}
   */
  record InFile(String file, FileOrigin place) implements FileOrigin {
    /**
     * Checks the parts.
     *
     * @param file the file's name, never empty
     * @param place the place in it
     * @throws IllegalArgumentException when the name is empty or the place is itself an {@code InFile}
     * @throws NullPointerException when a part is null
     */
    public InFile {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(place, "place");
      if (file.isEmpty()) {
        throw new IllegalArgumentException("file: a file's name is never empty");
      }
      if (place instanceof InFile) {
        throw new IllegalArgumentException("place: " + place + " already names its file");
      }
    }

    @Override
    public Message message() {
      return OfficeProblems.of("origin.in-file", file, place.message());
    }

    /** {@return "phu-luc.xlsx, 'Phụ lục'!D17"} */
    @Override
    public String toString() {
      return describe(Locale.ROOT);
    }
  }

  private static void counted(String what, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(what + ": counted from 1, but " + n + " was given");
    }
  }

  private static void counted(String what, OptionalInt n) {
    if (n.isPresent()) {
      counted(what, n.getAsInt());
    }
  }
}
