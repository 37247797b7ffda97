package vn.cchc.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.RollUpFixtures;

/**
 * Roll-ups: sums, recomputed ratios, distributions, coverage. The properties over generated reports
 * (order and grouping do not matter; an aggregated ratio lies between the inputs) are in cchc-testkit
 * ({@code vn.cchc.testkit.RollUpPropertiesTest}), downstream of the generator.
 */
class RollUpTest {
  private static final Catalogue CAT = RollUpFixtures.catalogue();

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void sumsRatiosDistributionsAndCoverage() {
    Map<String, String> a = RollUpFixtures.fixtureValues();
    Map<String, String> b = RollUpFixtures.fixtureValues();
    b.put("3.2.4", "50");
    b.put("3.2.4/denominator", "8");
    b.put("3.2.4/numerator", "4");
    b.put("7.2", "1");
    b.put("4.2.1", "");
    b.put("6.1/denominator", "1,5");
    b.remove("6.2.1");
    Map<String, String> c = RollUpFixtures.fixtureValues();
    c.put("4.2.1", "-");
    Aggregate agg = RollUp.of(CAT).aggregate(List.of(RollUpFixtures.report(CAT, a), RollUpFixtures.report(CAT, b),
        RollUpFixtures.report(CAT, c)));
    assertThat(agg.reports()).isEqualTo(3);
    AggregateValue r = agg.value("3.2.4").orElseThrow();
    assertThat(r.numerator()).contains(dec("1482").multiply(dec("2")).add(dec("4")));
    assertThat(r.denominator()).contains(dec("2992"));
    // Σ num / Σ den = 2968/2992, not the mean of 99,3 · 99,3 · 50
    assertThat(r.ratio().get()).isBetween(dec("99.1978"), dec("99.1979"));
    assertThat(r.ratioReports()).isEqualTo(3);
    assertThat(r.min()).contains(dec("50"));
    assertThat(r.max()).contains(dec("99.3"));
    assertThat(agg.value("7.2").orElseThrow().distribution()).containsExactly(Map.entry(1, 1L), Map.entry(2, 2L));
    AggregateValue staff = agg.value("4.2.1").orElseThrow();
    assertThat(staff.coverage()).isEqualTo(new Coverage(1, 1, 1, 0));
    assertThat(staff.sum()).contains(dec("20"));
    assertThat(agg.value("6.2.1").orElseThrow().coverage()).isEqualTo(new Coverage(0, 0, 2, 1));
    assertThat(agg.value("6.2.1").orElseThrow().sum()).isEmpty();
    assertThat(agg.value("6.1/denominator").orElseThrow().sum().get()).isEqualByComparingTo(dec("1.5"));
    assertThat(agg.value("2.4").orElseThrow().ratio()).isEmpty();
    assertThat(agg.value("2.4").orElseThrow().denominator().get()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void yearToDateSumsFlowsAndTakesStocksFromTheLatestPeriod() {
    Map<String, String> q1 = RollUpFixtures.fixtureValues();
    Map<String, String> q2 = RollUpFixtures.fixtureValues();
    q2.put("1.1", "50");
    q2.put("1.1/numerator", "5");
    q2.put("4.2.2", "18");
    Report r1 = RollUpFixtures.report(CAT, q1);
    Report r2 = vn.cchc.model.ImmutableReport.copyOf(RollUpFixtures.report(CAT, q2))
        .withPeriod(ReportingPeriod.of(2024, PeriodKind.QUARTER, 2));
    Aggregate ytd = RollUp.of(CAT).yearToDate(List.of(r2, r1));
    assertThat(ytd.value("3.2.4/denominator").orElseThrow().sum()).contains(dec("2984"));
    assertThat(ytd.value("4.2.2").orElseThrow().sum()).contains(dec("18"));
    assertThat(ytd.value("1.1").orElseThrow().ratio()).contains(dec("50"));
    assertThat(ytd.value("1.1/numerator").orElseThrow().sum()).contains(dec("5"));
  }

  @Test
  void whatIsAStockIsTheCataloguesDataNotTheLabelsWording() {
    // 4.2.2 reworded without "có mặt"/"thời điểm báo cáo" stays a stock; 3.2.4/denominator declared LATEST becomes one
    List<vn.cchc.model.catalogue.IndicatorDefinition> defs = new java.util.ArrayList<>();
    for (vn.cchc.model.catalogue.IndicatorDefinition d : CAT.indicators()) {
      var c = vn.cchc.model.catalogue.ImmutableIndicatorDefinition.copyOf(d);
      if (d.id().equals("4.2.2")) {
        c = c.withLabel("Tổng số biên chế hiện có");
      } else if (d.id().equals("3.2.4/denominator")) {
        c = c.withAggregation(vn.cchc.model.catalogue.Aggregation.LATEST);
      }
      defs.add(c);
    }
    Catalogue cat = vn.cchc.model.catalogue.ImmutableCatalogue.copyOf(CAT).withIndicators(defs);
    Map<String, String> q2 = RollUpFixtures.fixtureValues();
    q2.put("4.2.2", "18");
    Report r1 = RollUpFixtures.report(cat, RollUpFixtures.fixtureValues());
    Report r2 = vn.cchc.model.ImmutableReport.copyOf(RollUpFixtures.report(cat, q2))
        .withPeriod(ReportingPeriod.of(2024, PeriodKind.QUARTER, 2));
    Aggregate ytd = RollUp.of(cat).yearToDate(List.of(r1, r2));
    assertThat(ytd.value("4.2.2").orElseThrow().sum()).contains(dec("18"));
    assertThat(ytd.value("3.2.4/denominator").orElseThrow().sum()).contains(dec("1492"));
    assertThat(ytd.value("3.2.4/numerator").orElseThrow().sum()).contains(dec("2964"));   // still a flow: 2 × 1482
  }

  @Test
  void aMappingRollsUpReportsOfTwoCatalogueVersionsTogether() {
    // a newer version: 4.2.2 renumbered 4.2.9 (and relabelled), 1.5 dropped, valid from 2025
    List<vn.cchc.model.catalogue.IndicatorDefinition> defs = new java.util.ArrayList<>();
    for (vn.cchc.model.catalogue.IndicatorDefinition d : CAT.indicators()) {
      if (d.id().equals("1.5")) {
        continue;
      }
      defs.add(d.id().equals("4.2.2") ? vn.cchc.model.catalogue.ImmutableIndicatorDefinition.copyOf(d).withId("4.2.9")
          .withCode("4.2.9").withLabel("Tổng số biên chế hiện có") : d);
    }
    Catalogue next = vn.cchc.model.catalogue.ImmutableCatalogue.copyOf(CAT).withId("test-2025").withVersion("2025.1")
        .withValidFrom(java.time.LocalDate.of(2025, 1, 1)).withIndicators(defs);
    Report old = RollUpFixtures.report(CAT, RollUpFixtures.fixtureValues());
    Map<String, String> cells = RollUpFixtures.fixtureValues();
    cells.remove("4.2.2");
    cells.remove("1.5");
    cells.put("4.2.9", "17");
    Report fresh = RollUpFixtures.report(next, cells);
    vn.cchc.model.catalogue.CatalogueMapping m = vn.cchc.model.catalogue.CatalogueMapping.between(CAT, next)
        .withRename("4.2.2", "4.2.9");
    assertThatThrownBy(() -> RollUp.of(next).aggregate(List.of(old, fresh))).isInstanceOf(IllegalArgumentException.class);
    Aggregate both = RollUp.of(next).aggregate(List.of(m.apply(old), fresh));
    assertThat(both.value("4.2.9").orElseThrow().sum()).contains(dec("36"));            // 19 + 17: the same indicator
    assertThat(both.value("3.2.4").orElseThrow().numerator()).contains(dec("2964"));   // 2 × 1.482
    assertThat(both.value("3.2.4").orElseThrow().denominator()).contains(dec("2984")); // 2 × 1.492
    assertThat(both.value("1.5")).isEmpty();
    assertThat(m.unmapped()).containsExactly("1.5");
  }

  @Test
  void progressIsReportedAndForeignCataloguesRejected() {
    AtomicLong seen = new AtomicLong();
    Map<String, String> b = RollUpFixtures.fixtureValues();
    b.put("4.2.2", "18");
    List<Report> reports = List.of(RollUpFixtures.report(CAT, RollUpFixtures.fixtureValues()), RollUpFixtures.report(CAT, b),
        RollUpFixtures.report(CAT, RollUpFixtures.fixtureValues()));
    Aggregate a = RollUp.of(CAT).aggregate(reports.stream(), seen::set);
    assertThat(seen.get()).isEqualTo(3);
    assertThat(a).isEqualTo(RollUp.of(CAT).aggregate(reports));
    Report foreign = vn.cchc.model.ImmutableReport.copyOf(reports.get(0)).withCatalogueId("x");
    assertThatThrownBy(() -> RollUp.of(CAT).aggregate(List.of(foreign))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x");
  }

  @Test
  void writesAsJson() throws Exception {
    Aggregate a = RollUp.of(CAT).aggregate(List.of(RollUpFixtures.report(CAT, RollUpFixtures.fixtureValues())));
    String json = new ObjectMapper().registerModule(new Jdk8Module()).writeValueAsString(a);
    assertThat(json).startsWith("{\"catalogueId\":\"test-2024\",\"reports\":1,\"values\":{")
        .contains("\"3.2.4\":{\"indicatorId\":\"3.2.4\",\"kind\":\"PERCENTAGE\",\"coverage\":{\"reported\":1")
        .contains("\"numerator\":1482");
  }
}
