package vn.cchc.render.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderers;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.UnitTableRows;
import vn.cchc.render.testing.Rollups;

/**
 * The roll-up workbook: found through the aggregate SPI; one row per unit beneath its group's total; totals
 * are formulas whose cached values are cchc's figures; POI's own evaluator and LibreOffice (made to
 * recalculate on load, from deliberately wrong cached values) compute the same numbers; the chart sheet has a
 * native bar chart of the key ratios with the target as a line.
 */
class XlsxAggregateTest {
  static AggregateInput input;
  static byte[] xlsx;
  static List<UnitTableRows.Row> rows;

  @BeforeAll
  static void render() throws IOException {
    input = AggregateInput.of(Rollups.table(), Rollups.catalogue()).withTargets(Rollups.targets());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AggregateRenderers.find("xlsx").render(input, RenderOptions.defaults(), out);
    xlsx = out.toByteArray();
    rows = UnitTableRows.rows(input);
  }

  /** The columns of numerator, denominator and ratio of the i-th key indicator. */
  private static int col(int indicator, int part) {
    return UnitTableRows.fixedHeader().size() + 3 * indicator + part;
  }

  private static BigDecimal round(BigDecimal b, int scale) {
    return b.setScale(scale, RoundingMode.HALF_UP);
  }

  @Test
  void oneRowPerUnitUnderFormulaTotalsWithCchcsFiguresCached() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet s = wb.getSheet("Tổng hợp");
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
      Row groupRow = s.getRow(4);
      assertThat(groupRow.getCell(4).getStringCellValue()).isEqualTo("Tổng Huyện Võ Nhai");
      assertThat(s.getRow(5).getCell(4).getStringCellValue()).isEqualTo("Thị trấn Đình Cả");
      Cell num = groupRow.getCell(col(0, 0));
      assertThat(num.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(num.getCellFormula()).isEqualTo("SUMIFS(M6:M9,K6:K9,\"<>có\")");
      assertThat(num.getNumericCellValue()).isEqualTo(1349.0);
      assertThat(groupRow.getCell(col(0, 2)).getNumericCellValue()).isCloseTo(47.3998, org.assertj.core.data.Offset.offset(1e-3));
      Row total = s.getRow(4 + rows.size() - 1);
      assertThat(total.getCell(4).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat(total.getCell(col(0, 0)).getCellFormula()).isEqualTo("SUM(M5,M10)");
      // POI's evaluator agrees with every cached value
      XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      for (int r = 4; r < 4 + rows.size(); r++) {
        for (Cell c : s.getRow(r)) {
          if (c.getCellType() == CellType.FORMULA) {
            double cached = c.getNumericCellValue();
            assertThat(ev.evaluate(c).getNumberValue()).as(c.getAddress() + " " + c.getCellFormula())
                .isCloseTo(cached, org.assertj.core.data.Offset.offset(1e-9));
          }
        }
      }
    }
  }

  @Test
  void theChartSheetHasANativeBarChartOfTheKeyRatiosAndTheTargetLine() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet s = wb.getSheet("Biểu đồ");
      List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      XSSFChart chart = charts.get(0);
      assertThat(chart.getTitleText().getString()).contains("quý I năm 2024");
      List<XDDFChartData> data = chart.getChartSeries();
      XDDFBarChartData bars = (XDDFBarChartData) data.stream().filter(d -> d instanceof XDDFBarChartData).findFirst()
          .orElseThrow();
      assertThat(bars.getSeriesCount()).isEqualTo(3);
      assertThat(bars.getSeries(0).getCategoryData().getPointCount()).isEqualTo(6);
      assertThat(bars.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("Thị trấn Đình Cả");
      assertThat(data.stream().filter(d -> d instanceof XDDFLineChartData)).hasSize(1);
      assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isCloseTo(2.633, org.assertj.core.data.Offset.offset(1e-3));
    }
  }

  @Test
  void libreOfficeRecalculatesTheFormulasToCchcsFigures(@TempDir Path dir) throws Exception {
    String soffice = OfficePackagingTest.soffice();
    assumeTrue(soffice != null, "soffice (LibreOffice) is not installed: the recalculation check is skipped");
    // wrong cached values, so that only a recalculation can give the right numbers
    Path file = dir.resolve("rollup.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); OutputStream out = Files.newOutputStream(file)) {
      for (Row r : wb.getSheet("Tổng hợp")) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            c.setCellValue(-1);
          }
        }
      }
      wb.write(out);
    }
    Path profile = dir.resolve("lo-profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\">"
        + "<value>0</value></prop></item>\n</oor:items>\n");
    Path outDir = dir.resolve("out");
    Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", outDir.toString(), file.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    Path csv = outDir.resolve("rollup.csv");
    assertThat(csv).as(Files.readString(dir.resolve("lo.log"))).exists();
    // LibreOffice ends records with LF; the strict reader wants CRLF
    List<List<String>> table = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n"));
    List<String> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      UnitTableRows.Row want = rows.get(i);
      if (want.kind() == UnitTableRows.Kind.UNIT) {
        continue;
      }
      List<String> got = table.get(4 + i);
      assertThat(got.get(4)).isEqualTo(want.name());
      assertThat(got.get(11)).as(want.name() + " reports").isEqualTo(Long.toString(want.reports()));
      assertThat(got.get(8)).as(want.name() + " errors").isEqualTo(Long.toString(want.errors()));
      for (int k = 0; k < input.indicators().size(); k++) {
        UnitTableRows.Figure f = want.figures().get(input.indicators().get(k));
        assertThat(got.get(col(k, 0))).as(want.name() + " numerator").isEqualTo(round(f.numerator().orElseThrow(), 0)
            .toPlainString());
        assertThat(got.get(col(k, 1))).isEqualTo(round(f.denominator().orElseThrow(), 0).toPlainString());
        assertThat(got.get(col(k, 2))).as(want.name() + " ratio").isEqualTo(round(f.value().orElseThrow(), 2).toPlainString());
        checked.add(want.name() + " " + input.indicators().get(k));
      }
    }
    assertThat(checked).hasSize(9);
  }
}
