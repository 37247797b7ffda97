package vn.cchc.render.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderers;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.UnitTableRows;
import vn.cchc.render.testing.Rollups;
import vn.cchc.rules.rollup.UnitRollUp;
import vn.cchc.rules.units.UnitRegistry;

/**
 * The roll-up workbook in Vietnamese and in English: title, column headers, row kinds, the "yes" of the late and
 * excluded columns and the formulas' criterion over it, the chart's title and target series follow
 * {@link RenderOptions#locale()}; the sheet names stay the same (the formulas name them); the figures do not change.
 */
class XlsxAggregateLocalisationTest {
  /** The district roll-up with the reports that have errors left out, so that the "excluded" column is used. */
  private static final AggregateInput INPUT = AggregateInput.of(UnitRollUp.of(Rollups.catalogue(), UnitRegistry.sample())
      .excludingErrors(true).roll(Rollups.sources()), Rollups.catalogue()).withTargets(Rollups.targets());

  private static XSSFWorkbook render(Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AggregateRenderers.find("xlsx").render(INPUT, RenderOptions.builder().locale(locale).build(), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> row(XSSFSheet s, int r, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int c = from; c < to; c++) {
      Cell cell = s.getRow(r).getCell(c);
      out.add(cell == null ? "" : cell.getStringCellValue());
    }
    return out;
  }

  @Test
  void theWorkbookIsWordedInVietnamese() throws IOException {
    try (XSSFWorkbook wb = render(RenderOptions.VIETNAMESE)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Tổng hợp");
      assertThat(wb.getSheetName(1)).isEqualTo("Biểu đồ");
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Tổng hợp kết quả cải cách hành chính — quý I năm 2024");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Danh mục cchc-2024; đơn vị báo cáo cấp xã, "
          + "nhóm theo cấp huyện; hạn nộp 2024-03-20; báo cáo có lỗi không tính vào tổng");
      assertThat(row(s, 3, 0, 12)).isEqualTo(UnitTableRows.fixedHeader());
      assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("tổng nhóm");
      assertThat(s.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Tổng Huyện Võ Nhai");
      assertThat(s.getRow(5).getCell(10).getStringCellValue()).isEqualTo("có");
      assertThat(s.getRow(4).getCell(11).getCellFormula()).isEqualTo("COUNTIFS(K6:K9,\"<>có\")");
      assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(wb.getSheetAt(1).getRow(0).getCell(4).getStringCellValue()).isEqualTo("Mục tiêu 3.4.2 (%)");
      assertThat(wb.getSheetAt(1).getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
          .isEqualTo("Các chỉ tiêu chính theo đơn vị — quý I năm 2024");
    }
  }

  @Test
  void theWorkbookIsWordedInEnglishWithTheSameSheetsAndFigures() throws IOException {
    try (XSSFWorkbook en = render(Locale.ENGLISH); XSSFWorkbook vi = render(RenderOptions.VIETNAMESE)) {
      assertThat(en.getSheetName(0)).isEqualTo("Tổng hợp");
      assertThat(en.getSheetName(1)).isEqualTo("Biểu đồ");
      XSSFSheet s = en.getSheetAt(0);
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Administrative reform results rolled up — Q1 2024");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Catalogue cchc-2024; reporting units: commune "
          + "level, grouped by district; due by 2024-03-20; reports with errors not counted in the totals");
      assertThat(row(s, 3, 0, 12)).isEqualTo(UnitTableRows.fixedHeader(Locale.ENGLISH)).contains("Not counted in the totals");
      assertThat(s.getRow(3).getCell(12).getStringCellValue()).endsWith(" — numerator");
      assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("group total");
      assertThat(s.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Total Huyện Võ Nhai");
      assertThat(s.getRow(5).getCell(10).getStringCellValue()).isEqualTo("yes");
      assertThat(s.getRow(4).getCell(11).getCellFormula()).isEqualTo("COUNTIFS(K6:K9,\"<>yes\")");
      assertThat(s.getRow(4).getCell(12).getCellFormula()).isEqualTo("SUMIFS(M6:M9,K6:K9,\"<>yes\")");
      assertThat(en.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit");
      assertThat(en.getSheetAt(1).getRow(0).getCell(4).getStringCellValue()).isEqualTo("Target 3.4.2 (%)");
      assertThat(en.getSheetAt(1).getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
          .isEqualTo("Key indicators by unit — Q1 2024");
      // the same figures, and POI's evaluator finds them again from the English criteria
      XSSFFormulaEvaluator ev = en.getCreationHelper().createFormulaEvaluator();
      XSSFSheet v = vi.getSheetAt(0);
      for (Row r : s) {
        if (r.getRowNum() < 4) {
          continue;
        }
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            assertThat(c.getNumericCellValue()).isEqualTo(v.getRow(r.getRowNum()).getCell(c.getColumnIndex()).getNumericCellValue());
            assertThat(ev.evaluate(c).getNumberValue()).as(c.getAddress() + " " + c.getCellFormula())
                .isCloseTo(c.getNumericCellValue(), org.assertj.core.data.Offset.offset(1e-9));
          } else if (c.getCellType() == CellType.NUMERIC) {
            assertThat(c.getNumericCellValue()).isEqualTo(v.getRow(r.getRowNum()).getCell(c.getColumnIndex()).getNumericCellValue());
          }
        }
      }
    }
  }
}
