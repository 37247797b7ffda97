package vn.cchc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.json.JsonReadLimits;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;
import vn.cchc.rules.Severity;
import vn.cchc.testkit.quicktheories.CchcGens;

/** Every corruption is detected with the finding it announces, and corrupted reports are still valid model objects. */
class CorruptionsPropertyTest {
  private static final CchcJson JSON = CchcJson.jackson2(JsonReadLimits.defaults());

  static Report roundTrip(Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeReport(r, out);
    return JSON.readReport(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void everyCorruptionIsDetectedOnEveryCatalogueAndLevel() {
    for (Catalogue c : TestCatalogues.all()) {
      for (AdministrativeLevel l : AdministrativeLevel.values()) {
        ConsistentReports gen = ReportGenerators.consistent(c).level(l);
        qt().withExamples(150).forAll(CchcGens.corrupted(gen)).checkAssert(x -> {
          CheckResult result = Checker.check(x.report(), c);
          assertThat(x.expected().in(result.findings())).as("%s in %s", x, result.findings()).isPresent();
        });
      }
    }
  }

  @Test
  void eachStandardCorruptionOnItsOwn() {
    // each corruption on small and large reports, so none is drawn too rarely by the mixed property
    for (Catalogue c : TestCatalogues.all()) {
      for (AdministrativeLevel l : AdministrativeLevel.values()) {
        ConsistentReports gen = ReportGenerators.consistent(c).level(l);
        for (Corruption k : Corruptions.applicable(c, l)) {
          for (Report r : gen.smallestFirst(k.name().hashCode(), 6)) {
            Corrupted x = k.apply(r, c, new SplittableRandom(r.number().orElseThrow().sequence()));
            assertThat(x.expected().foundIn(Checker.check(x.report(), c))).as("%s / %s %s", k, c.id(), l).isTrue();
            assertThat(x.expected().foundIn(Checker.check(r, c))).as("the original must not have it: %s", x).isFalse();
          }
        }
      }
    }
  }

  @Test
  void corruptedReportsSatisfyTheModelInvariants() {
    ConsistentReports gen = ReportGenerators.consistent(TestCatalogues.bundled());
    qt().withExamples(80).forAll(CchcGens.corrupted(gen)).checkAssert(x -> {
      Report r = x.report();
      assertThat(Report.builder().from(r).build()).isEqualTo(r);
      assertThat(roundTrip(r)).isEqualTo(r);
      assertThat(r.appendixById()).hasSize(r.appendix().size());
    });
  }

  @Test
  void applicabilityFollowsTheCatalogue() {
    Catalogue bundled = TestCatalogues.bundled();
    // every bundled row applies to provinces: no row to put a misplaced value on
    assertThat(Corruptions.valueOnRowNotForLevel().appliesTo(bundled, AdministrativeLevel.PROVINCE)).isFalse();
    assertThat(Corruptions.applicable(bundled, AdministrativeLevel.COMMUNE)).hasSize(Corruptions.standard().size());
    Report r = ReportGenerators.consistent(bundled).level(AdministrativeLevel.PROVINCE).generate(1L);
    assertThatThrownBy(() -> Corruptions.valueOnRowNotForLevel().apply(r, bundled, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PROVINCE");
    assertThatThrownBy(() -> Corruptions.negativeCount().apply(r, TestCatalogues.province(), new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tn-cchc-2025");
    assertThatThrownBy(() -> Corruptions.ratioOffBy(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratioOffByTwoUnitsIsTheLeastThatIsAnError() {
    Catalogue c = TestCatalogues.bundled();
    ConsistentReports gen = ReportGenerators.consistent(c);
    qt().withExamples(100).forAll(CchcGens.corrupted(gen, Corruptions.ratioOffBy(2))).checkAssert(x -> {
      assertThat(x.expected().severity()).isEqualTo(Severity.ERROR);
      assertThat(x.expected().foundIn(Checker.check(x.report(), c))).isTrue();
    });
  }

  @Test
  void expectationsMatchOnlyTheirFinding() {
    Catalogue c = TestCatalogues.bundled();
    Report r = ReportGenerators.consistent(c).generate(11L);
    Corrupted x = Corruptions.partExceedsWhole().apply(r, c, new SplittableRandom(5));
    var f = x.expected().in(Checker.check(x.report(), c).findings()).orElseThrow();
    assertThat(x.expected().withActual(f.actual().orElseThrow().add(java.math.BigDecimal.ONE)).matches(f)).isFalse();
    assertThat(new ExpectedFinding(f.ruleId(), Severity.WARNING, f.indicatorIds(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty()).matches(f)).isFalse();
    assertThat(ExpectedFinding.of(f.ruleId(), f.severity(), "9.9").matches(f)).isFalse();
    assertThatThrownBy(() -> ExpectedFinding.of("x", Severity.ERROR)).isInstanceOf(IllegalArgumentException.class);
    assertThat(x.toString()).contains("parts.exceed-whole");
  }
}
