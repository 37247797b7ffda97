package com.example.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.CodedValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Aggregation;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.CatalogueDiff;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.Checker;
import vn.cchc.rules.Finding;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.RollUp;

/**
 * A province's own catalogue from end to end, as docs/catalogue-variants.md shows it: a code list, a stock
 * indicator and a constraint that the bundled catalogue does not have, declared in JSON, with no Java code.
 */
class ProvinceVariantTest {
  static Catalogue province() throws IOException {
    try (InputStream in = ProvinceVariantTest.class.getResourceAsStream("/com/example/province/tinh-vi-du-2026.json")) {
      return Catalogues.read(in);
    }
  }

  /** A commune's report: "quý I", "quý II"… of {@code year}, with the appendix values in catalogue order. */
  static String report(String commune, String quarter, int year, String rollout, int planned, int present, int dossiers,
      int sessions) {
    return String.join("\n",
        "UBND TỈNH THÁI NGUYÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND XÃ " + commune.toUpperCase(java.util.Locale.ROOT) + "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 12/BC-UBND\t" + commune + ", ngày 10 tháng 03 năm " + year,
        "",
        "BÁO CÁO",
        "Kết quả công tác cải cách hành chính quý " + quarter + " năm " + year,
        "",
        "I. CÔNG TÁC CHỈ ĐẠO",
        "Trên đây là báo cáo.",
        "Nơi nhận:",
        "- UBND tỉnh;",
        "- Lưu: VP.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "",
        "Nguyễn Văn A",
        "PHỤ LỤC",
        "STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú",
        "1.\tCông tác chỉ đạo, điều hành CCHC\t\t\t",
        "1.1.\tTỷ lệ hoàn thành kế hoạch CCHC năm\t%\t50\t",
        "Trong đó\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t4\t",
        "\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t2\t",
        "1.2.\tPhần mềm một cửa điện tử\tChưa triển khai = 0 Đang thử nghiệm = 1 Chính thức = 2\t" + rollout + "\t",
        "2.\tCông chức cấp xã\t\t\t",
        "2.1.\tSố công chức theo đề án vị trí việc làm\tNgười\t" + planned + "\t",
        "2.2.\tSố công chức hiện đang công tác\tNgười\t" + present + "\t",
        "2.3.\tSố hồ sơ TTHC đã giải quyết trong kỳ\tHồ sơ\t" + dossiers + "\t",
        "2.4.\tSố buổi tiếp công dân của Chủ tịch UBND trong kỳ\tBuổi\t" + sessions + "\t",
        "");
  }

  @Test
  void theVariantIsChosenForItsPeriodAndReadsItsOwnCodeList() throws IOException {
    Catalogue province = province();
    // one call chooses the catalogue for a report's period and level
    assertThat(Catalogues.choose(List.of(Catalogues.bundled(), province), ReportingPeriod.of(2026, PeriodKind.QUARTER, 1),
        AdministrativeLevel.COMMUNE)).contains(province);
    assertThat(Catalogues.choose(List.of(Catalogues.bundled(), province), ReportingPeriod.of(2025, PeriodKind.QUARTER, 4),
        AdministrativeLevel.COMMUNE)).contains(Catalogues.bundled());
    assertThat(province.appliesTo(ReportingPeriod.of(2026, PeriodKind.YEAR, 1), AdministrativeLevel.DISTRICT)).isFalse();

    Report q1 = ReportTextReader.of(province).readText(report("Định Hóa", "I", 2026, "1", 12, 11, 300, 6));
    assertThat(q1.value("1.2")).contains(CodedValue.of("ROLLOUT", 1, "1"));
    assertThat(province.codeList("ROLLOUT").flatMap(l -> l.label(1))).contains("Đang thử nghiệm");
    assertThat(Checker.check(q1, province).findings()).extracting(Finding::ruleId)
        .noneMatch(id -> id.startsWith("range.") || id.startsWith("code.") || id.startsWith("catalogue."));
  }

  @Test
  void itsConstraintsAreChecked() throws IOException {
    Catalogue province = province();
    Report q2 = ReportTextReader.of(province).readText(report("Định Hóa", "II", 2026, "2", 12, 13, 250, 20));
    List<Finding> findings = Checker.check(q2, province).findings();
    assertThat(findings).filteredOn(f -> f.ruleId().equals("range.not-above")).singleElement()
        .satisfies(f -> assertThat(f.indicatorIds()).containsExactly("2.2", "2.1"));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("range.declared")).singleElement()
        .satisfies(f -> assertThat(f.actual()).contains(BigDecimal.valueOf(20)));
  }

  @Test
  void itRollsUpAsItsCatalogueSays() throws IOException {
    Catalogue province = province();
    ReportTextReader reader = ReportTextReader.of(province);
    Report q1 = reader.readText(report("Định Hóa", "I", 2026, "1", 12, 11, 300, 6));
    Report q2 = reader.readText(report("Định Hóa", "II", 2026, "2", 12, 12, 250, 4));
    assertThat(province.aggregation(province.indicator("2.2").orElseThrow())).isEqualTo(Aggregation.LATEST);
    Aggregate ytd = RollUp.of(province).yearToDate(List.of(q1, q2));
    assertThat(ytd.value("2.3").flatMap(v -> v.sum())).contains(BigDecimal.valueOf(550));   // a flow: summed
    assertThat(ytd.value("2.2").flatMap(v -> v.sum())).contains(BigDecimal.valueOf(12));    // a stock: the latest
    assertThat(ytd.value("1.2").map(v -> v.distribution())).contains(Map.of(1, 1L, 2, 1L));
    Report other = reader.readText(report("Phú Đình", "I", 2026, "0", 9, 9, 120, 3));
    Aggregate communes = RollUp.of(province).aggregate(List.of(q1, other));
    assertThat(communes.value("2.2").flatMap(v -> v.sum())).contains(BigDecimal.valueOf(20)); // across units: summed
  }

  @Test
  void aReportOutsideTheVariantsValidityIsAProblem() throws IOException {
    var result = ReportTextReader.of(province()).readTextLenient(report("Định Hóa", "IV", 2025, "1", 12, 11, 300, 6));
    assertThat(result.problems()).extracting(ReadProblem::kind).contains(ProblemKind.OUTSIDE_CATALOGUE);
  }

  @Test
  void itsDifferencesFromTheBundledCatalogueAreListed() throws IOException {
    CatalogueDiff diff = CatalogueDiff.between(Catalogues.bundled(), province());
    assertThat(diff.changes(CatalogueDiff.Kind.ADDED)).isEmpty();                 // the same ids as cchc-2024…
    assertThat(diff.changes(CatalogueDiff.Kind.REMOVED)).extracting(CatalogueDiff.Change::id).contains("3.2.4", "1.5");
    assertThat(diff.changes(CatalogueDiff.Kind.RELABELLED)).extracting(CatalogueDiff.Change::id)
        .contains("1.1", "1.2", "2", "2.1", "2.2");                                 // …for other indicators
    assertThat(diff.changes(CatalogueDiff.Kind.REDEFINED)).extracting(CatalogueDiff.Change::id).contains("1.2");
  }
}
