package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;

/**
 * Workbooks shaped as Excel writes them, built cell by cell with POI: numbers as numbers, a
 * percentage as a fraction with the format 0.0%, a number stored as text, a "Trong đó" merged down
 * over its rows, a formula with its cached value and one without, an error value, a date, several
 * sheets, hidden rows, a cell hidden under a merge, too many cells, a damaged file.
 */
class ExcelShapedXlsxTest {
  private static final FileLimits LIMITS = FileLimits.defaults();
  private static final String CAPTION = "(Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của UBND thị trấn Đình Cả)";

  /** A sheet: one row per array, null an absent cell; a Double a number, a String text. */
  private static void rows(XSSFWorkbook wb, XSSFSheet sheet, Object[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      if (rows[r] == null) {
        continue;
      }
      XSSFRow row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v == null) {
          continue;
        }
        XSSFCell cell = row.createCell(c);
        if (v instanceof Double) {
          cell.setCellValue((Double) v);
        } else {
          cell.setCellValue((String) v);
        }
      }
    }
  }

  private static final Object[][] APPENDIX = {
      {"PHỤ LỤC"},
      {CAPTION},
      null,
      {"STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"},
      {"3.2.4.", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 0.993, null},
      {"Trong đó", "Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)", "Hồ sơ", 1492.0, null},
      {null, "Số hồ sơ TTHC đã tiếp nhận trực tuyến", "Hồ sơ", "1.482", null},
      {"2.2.", "Số VBQPPL đã kiểm tra theo thẩm quyền của Chủ tịch UBND cấp huyện", "-", "-", null},
      {"2.3.", "Số VBQPPL đã rà soát", "Văn bản", 0.0, null},
      {"3.3.3.", "Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ theo hướng không phụ thuộc vào địa giới hành chính.",
          "Thủ tục", null, null},
  };

  private static XSSFWorkbook appendix(String name) {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet(name);
    rows(wb, sheet, APPENDIX);
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    sheet.getRow(4).getCell(3).setCellStyle(percent);
    CellStyle thousands = wb.createCellStyle();
    thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    sheet.getRow(5).getCell(3).setCellStyle(thousands);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
    sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
    // an empty but bordered cell beyond the table, as a formatted sheet has
    sheet.getRow(8).createCell(7).setCellStyle(percent);
    return wb;
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  private static List<String> texts(DerivedText t) {
    return t.lines().stream().map(SourceLine::text).collect(Collectors.toList());
  }

  @Test
  void cellsBecomeTheTextReadersRows() throws Exception {
    DerivedText t = XlsxText.derive(bytes(appendix("Phụ lục")), LIMITS, Optional.empty());

    assertThat(texts(t)).containsExactly(
        "PHỤ LỤC",
        CAPTION,
        "",
        "STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú",
        "3.2.4.\tTỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến\t%\t99,3%\t",
        "Trong đó\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t1.492\t",
        "\tSố hồ sơ TTHC đã tiếp nhận trực tuyến\tHồ sơ\t1.482\t",
        "2.2.\tSố VBQPPL đã kiểm tra theo thẩm quyền của Chủ tịch UBND cấp huyện\t-\t-\t",
        "2.3.\tSố VBQPPL đã rà soát\tVăn bản\t0\t",
        "3.3.3.\tSố TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ theo hướng không phụ thuộc vào địa giới hành chính.\tThủ tục\t\t");
    assertThat(t.problems()).isEmpty();
    SourceLine row = t.lines().get(4);
    assertThat(row.origin()).isEqualTo(new FileOrigin.Sheet("Phụ lục", 5)).hasToString("'Phụ lục', row 5");
    assertThat(row.originAt(row.cellColumns()[3])).isEqualTo(new FileOrigin.Sheet("Phụ lục", 5, 4))
        .hasToString("'Phụ lục'!D5");
    assertThat(t.lines().get(1).originAt(1)).hasToString("'Phụ lục'!A2");

    // with a Word report's header, title and sections before it: the figures as Excel shows them
    Path dir = Files.createTempDirectory("cchc-xlsx");
    List<String> blocks = WordShapedDocxTest.report("<w:t xml:space=\"preserve\">99,3</w:t>");
    Path report = Files.write(dir.resolve("bao-cao.docx"), WordShapedDocxTest.docx(blocks.subList(0, blocks.size() - 3)));
    Path appendix = Files.write(dir.resolve("phu-luc.xlsx"), bytes(appendix("Sheet1")));
    assertThat(ReportFileReader.of(Catalogues.bundled()).formatOf(appendix)).isEqualTo(SourceFormat.XLSX);
    FileReadResult read = ReportFileReader.of(Catalogues.bundled()).readLenient(report, appendix);
    assertThat(read.readResult().problems()).as(read.text()).isEmpty();
    assertThat(LibreOfficeDocxTest.values(read.readResult().report().orElseThrow())).containsEntry("3.2.4",
        "PERCENTAGE 99,3%").containsEntry("3.2.4/denominator", "COUNT 1.492").containsEntry("3.2.4/numerator",
        "COUNT 1.482").containsEntry("2.2", "NOT_APPLICABLE -").containsEntry("2.3", "COUNT 0")
        .containsEntry("3.3.3", "NOT_REPORTED ");
  }

  @Test
  void theAppendixSheetIsFoundAmongOthersAndTheOthersAreNamed() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    rows(wb, wb.createSheet("Hướng dẫn"), new Object[][] {{"Điền số liệu vào sheet Phụ lục"}});
    rows(wb, wb.createSheet("Tổng hợp"), new Object[][] {{"STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu"},
        {"1.", "Công tác chỉ đạo, điều hành CCHC"}});
    rows(wb, wb.createSheet("Phụ lục"), APPENDIX);
    wb.setSheetHidden(0, true);
    byte[] xlsx = bytes(wb);

    DerivedText t = XlsxText.derive(xlsx, LIMITS, Optional.empty());

    assertThat(texts(t)).startsWith("PHỤ LỤC", CAPTION);
    assertThat(t.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.SKIPPED_TEXT);
      assertThat(p.severity()).isEqualTo(ProblemSeverity.INFO);
      assertThat(p.message()).isEqualTo("the workbook has 3 sheets; read \"Phụ lục\" (its appendix table header and 4 "
          + "rows with a code; of 2 sheets with such a table it has the most rows with a code (\"Tổng hợp\": 1)); "
          + "not read: \"Hướng dẫn\" (hidden), \"Tổng hợp\"");
    });

    DerivedText chosen = XlsxText.derive(xlsx, LIMITS, Optional.of("Tổng hợp"));
    assertThat(texts(chosen)).containsExactly("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu", "1.\tCông tác chỉ đạo, điều hành CCHC\t\t");
    assertThat(chosen.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("read \"Tổng hợp\" (as asked)"));

    assertThatThrownBy(() -> ReportFileReader.of(Catalogues.bundled()).withSheet("Phu luc").readLenient(xlsx))
        .isInstanceOf(FileFormatException.class).hasMessage("the workbook has no sheet named \"Phu luc\"; its sheets are "
            + "\"Hướng dẫn\" (hidden), \"Tổng hợp\", \"Phụ lục\"");
  }

  @Test
  void formulasErrorsDatesAndBooleans() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Sheet1");
    XSSFRow r = s.createRow(0);
    r.createCell(0).setCellValue(1492);
    XSSFCell cached = r.createCell(1);
    cached.setCellFormula("A1-10");
    cached.setCellValue(1482); // Excel saves a formula with its computed value
    XSSFCell none = r.createCell(2);
    none.setCellFormula("A1*2"); // a program that does not compute formulas
    XSSFCell error = r.createCell(3);
    error.setCellErrorValue(FormulaError.DIV0.getCode());
    XSSFCell date = r.createCell(4);
    date.setCellValue(LocalDate.of(2024, 3, 12));
    CellStyle dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
    date.setCellStyle(dateStyle);
    r.createCell(5).setCellValue(true);

    DerivedText t = XlsxText.derive(bytes(wb), LIMITS, Optional.empty());

    assertThat(texts(t)).containsExactly("1.492\t1.482\t\t#DIV/0!\t12/03/2024\tTRUE");
    assertThat(t.problems()).extracting(ReadProblem::kind, ReadProblem::severity, ReadProblem::offendingText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemKind.UNREADABLE_VALUE, ProblemSeverity.ERROR, "=A1*2"),
            org.assertj.core.groups.Tuple.tuple(ProblemKind.UNREADABLE_VALUE, ProblemSeverity.ERROR, "#DIV/0!"));
    assertThat(t.problems().get(0).message()).startsWith("Sheet1!C1 holds the formula =A1*2 without a computed value");
    assertThat(t.problems().get(1).location().column()).isEqualTo("1.492\t1.482\t\t".length() + 1);
  }

  @Test
  void hiddenRowsAreReadAndSaidACellUnderAMergeIsAWarningRoundingIsSaid() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Sheet1");
    rows(wb, s, new Object[][] {{"STT", "Các chỉ tiêu", "Kết quả", "còn sót"}, {"1.", "a", 0.99347, null}});
    s.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
    s.getRow(1).setZeroHeight(true);
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    s.getRow(1).getCell(2).setCellStyle(percent);

    DerivedText t = XlsxText.derive(bytes(wb), LIMITS, Optional.empty());

    assertThat(texts(t)).containsExactly("STT\tCác chỉ tiêu\tKết quả", "1.\ta\t99,3%");
    assertThat(t.problems()).extracting(ReadProblem::severity, ReadProblem::message).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(ProblemSeverity.INFO,
            "the sheet \"Sheet1\" hides rows 2 in Excel; they are read (a printed copy does not show them)"),
        org.assertj.core.groups.Tuple.tuple(ProblemSeverity.WARNING, "Sheet1!D1 lies under the merged cells C1:D1 and "
            + "is not shown by Excel; its content is not read: unmerge the cells or clear it"),
        org.assertj.core.groups.Tuple.tuple(ProblemSeverity.INFO, "1 number(s) hold more digits than their cell's "
            + "number format shows (first: Sheet1!C2 holds 0.99347, shown as 99,3%); each is read as Excel shows it, "
            + "rounded to the format's decimals"));
  }

  @Test
  void tooManyCellsStopsDamagedIsAFileFormatException() throws Exception {
    byte[] xlsx = bytes(appendix("Phụ lục"));
    FileLimits small = new FileLimits(1 << 20, 1 << 20, 1 << 22, 100, 0.01, 10, 10);

    DerivedText t = XlsxText.derive(xlsx, small, Optional.empty());

    assertThat(t.stop()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE);
      assertThat(p.message()).isEqualTo("the sheet \"Phụ lục\" has more than 10 cells");
    });

    // a workbook whose sheet part is not XML: keep the ZIP sound, break the sheet's content
    byte[] broken = LibreOfficeXlsxTest.replaceEntry(xlsx, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>");
    assertThatThrownBy(() -> XlsxText.derive(broken, LIMITS, Optional.empty())).isInstanceOf(FileFormatException.class)
        .satisfies(e -> {
          assertThat(((FileFormatException) e).reason()).isEqualTo(FileFormatException.Reason.DAMAGED);
          assertThat(e.getCause()).isNotNull();
          assertThat(e.getMessage()).startsWith("the XLSX cannot be read, its content is damaged");
        });
  }
}
