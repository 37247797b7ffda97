package vn.cchc.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.Checker;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;
import vn.cchc.rules.units.AdministrativeUnit;
import vn.cchc.rules.units.UnitRegistry;

/**
 * The real report of thị trấn Đình Cả (and copies of it issued by its neighbours) rolled up against the
 * bundled sample registry: what is counted, refused, marked and missing.
 */
class UnitRollUpTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static final Catalogue CAT = Catalogues.bundled();
  private static final UnitRegistry UNITS = UnitRegistry.sample();
  private static Report dinhCa;
  private static List<Finding> dinhCaFindings;

  @BeforeAll
  static void read() throws Exception {
    dinhCa = ReportTextReader.of(CAT).read(SAMPLE);
    dinhCaFindings = Checker.check(dinhCa, CAT).findings();
  }

  static Report as(Report r, AdministrativeUnitType type, String name) {
    return ImmutableReport.copyOf(r).withIssuer(IssuingUnit.builder().asWritten("UBND " + type.label() + " " + name)
        .body("UBND").unitType(type).unitName(name).level(AdministrativeLevel.COMMUNE).build());
  }

  private static RollUpSource clean(String id, Report r) {
    return RollUpSource.of(id, r, List.of());
  }

  @Test
  void groupsByDistrictWithOneRowPerCommuneAndTheMissingOnes() {
    RollUpSource a = RollUpSource.of("dinh-ca.txt", dinhCa, dinhCaFindings);
    RollUpSource b = clean("sang-moc.txt", as(dinhCa, AdministrativeUnitType.COMMUNE, "Sảng Mộc"));
    RollUpSource c = clean("hung-son.txt", as(dinhCa, AdministrativeUnitType.TOWNSHIP, "Hùng Sơn"));
    UnitTable t = UnitRollUp.of(CAT, UNITS).roll(List.of(c, b, a));
    assertThat(t.period()).isEqualTo(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1));
    assertThat(t.reportingLevel()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(t.groups()).extracting(g -> g.unit().name()).containsExactly("Huyện Võ Nhai", "Huyện Đại Từ");
    UnitGroup voNhai = t.groups().get(0);
    assertThat(voNhai.rows()).extracting(r -> r.unit().name()).containsExactly("Thị trấn Đình Cả", "Xã Sảng Mộc");
    assertThat(voNhai.missing()).hasSize(13).extracting(AdministrativeUnit::name).contains("Xã Bình Long")
        .doesNotContain("Thị trấn Đình Cả");
    assertThat(t.groups().get(1).missing()).hasSize(29);
    assertThat(t.expected()).isEqualTo(45);
    // the group's total is its two communes' reports summed: 1.482 + 1.482 dossiers received online
    AggregateValue online = voNhai.total().value("3.2.4").orElseThrow();
    assertThat(online.numerator()).contains(new BigDecimal("2964"));
    assertThat(voNhai.contributors("3.2.4")).containsExactly("dinh-ca.txt", "sang-moc.txt");
    assertThat(t.contributors("3.2.4")).containsExactly("dinh-ca.txt", "sang-moc.txt", "hung-son.txt");
    assertThat(t.total().reports()).isEqualTo(3);
    // 12/03/2024 is before the 20/03/2024 deadline
    assertThat(t.deadline()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(t.late()).isEmpty();
  }

  @Test
  void aReportWithErrorsIsMarkedAndCanBeLeftOutOfTheTotals() {
    RollUpSource a = RollUpSource.of("dinh-ca.txt", dinhCa, dinhCaFindings);
    RollUpSource b = clean("sang-moc.txt", as(dinhCa, AdministrativeUnitType.COMMUNE, "Sảng Mộc"));
    assertThat(a.errors()).isPositive();
    UnitTable counted = UnitRollUp.of(CAT, UNITS).roll(List.of(a, b));
    assertThat(counted.rows().get(0).errors()).isEqualTo(a.errors());
    assertThat(counted.rows().get(0).excluded()).isFalse();
    assertThat(counted.problems(RollUpProblem.Kind.ERROR_FINDINGS)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("vẫn tính vào tổng"));
    UnitTable excluded = UnitRollUp.of(CAT, UNITS).excludingErrors(true).roll(List.of(a, b));
    assertThat(excluded.rows()).hasSize(2);
    assertThat(excluded.rows().get(0).excluded()).isTrue();
    assertThat(excluded.total().reports()).isEqualTo(1);
    assertThat(excluded.contributors("3.4.2")).containsExactly("sang-moc.txt");
    assertThat(excluded.history()).singleElement().satisfies(h -> assertThat(h.sources()).containsExactly("sang-moc.txt"));
  }

  @Test
  void theSameUnitAndPeriodTwiceIsCountedOnceAndReported() {
    RollUpSource first = clean("dinh-ca.txt", dinhCa);
    RollUpSource again = clean("dinh-ca-copy.txt", ImmutableReport.copyOf(dinhCa).withIssueDate(LocalDate.of(2024, 3, 13)));
    UnitTable t = UnitRollUp.of(CAT, UNITS).roll(List.of(first, again));
    assertThat(t.total().reports()).isEqualTo(1);
    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.source()).isEqualTo("dinh-ca-copy.txt"));
    assertThat(t.problems(RollUpProblem.Kind.DUPLICATE)).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.sources()).containsExactly("dinh-ca-copy.txt", "dinh-ca.txt");
    });
    assertThat(t.total().value("3.2.4").orElseThrow().numerator()).contains(new BigDecimal("1482"));
  }

  @Test
  void otherPeriodsKindsCataloguesLevelsAndStrangersAreRefusedWithTheReason() {
    Report q4 = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2023, PeriodKind.QUARTER, 4))
        .withIssueDate(LocalDate.of(2023, 12, 28));
    Report half = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2024, PeriodKind.SIX_MONTHS, 1));
    Report otherCatalogue = ImmutableReport.copyOf(dinhCa).withCatalogueId("cchc-2025");
    Report stranger = as(dinhCa, AdministrativeUnitType.COMMUNE, "Không Có");
    Report district = ImmutableReport.copyOf(dinhCa).withIssuer(IssuingUnit.builder().asWritten("UBND huyện Võ Nhai")
        .body("UBND").unitType(AdministrativeUnitType.DISTRICT).unitName("Võ Nhai").level(AdministrativeLevel.DISTRICT)
        .build());
    UnitTable t = UnitRollUp.of(CAT, UNITS).roll(List.of(clean("q1.txt", dinhCa), clean("q4.txt", q4),
        clean("half.txt", half), clean("other.txt", otherCatalogue), clean("stranger.txt", stranger),
        clean("district.txt", district), clean("sang-moc.txt", as(dinhCa, AdministrativeUnitType.COMMUNE, "Sảng Mộc"))));
    assertThat(t.rows()).extracting(UnitRow::source).containsExactly("q1.txt", "sang-moc.txt");
    assertThat(t.problems(RollUpProblem.Kind.EARLIER_PERIOD)).singleElement()
        .satisfies(p -> assertThat(p.sources()).containsExactly("q4.txt"));
    assertThat(t.problems(RollUpProblem.Kind.OTHER_PERIOD_KIND)).singleElement()
        .satisfies(p -> assertThat(p.sources()).containsExactly("half.txt"));
    assertThat(t.problems(RollUpProblem.Kind.OTHER_CATALOGUE)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("cchc-2025"));
    assertThat(t.problems(RollUpProblem.Kind.UNPLACED)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("xã Không Có"));
    assertThat(t.problems(RollUpProblem.Kind.OTHER_LEVEL)).singleElement()
        .satisfies(p -> assertThat(p.sources()).containsExactly("district.txt"));
    // the earlier quarter is kept for the trend line
    assertThat(t.history()).extracting(PeriodTotal::period).containsExactly(ReportingPeriod.of(2023, PeriodKind.QUARTER, 4),
        ReportingPeriod.of(2024, PeriodKind.QUARTER, 1));
    assertThat(Trends.totals(t.history(), "3.2.4").get(1).change()).contains(BigDecimal.ZERO.setScale(
        t.total().value("3.2.4").orElseThrow().ratio().orElseThrow().scale()));
    assertThatThrownBy(() -> UnitRollUp.of(CAT, UNITS).roll(List.of(clean("stranger.txt", stranger))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger.txt");
  }

  @Test
  void aLateReportIsMarkedAgainstTheSchedule() {
    Report late = ImmutableReport.copyOf(dinhCa).withIssueDate(LocalDate.of(2024, 3, 21));
    UnitTable t = UnitRollUp.of(CAT, UNITS).roll(List.of(clean("late.txt", late)));
    assertThat(t.late()).singleElement().satisfies(r -> assertThat(r.unit().code()).isEqualTo("05716"));
    assertThat(t.problems(RollUpProblem.Kind.LATE)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("2024-03-20"));
    assertThat(UnitRollUp.of(CAT, UNITS).withSchedule(ReportingSchedule.dueOnDay(25)).roll(List.of(clean("late.txt", late)))
        .late()).isEmpty();
    assertThat(ReportingSchedule.decree09().deadline(ReportingPeriod.of(2024, PeriodKind.SIX_MONTHS, 1)))
        .isEqualTo(LocalDate.of(2024, 6, 20));
    assertThat(ReportingSchedule.decree09().deadline(ReportingPeriod.of(2024, PeriodKind.YEAR, 1)))
        .isEqualTo(LocalDate.of(2024, 12, 20));
    assertThat(ReportingSchedule.decree09().late(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1), Optional.empty())).isFalse();
  }

  @Test
  void byProvinceTheTwoDistrictsAreOneGroup() {
    UnitTable t = UnitRollUp.of(CAT, UNITS).groupedBy(AdministrativeLevel.PROVINCE).roll(List.of(clean("a", dinhCa),
        clean("b", as(dinhCa, AdministrativeUnitType.TOWNSHIP, "Hùng Sơn"))));
    assertThat(t.groups()).singleElement().satisfies(g -> {
      assertThat(g.unit().name()).isEqualTo("Tỉnh Thái Nguyên");
      assertThat(g.rows()).hasSize(2);
      assertThat(g.missing()).hasSize(43);
    });
  }

  @Test
  void trendsQuarterOverQuarterAndYearOverYear() {
    // the real report's 3.2.4 is 1.482 online of 1.492 received; build its neighbouring quarters by scaling
    Report q1 = dinhCa;
    Report q2 = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2024, PeriodKind.QUARTER, 2));
    Report lastQ1 = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2023, PeriodKind.QUARTER, 1));
    Report lastQ2 = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2023, PeriodKind.QUARTER, 2));
    List<TrendPoint> t = Trends.of(CAT).series(List.of(q2, lastQ1, q1, lastQ2), "3.2.4/numerator");
    assertThat(t).extracting(TrendPoint::period).extracting(ReportingPeriod::year).containsExactly(2023, 2023, 2024, 2024);
    TrendPoint now = t.get(3);
    assertThat(now.value()).contains(new BigDecimal("1482"));
    assertThat(now.change()).contains(BigDecimal.ZERO);
    // a flow: the year to date sums quarters I and II
    assertThat(now.yearToDate()).contains(new BigDecimal("2964"));
    assertThat(now.yearOnYear()).contains(BigDecimal.ZERO);
    assertThat(t.get(1).previous()).contains(ReportingPeriod.of(2023, PeriodKind.QUARTER, 1));
    assertThat(t.get(2).previous()).as("quarter IV of 2023 is not in the series").isEmpty();
    assertThat(t.get(2).change()).isEmpty();
    assertThat(t.get(0).previous()).isEmpty();
    // a ratio's year to date is recomputed from the summed parts, the same 99,33 %
    TrendPoint ratio = Trends.of(CAT).series(List.of(q1, q2), "3.2.4").get(1);
    assertThat(ratio.yearToDate().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("99.33");
    assertThatThrownBy(() -> Trends.of(CAT).series(List.of(q1, q1), "3.2.4")).isInstanceOf(IllegalArgumentException.class);
  }
}
