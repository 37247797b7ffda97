package vn.cchc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.Checker;
import vn.cchc.rules.Finding;
import vn.cchc.testkit.quicktheories.CchcGens;

/**
 * Every generated report passes the standard rules: no finding at all — ERROR, WARNING or INFO —
 * except those its catalogue causes on every report (a blank one included). Checked for the bundled
 * catalogue at each level and for a hand-made province variant at each level.
 */
class ConsistentReportsPropertyTest {

  private static List<ConsistentReports> generators() {
    List<ConsistentReports> out = new ArrayList<>();
    for (Catalogue c : TestCatalogues.all()) {
      for (AdministrativeLevel l : AdministrativeLevel.values()) {
        out.add(ReportGenerators.consistent(c).level(l));
      }
    }
    return out;
  }

  private static List<Finding> unexplained(ConsistentReports gen, Report r) {
    List<ExpectedFinding> baseline = gen.catalogueFindings();
    List<Finding> out = new ArrayList<>();
    for (Finding f : Checker.check(r, gen.catalogue()).findings()) {
      if (baseline.stream().noneMatch(b -> b.matches(f) && b.indicatorIds().equals(f.indicatorIds()))) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void generatedReportsHaveNoFindingBeyondTheCataloguesOwn() {
    for (ConsistentReports gen : generators()) {
      qt().withExamples(120).forAll(CchcGens.reports(gen)).checkAssert(r -> assertThat(unexplained(gen, r))
          .as("%s at %s", gen.catalogue().id(), gen.level()).isEmpty());
    }
  }

  @Test
  void otherPeriodsAndDecimalsToo() {
    ConsistentReports gen = ReportGenerators.consistent(TestCatalogues.bundled()).level(AdministrativeLevel.DISTRICT)
        .period(ReportingPeriod.of(2025, PeriodKind.SIX_MONTHS, 1)).percentDecimals(0, 4);
    qt().withExamples(100).forAll(CchcGens.reports(gen)).checkAssert(r -> {
      assertThat(unexplained(gen, r)).isEmpty();
      assertThat(r.period()).isEqualTo(ReportingPeriod.of(2025, PeriodKind.SIX_MONTHS, 1));
      assertThat(r.title()).endsWith("6 tháng đầu năm 2025");
    });
  }

  @Test
  void theCataloguesOwnFindingsAreFewAndNamed() {
    // The bundled template labels 7.5.2 "Tỷ lệ …" but measures it in "Văn bản"; the rules warn on every report.
    assertThat(ReportGenerators.consistent(TestCatalogues.bundled()).catalogueFindings())
        .extracting(ExpectedFinding::ruleId).containsOnly("kind.ratio-unit");
    assertThat(ReportGenerators.consistent(TestCatalogues.province()).catalogueFindings()).isEmpty();
  }

  @Test
  void onlyApplicableRowsCarryValuesAndTheSizeBoundHolds() {
    for (ConsistentReports gen : generators()) {
      qt().withExamples(60).forAll(CchcGens.reports(gen)).checkAssert(r -> {
        assertThat(r.issuer().level()).isEqualTo(gen.level());
        assertThat(r.appendix()).hasSize(gen.catalogue().indicators().size());
        for (AppendixEntry e : r.appendix()) {
          var d = gen.catalogue().indicator(e.indicatorId()).orElseThrow();
          boolean carries = e.value().number().isPresent();
          if (!d.levels().contains(gen.level()) || d.kind() == IndicatorKind.GROUP) {
            assertThat(carries).as(e.indicatorId()).isFalse();
          }
          if (d.kind() == IndicatorKind.CODED && carries) {
            assertThat(e.value().state()).isEqualTo(ValueState.CODED);
          }
        }
      });
      for (int n : new int[] {0, 1, 5, 17}) {
        Report r = gen.maxFilledIndicators(n).generate(n * 31L);
        assertThat(r.appendix().stream().filter(e -> e.value().number().isPresent()).count()).isLessThanOrEqualTo(n);
      }
    }
  }

  @Test
  void sameSeedSameReportAndSmallestFirst() {
    ConsistentReports gen = ReportGenerators.consistent(TestCatalogues.bundled());
    assertThat(gen.generate(7L)).isEqualTo(gen.generate(7L));
    assertThat(gen.generate(new SplittableRandom(7L))).isEqualTo(gen.generate(7L));
    List<Report> seq = gen.smallestFirst(3L, 12);
    assertThat(seq).hasSize(12).isEqualTo(gen.smallestFirst(3L, 12));
    List<Long> sizes = seq.stream().map(r -> r.appendix().stream().filter(e -> e.value().number().isPresent()).count()).toList();
    assertThat(sizes.get(0)).isZero();
    assertThat(sizes.get(11)).isGreaterThan(sizes.get(1));
    for (Report r : seq) {
      assertThat(unexplained(gen, r)).isEmpty();
    }
  }

  @Test
  void settingsAreValidatedAndImmutable() {
    ConsistentReports gen = ReportGenerators.consistent(TestCatalogues.bundled());
    ConsistentReports province = gen.level(AdministrativeLevel.PROVINCE);
    assertThat(gen.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(province.level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(gen.maxFilledIndicators()).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> gen.maxFilledIndicators(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gen.percentDecimals(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gen.smallestFirst(1L, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(gen.fillableIndicators()).isLessThan(province.fillableIndicators());
  }

  @Test
  void changingAnyFigureIsNamedByARule() {
    // every indicator of the catalogue is watched by some standard rule
    for (Catalogue c : TestCatalogues.all()) {
      ConsistentReports gen = ReportGenerators.consistent(c);
      List<String> ids = c.indicators().stream().map(d -> d.id()).toList();
      qt().withExamples(150).forAll(CchcGens.reports(gen), org.quicktheories.generators.SourceDSL.integers()
          .between(0, ids.size() - 1)).checkAssert((r, i) -> {
            Report bad = gen.changeFigure(r, ids.get(i));
            assertThat(Checker.check(bad, c).findings()).anyMatch(f -> f.indicatorIds().contains(ids.get(i)));
          });
    }
  }
}
