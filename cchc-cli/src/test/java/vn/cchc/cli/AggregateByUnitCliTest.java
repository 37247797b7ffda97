package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cchc aggregate FILE... --units UNITS --by district --to text|json|csv|html|xlsx -o OUT}. */
class AggregateByUnitCliTest {
  static final Path SAMPLE = ReadCommandTest.SAMPLE;
  static final Path UNITS = Path.of("..", "docs", "samples", "don-vi-hanh-chinh-thai-nguyen-mau.csv");

  @TempDir
  Path tmp;

  @Test
  void theDocsUnitListIsTheOneBundledWithTheLibrary() throws IOException {
    try (InputStream in = vn.cchc.rules.units.UnitRegistry.class.getResourceAsStream("thai-nguyen-sample.csv")) {
      assertThat(Files.readAllBytes(UNITS)).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void jsonPlacesTheSampleUnderVoNhaiAndListsTheCommunesThatDidNotReport() {
    CliRun run = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--by", "district", "--to",
        "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode n = JsonMapper.builder().build().readTree(run.out());
    assertThat(n.get("rows").get(0).get("name").asString()).isEqualTo("Tổng Huyện Võ Nhai");
    assertThat(n.get("rows").get(1).get("name").asString()).isEqualTo("Thị trấn Đình Cả");
    assertThat(n.get("rows").get(1).get("errors").asInt()).isPositive();
    assertThat(n.get("coverage").get("missing")).hasSize(14);
    assertThat(run.err()).contains("cảnh báo: " + SAMPLE + ": Thị trấn Đình Cả: báo cáo có");
  }

  @Test
  void textIsATablePerUnit() {
    CliRun run = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--exclude-errors");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Tổng hợp quý I năm 2024: 0 báo cáo được tính; 1/15 đơn vị đã báo cáo",
        "  170 Tổng Huyện Võ Nhai", "    05716 Thị trấn Đình Cả [", "lỗi, không tính]", "Chưa báo cáo (14): Xã Sảng Mộc");
  }

  @Test
  void theSameReportTwiceIsCountedOnceWithExitCode1() {
    CliRun run = CliRun.of("aggregate", SAMPLE.toString(), SAMPLE.toString(), "--units", UNITS.toString(), "--to",
        "csv");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("lỗi: " + SAMPLE + ", " + SAMPLE + ": Thị trấn Đình Cả có 2 báo cáo cùng kỳ");
    assertThat(run.out().lines().filter(l -> l.contains("05716"))).as(run.out()).hasSize(1);
  }

  @Test
  void htmlAndXlsxAreWrittenToTheOutputFile() throws IOException {
    Path html = tmp.resolve("dashboard.html");
    CliRun h = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--to", "html", "--target",
        "3.4.2=95", "-o", html.toString());
    assertThat(h.exitCode()).as(h.err()).isZero();
    assertThat(Files.readString(html)).contains("<svg", "Mục tiêu 95,00 %", "Thị trấn Đình Cả");
    Path xlsx = tmp.resolve("tong-hop.xlsx");
    CliRun x = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--by", "province", "--to", "xlsx",
        "-o", xlsx.toString());
    assertThat(x.exitCode()).as(x.err()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheet("Tổng hợp").getRow(4).getCell(4).getStringCellValue()).isEqualTo("Tổng Tỉnh Thái Nguyên");
      assertThat(wb.getSheet("Biểu đồ").getDrawingPatriarch().getCharts()).hasSize(1);
    }
  }

  @Test
  void mistakesAreOneLineWithExitCode2() throws IOException {
    CliRun binary = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--to", "xlsx");
    assertThat(binary.exitCode()).isEqualTo(2);
    assertThat(binary.err()).contains("hãy cho tệp kết quả bằng -o"); // --lang vi, the default
    CliRun noUnits = CliRun.of("aggregate", SAMPLE.toString(), "--to", "html");
    assertThat(noUnits.exitCode()).isEqualTo(2);
    assertThat(noUnits.err()).contains("cần --units");
    assertThat(CliRun.of("aggregate", SAMPLE.toString(), "--to", "html", "--lang", "en").err()).contains("needs --units");
    Path bad = tmp.resolve("units.csv");
    Files.writeString(bad, "Mã,Tên,Cấp,Mã cấp trên\n19,Tỉnh Thái Nguyên,tỉnh,\n19,Tỉnh Bắc Kạn,tỉnh,\n");
    CliRun dup = CliRun.of("aggregate", SAMPLE.toString(), "--units", bad.toString());
    assertThat(dup.exitCode()).isEqualTo(2);
    assertThat(dup.err().strip()).isEqualTo("units.csv:3:1: duplicate code 19 (Tỉnh Bắc Kạn), first on line 2");
    CliRun unknown = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--indicators", "9.9");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("not in catalogue cchc-2024: 9.9");
  }
}
