package vn.cchc.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.rules.tolerance.Tolerance;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.RollUp;

/**
 * Roll-up properties over generated reports (moved from cchc-rules, which cannot depend on the
 * testkit even in test scope: Maven forbids the cycle rules → testkit → rules).
 */
class RollUpPropertiesTest {
  private static final Catalogue CAT = Catalogues.bundled();
  private static final ConsistentReports GEN = ReportGenerators.consistent(CAT);

  @Test
  void independentOfOrderAndGrouping() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 30), integers().between(0, 30)).check((seed, n, cut) -> {
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        reports.add(GEN.generate(seed + i));
      }
      RollUp roll = RollUp.of(CAT);
      Aggregate all = roll.aggregate(reports);
      List<Report> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, new Random(seed));
      int k = Math.min(cut, n);
      Aggregate merged = roll.aggregate(shuffled.subList(0, k)).merge(roll.aggregate(shuffled.subList(k, n)));
      return all.equals(roll.aggregate(shuffled)) && all.equals(merged);
    });
  }

  @Test
  void aggregatedRatioLiesBetweenTheInputRatios() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 20)).check((seed, n) -> {
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        reports.add(GEN.generate(seed * 31 + i));
      }
      Aggregate agg = RollUp.of(CAT).aggregate(reports);
      for (String id : List.of("1.1", "3.2.4", "3.4.2", "6.1")) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Report r : reports) {
          BigDecimal num = r.value(id + "/numerator").flatMap(v -> v.number()).orElseThrow();
          BigDecimal den = r.value(id + "/denominator").flatMap(v -> v.number()).orElseThrow();
          if (den.signum() == 0) {
            continue;
          }
          BigDecimal q = Tolerance.percentage(num, den);
          min = min == null || q.compareTo(min) < 0 ? q : min;
          max = max == null || q.compareTo(max) > 0 ? q : max;
        }
        Optional<BigDecimal> ratio = agg.value(id).orElseThrow().ratio();
        if (min == null ? ratio.isPresent() : ratio.get().compareTo(min) < 0 || ratio.get().compareTo(max) > 0) {
          return false;
        }
      }
      return true;
    });
  }
}
