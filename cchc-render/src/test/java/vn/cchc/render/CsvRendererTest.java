package vn.cchc.render;

import vn.cchc.render.testing.Samples;
import vn.cchc.render.testing.Render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

  /** A strict RFC 4180 reader: fields separated by commas, records by CRLF, quotes doubled inside quoted fields. */
  public static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          f.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
          i++;
          continue;
        }
        f.append(c);
        i++;
        continue;
      }
      if (c == '"') {
        if (f.length() != 0) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("bare line break at " + i);
      } else {
        f.append(c);
      }
      i++;
    }
    if (quoted || f.length() != 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return rows;
  }

  @Test
  void oneHeaderThenOneRecordPerEntryWithMachineReadableValues() {
    List<List<String>> rows = parse(Render.string("csv", Samples.input()));
    assertThat(rows.get(0)).containsExactly("Số, ký hiệu", "Cơ quan ban hành", "Kỳ báo cáo", "Mã chỉ tiêu", "STT",
        "Các chỉ tiêu", "Đơn vị tính", "Trạng thái", "Số liệu", "Giá trị tính lại", "Phát hiện", "Ghi chú");
    assertThat(rows).hasSize(1 + Samples.report().appendix().size());
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(12));
    assertThat(rows.get(1)).startsWith("45/BC-UBND", "UBND thị trấn Đình Cả", "quý I năm 2024", "1.1", "1.1.",
        Samples.LABEL_1_1, "%", "PERCENTAGE", "30", "30");
    assertThat(rows).filteredOn(r -> r.get(3).equals("3.2.4")).singleElement()
        .satisfies(r -> assertThat(r.subList(8, 10)).containsExactly("99.3", "99.3298"));
    assertThat(rows).filteredOn(r -> r.get(3).equals("3.1.3")).singleElement()
        .satisfies(r -> assertThat(r.get(8)).isEqualTo("1492"));
    assertThat(rows).filteredOn(r -> r.get(3).equals("2.2")).singleElement()
        .satisfies(r -> assertThat(r.subList(7, 9)).containsExactly("NOT_APPLICABLE", "-"));
    assertThat(rows).filteredOn(r -> r.get(3).equals("3.2.4/numerator")).singleElement()
        .satisfies(r -> assertThat(r.subList(7, 9)).containsExactly("NOT_REPORTED", ""));
    assertThat(rows).filteredOn(r -> r.get(3).equals("2.1")).singleElement()
        .satisfies(r -> assertThat(r.subList(7, 9)).containsExactly("COUNT", "0"));
    assertThat(rows).filteredOn(r -> r.get(3).equals("6.1")).singleElement()
        .satisfies(r -> assertThat(r.get(8)).isEqualTo("1.5"));
  }

  static String cellOf(String raw) {
    return parse(vn.cchc.render.internal.CsvCellsAccess.cell(raw) + "\r\n").get(0).get(0);
  }

  @Test
  void theBomIsWrittenOnlyWhenAskedFor() {
    byte[] plain = Render.bytes("csv", Samples.input(), RenderOptions.defaults());
    byte[] bom = Render.bytes("csv", Samples.input(), RenderOptions.builder().csvBom(true).build());
    assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
    assertThat(new byte[] {bom[0], bom[1], bom[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bom, 3, bom.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(new String(plain, StandardCharsets.UTF_8));
  }

  @Test
  void formulaLikeCellsAreNeutralisedButNumbersAndDashesAreNot() {
    for (String payload : List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3",
        "\t=1", "\r=1")) {
      RenderInput in = Samples.input(f -> f == Samples.Field.LABEL ? Optional.of(payload) : Optional.empty());
      List<List<String>> rows = parse(Render.string("csv", in));
      assertThat(rows.get(1).get(5)).as(payload).isEqualTo("'" + payload);
    }
    assertThat(parse(Render.string("csv", Samples.input())).stream().map(r -> r.get(8)))
        .contains("-", "1492", "30");
    assertThat(cellOf("-12")).isEqualTo("-12");
    assertThat(cellOf("-12.5")).isEqualTo("-12.5");
    assertThat(cellOf("-")).isEqualTo("-");
    assertThat(cellOf("-1e5")).isEqualTo("'-1e5");
  }
}
