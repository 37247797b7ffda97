package vn.cchc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.Checker;
import vn.cchc.rules.Explanation;
import vn.cchc.rules.Finding;
import vn.cchc.testkit.quicktheories.CchcGens;

/**
 * Each corruption with a known cause is explained by the matching hypothesis, whose correction, applied,
 * leaves the ratio consistent; consistent reports carry no explanation at all.
 */
class ExplainedCorruptionsPropertyTest {

  /** The expected finding, its expected explanation, and the ratio consistent once that explanation's corrections are applied. */
  private static void assertExplained(Catalogue c, Corrupted x) {
    List<Finding> fs = Checker.check(x.report(), c).findings();
    ExpectedExplanation want = x.explanation().orElseThrow();
    Explanation e = want.in(x.expected(), fs).orElseThrow(() -> new AssertionError(x + " not explained in " + fs));
    Report fixed = x.report();
    Shape s = Shape.of(c);
    for (Explanation.Correction k : e.corrections()) {
      IndicatorDefinition d = s.def(k.indicatorId());
      fixed = Edit.withValue(c, fixed, d, d.kind() == IndicatorKind.PERCENTAGE ? Edit.percent(k.value())
          : d.kind() == IndicatorKind.MONEY ? Edit.money(d, k.value()) : Edit.count(d, k.value().longValueExact()));
    }
    String ratio = x.expected().indicatorIds().get(0);
    assertThat(Checker.check(fixed, c).findings()).as("%s repaired by %s", x, e)
        .noneMatch(f -> f.ruleId().startsWith("ratio.") && f.indicatorIds().get(0).equals(ratio));
  }

  @Test
  void eachCorruptionIsExplainedByItsCause() {
    for (Catalogue c : TestCatalogues.all()) {
      for (AdministrativeLevel l : AdministrativeLevel.values()) {
        List<Corruption> usable = ExplainedCorruptions.applicable(c, l);
        if (usable.isEmpty()) {
          continue;
        }
        ConsistentReports gen = ReportGenerators.consistent(c).level(l);
        qt().withExamples(60).forAll(CchcGens.corrupted(gen, usable)).checkAssert(x -> assertExplained(c, x));
      }
    }
  }

  @Test
  void eachCorruptionOnItsOwn() {
    Catalogue c = TestCatalogues.bundled();
    ConsistentReports gen = ReportGenerators.consistent(c).level(AdministrativeLevel.COMMUNE);
    assertThat(ExplainedCorruptions.applicable(c, AdministrativeLevel.COMMUNE)).hasSameSizeAs(ExplainedCorruptions.all());
    for (Corruption k : ExplainedCorruptions.all()) {
      for (Report r : gen.smallestFirst(k.name().hashCode(), 5)) {
        Corrupted x = k.apply(r, c, new SplittableRandom(r.number().orElseThrow().sequence()));
        assertExplained(c, x);
        assertThat(x.expected().foundIn(Checker.check(r, c))).as("the original must not have it: %s", x).isFalse();
      }
    }
  }

  @Test
  void consistentReportsGetNoExplanationAtAll() {
    for (Catalogue c : TestCatalogues.all()) {
      ConsistentReports gen = ReportGenerators.consistent(c);
      qt().withExamples(100).forAll(CchcGens.reports(gen)).checkAssert(r ->
          assertThat(Checker.check(r, c).findings()).allMatch(f -> f.explanations().isEmpty()));
    }
  }

  @Test
  void standardCorruptionsOfOtherKindsAreNotGivenACauseTheyDoNotHave() {
    // a ratio off by 2–25 units of its last decimal: no hypothesis repairs it unless one really does; any offered one must repair
    Catalogue c = TestCatalogues.bundled();
    qt().withExamples(100).forAll(CchcGens.corrupted(ReportGenerators.consistent(c), Corruptions.ratioOff())).checkAssert(x -> {
      for (Finding f : Checker.check(x.report(), c).findings()) {
        for (Explanation e : f.explanations()) {
          Corrupted as = new Corrupted(x.report(), x.expected(), x.description(),
              java.util.Optional.of(new ExpectedExplanation(e.causeId(), e.corrections().stream().collect(
                  java.util.stream.Collectors.toMap(Explanation.Correction::indicatorId, Explanation.Correction::value)))));
          if (f.ruleId().equals("ratio.mismatch")) {
            assertExplained(c, as);
          }
        }
      }
    });
  }
}
