package vn.cchc.render.office;

import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.IndicatorValue;

import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;


/** The workbook read back with POI, every figure compared with the report. */
class XlsxRendererTest {

  static XSSFWorkbook read(byte[] bytes) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** Row index by the "Mã chỉ tiêu" (indicator id) column. */
  static Map<String, Row> byId(Sheet s, int idCol) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : s) {
      Cell c = r.getCell(idCol);
      if (c != null && c.getCellType() == CellType.STRING) {
        m.put(c.getStringCellValue(), r);
      }
    }
    return m;
  }

  @Test
  void everyFigureOfTheAppendixComesBackWithItsType() throws Exception {
    RenderInput in = Samples.input();
    try (XSSFWorkbook wb = read(Render.bytes("xlsx", in, RenderOptions.defaults()))) {
      Sheet s = wb.getSheet("Phụ lục");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("45/BC-UBND", "quý I năm 2024");
      Row head = s.getRow(2);
      assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
      assertThat(head.getCell(4).getStringCellValue()).isEqualTo("Số liệu");
      Map<String, Row> rows = byId(s, 0);
      DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
      for (AppendixEntry e : in.report().appendix()) {
        Row r = rows.get(e.indicatorId());
        assertThat(r).as(e.indicatorId()).isNotNull();
        assertThat(r.getCell(2).getStringCellValue()).isEqualTo(e.label());
        assertThat(r.getCell(3).getStringCellValue()).isEqualTo(e.unitAsWritten());
        Cell v = r.getCell(4);
        IndicatorValue value = e.value();
        switch (value.state()) {
          case COUNT:
          case MONEY:
            assertThat(v.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(v.getNumericCellValue())).isEqualByComparingTo(value.number().orElseThrow());
            break;
          case PERCENTAGE:
            assertThat(v.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(v.getNumericCellValue() * 100).isCloseTo(value.number().orElseThrow().doubleValue(), within(1e-9));
            assertThat(v.getCellStyle().getDataFormatString()).endsWith("%");
            break;
          case CODED:
            assertThat(v.getStringCellValue()).matches("\\d \\(.+\\)");
            break;
          case NOT_APPLICABLE:
            assertThat(v.getStringCellValue()).isEqualTo("-");
            break;
          default:
            assertThat(v == null || v.getCellType() == CellType.BLANK).as("blank stays blank, never 0").isTrue();
        }
      }
      assertThat(fmt.formatCellValue(rows.get("3.2.4").getCell(4))).isEqualTo("99.3%");
      assertThat(fmt.formatCellValue(rows.get("1.1").getCell(4))).isEqualTo("30%");
      assertThat(fmt.formatCellValue(rows.get("3.1.3").getCell(4))).isEqualTo("1,492");
      assertThat(rows.get("7.2").getCell(4).getStringCellValue()).isEqualTo("2 (3 cấp)");
      assertThat(rows.get("1.4.2").getCell(4).getStringCellValue()).isEqualTo("2 (Kết hợp)");
      assertThat(rows.get("3.2.4").getCell(5).getNumericCellValue()).isCloseTo(0.993297587, within(1e-9));
      assertThat(fmt.formatCellValue(rows.get("3.2.4").getCell(5))).isEqualTo("99.3%");
      assertThat(rows.get("1.1").getCell(7).getStringCellValue()).contains("[lỗi]").doesNotContain("ratio.consistent");
      assertThat(s.getLastRowNum() - 2).isEqualTo(in.report().appendix().size());

      Sheet f = wb.getSheet("Phát hiện");
      assertThat(f.getPhysicalNumberOfRows()).isEqualTo(1 + in.findings().size());
      assertThat(f.getRow(1).getCell(1).getStringCellValue()).isEqualTo("lỗi");
      assertThat(f.getRow(1).getCell(2).getStringCellValue()).isEqualTo("ratio.consistent");
      assertThat(f.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(30.0);
      assertThat(f.getRow(3).getCell(4).getStringCellValue()).isEqualTo("I.1, dòng 12");
      // numbers of a finding are General: a year reads 2024, never 2,024
      assertThat(f.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("General");
    }
  }

  @Test
  void theSheetIsAWorkingSheet() throws Exception {
    RenderInput in = Samples.input();
    try (XSSFWorkbook wb = read(Render.bytes("xlsx", in, RenderOptions.defaults()))) {
      org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheet("Phụ lục");
      Map<String, Row> rows = byId(s, 0);
      // borders on every table cell, the header row printed on every page, one page wide
      Cell label = rows.get("1.1").getCell(2);
      assertThat(List.of(label.getCellStyle().getBorderTop(), label.getCellStyle().getBorderBottom(),
          label.getCellStyle().getBorderLeft(), label.getCellStyle().getBorderRight()))
          .containsOnly(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      assertThat(s.getRepeatingRows()).isEqualTo(org.apache.poi.ss.util.CellRangeAddress.valueOf("3:3"));
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      // a label that wraps to two lines gets a row two lines high; a short one keeps the default
      assertThat(rows.get("1.1").getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
      assertThat(rows.get("2.1").getHeightInPoints()).isLessThan(2 * 15f);
      // 1.1's derived value is a formula over its numerator and denominator cells, with the cached value
      Cell derived = rows.get("1.1").getCell(5);
      assertThat(derived.getCellType()).isEqualTo(CellType.FORMULA);
      String v = "E";
      assertThat(derived.getCellFormula()).isEqualTo(v + (rows.get("1.1/numerator").getRowNum() + 1) + "/" + v
          + (rows.get("1.1/denominator").getRowNum() + 1));
      assertThat(derived.getNumericCellValue()).isEqualTo(0.3);
      assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(derived).getNumberValue()).isEqualTo(0.3);
      // 3.2.4's numerator is not reported: no formula, the derived number
      assertThat(rows.get("3.2.4").getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      // coded cells have a drop-down of their code list
      Cell survey = rows.get("1.4.2").getCell(4);
      assertThat(s.getDataValidations()).anySatisfy(dv -> {
        assertThat(dv.getValidationConstraint().getExplicitListValues())
            .containsExactly("0 (Trực tuyến)", "1 (Phát phiếu)", "2 (Kết hợp)");
        assertThat(dv.getRegions().getCellRangeAddresses()).anySatisfy(a -> assertThat(a.isInRange(survey)).isTrue());
      });
      // a figure with findings is filled by its most severe one and carries them as its comment
      Cell r11 = rows.get("1.1").getCell(4);
      assertThat(r11.getCellStyle().getFillForegroundColor())
          .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
      assertThat(r11.getCellStyle().getDataFormatString()).endsWith("%");
      assertThat(r11.getCellComment().getString().getString()).startsWith("[lỗi] 1.1 \"Tỷ lệ hoàn thành kế hoạch CCHC năm (lũy kế đến thời điểm…\": Tỷ lệ 30% không khớp");
      assertThat(rows.get("3.2.4").getCell(4).getCellStyle().getFillForegroundColor())
          .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
      assertThat(rows.get("2.1").getCell(4).getCellComment()).isNull();
      // codes and ids are text
      assertThat(rows.get("3.1.3").getCell(1).getCellType()).isEqualTo(CellType.STRING);
    }
  }

  @Test
  void aBatchIsOneWorkbookWithTheReportInTheFirstColumns() throws Exception {
    int n = 50;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.find("xlsx").renderAll(java.util.Collections.nCopies(n, Samples.input()), RenderOptions.defaults(), out);
    try (XSSFWorkbook wb = read(out.toByteArray())) {
      Sheet s = wb.getSheet("Phụ lục");
      int rows = Samples.report().appendix().size();
      assertThat(s.getLastRowNum()).isEqualTo(n * rows);
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("45/BC-UBND");
      assertThat(s.getRow(1).getCell(3).getStringCellValue()).isEqualTo("1.1");
      assertThat(wb.getSheet("Phát hiện").getLastRowNum()).isEqualTo(n * 3);
    }
  }

  @Test
  void withoutFindingsThereIsNoFindingsSheet() throws Exception {
    RenderOptions o = RenderOptions.builder().includeFindings(false).includeDerived(false).build();
    try (XSSFWorkbook wb = read(Render.bytes("xlsx", Samples.input(), o))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
      List<String> head = new java.util.ArrayList<>();
      wb.getSheetAt(0).getRow(2).forEach(c -> head.add(c.getStringCellValue()));
      assertThat(head).containsExactly("Mã chỉ tiêu", "STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú");
    }
  }
}
