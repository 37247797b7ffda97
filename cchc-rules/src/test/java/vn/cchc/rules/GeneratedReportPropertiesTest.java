package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;

/** Reports generated consistent have no error; one changed figure is always found and named. */
class GeneratedReportPropertiesTest {
  private static final Catalogue CAT = TestData.catalogue();
  private static final RuleSet RULES = RuleSet.standard(CAT);
  private static final List<String> IDS = CAT.indicators().stream().map(IndicatorDefinition::id).collect(Collectors.toList());

  @Test
  void aConsistentReportHasNoError() {
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      ConsistentReportGenerator gen = ConsistentReportGenerator.of(CAT).atLevel(level);
      qt().withExamples(200).forAll(longs().all()).check(seed -> {
        CheckResult r = RULES.check(gen.generate(seed), CAT);
        return !r.hasErrors();
      });
    }
  }

  @Test
  void changingOneFigureYieldsAFindingNamingIt() {
    ConsistentReportGenerator gen = ConsistentReportGenerator.of(CAT);
    qt().withExamples(300).forAll(longs().all(), integers().between(0, IDS.size() - 1)).check((seed, i) -> {
      Report r = gen.generate(seed);
      String id = IDS.get(i);
      Report bad = gen.mutate(r, id);
      return RULES.check(bad, CAT).findings().stream().anyMatch(f -> f.indicatorIds().contains(id));
    });
  }

  @Test
  void generatedFromTheSameSeedIsEqual() {
    ConsistentReportGenerator gen = ConsistentReportGenerator.of(CAT);
    assertThat(gen.generate(7L)).isEqualTo(gen.generate(7L));
  }
}
