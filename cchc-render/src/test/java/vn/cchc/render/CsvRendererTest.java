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
    assertThat(rows.get(0)).containsExactly("number", "issuer", "period", "indicator_id", "code", "label", "unit",
        "state", "value", "derived", "findings", "note");
    // the same column names in every language
    RenderOptions en = RenderOptions.builder().locale(java.util.Locale.ENGLISH).build();
    assertThat(parse(Render.string("csv", Samples.input(), en)).get(0)).isEqualTo(rows.get(0));
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

  /** A reader for the spreadsheet profile: ";" between fields, quotes doubled inside quoted fields, CRLF. */
  static List<List<String>> parseSemicolons(String csv) {
    // the fields never hold a comma outside quotes in this profile's tests: swap the separators and reuse parse
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (char c : csv.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == ';' ? '\u0001' : !quoted && c == ',' ? '\u0002' : c);
    }
    return parse(sb.toString().replace(",", "\u0003").replace('\u0001', ',')).stream()
        .map(r -> r.stream().map(f -> f.replace('\u0002', ',').replace('\u0003', ',')).collect(java.util.stream.Collectors.toList()))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theSpreadsheetProfileIsWhatAVietnameseSpreadsheetOpens() {
    RenderOptions o = RenderOptions.builder().csvProfile(CsvProfile.SPREADSHEET).build();
    byte[] bytes = Render.bytes("csv", Samples.input(), o);
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("a BOM").containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<List<String>> rows = parseSemicolons(text);
    assertThat(rows.get(0)).startsWith("number", "issuer", "period", "indicator_id", "code");
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(12));
    java.util.Map<String, List<String>> byId = new java.util.HashMap<>();
    rows.forEach(r -> byId.put(r.get(3), r));
    // codes and ids that a spreadsheet would take for numbers are text formulas; decimals have a comma
    assertThat(byId.get("=\"3.2.4\"").subList(4, 5)).containsExactly("=\"3.2.4.\"");
    assertThat(byId.get("=\"3.2.4\"").subList(8, 10)).containsExactly("99,3", "99,3298");
    assertThat(byId.get("=\"6.1\"").get(8)).isEqualTo("1,5");
    assertThat(byId.get("=\"3.1.3\"").get(8)).isEqualTo("1492");
    assertThat(byId.get("3.2.4/numerator").get(8)).isEmpty();
    assertThat(byId.get("=\"2.2\"").get(8)).isEqualTo("-");
    // the label with a comma needs no quotes with ";"; the text of the report is unchanged
    assertThat(byId.get("=\"1.1\"").get(5)).isEqualTo(Samples.LABEL_1_1);
    // formula-like report text is still neutralised
    RenderInput in = Samples.input(f -> f == Samples.Field.LABEL ? Optional.of("=1+2") : Optional.empty());
    assertThat(parseSemicolons(Render.string("csv", in, o).substring(1)).get(1).get(5)).isEqualTo("'=1+2");
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
