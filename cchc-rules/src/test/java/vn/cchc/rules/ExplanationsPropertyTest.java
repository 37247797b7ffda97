package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.tolerance.Tolerance;

/**
 * Explanations are never a guess: on random figures of a ratio, every explanation offered repairs the ratio
 * once its corrections are applied, and a ratio written as computed gets no finding and so no explanation.
 */
class ExplanationsPropertyTest {
  private final Catalogue cat = TestData.catalogue();

  private Map<String, String> cells(long n, long d, BigDecimal p) {
    Map<String, String> m = new LinkedHashMap<>(TestData.fixtureValues());
    m.put("3.4.2", VietnameseNumber.format(p));
    m.put("3.4.2/numerator", VietnameseNumber.format(BigDecimal.valueOf(n)));
    m.put("3.4.2/denominator", VietnameseNumber.format(BigDecimal.valueOf(d)));
    return m;
  }

  private List<Finding> ratioFindings(Map<String, String> cells) {
    return Checker.check(TestData.report(cat, cells), cat).findings().stream()
        .filter(f -> f.ruleId().startsWith("ratio.") && f.indicatorIds().get(0).equals("3.4.2")).toList();
  }

  @Test
  void everyExplanationOfferedRepairsTheRatio() {
    // consistent n/d, then the ratio or its terms written wrongly: at random (0), swapped (1), as a fraction (2),
    // truncated (3), or copied from the row before (4: 3.2.4's 99,3)
    int[] offered = {0};
    qt().withExamples(400).forAll(integers().between(1, 3_000), integers().between(0, 3_000), integers().between(0, 1),
        integers().between(0, 4)).checkAssert((d, n0, dec, mode) -> {
          long n = n0 % (d + 1);
          BigDecimal exact = Tolerance.percentage(BigDecimal.valueOf(n), BigDecimal.valueOf(d));
          BigDecimal p = exact.setScale(dec, RoundingMode.HALF_UP);
          Map<String, String> c;
          switch (mode) {
            case 0: c = cells(n, d, BigDecimal.valueOf((n0 * 7L + d) % 1001).movePointLeft(dec)); break;
            case 1: c = cells(d, Math.max(n, 1), p); break;
            case 2: c = cells(n, d, p.movePointLeft(2)); break;
            case 3: c = cells(n, d, exact.setScale(dec, RoundingMode.DOWN)); break;
            default: c = cells(n, d, new BigDecimal("99.3")); break;
          }
          for (Finding f : ratioFindings(c)) {
            for (Explanation e : f.explanations()) {
              offered[0]++;
              Map<String, String> fixed = new LinkedHashMap<>(c);
              e.corrections().forEach(k -> fixed.put(k.indicatorId(), VietnameseNumber.format(k.value())));
              assertThat(ratioFindings(fixed)).as("%s on %s", e, c).isEmpty();
              assertThat(e.rank()).isEqualTo(f.explanations().indexOf(e) + 1);
            }
          }
        });
    assertThat(offered[0]).as("explanations offered").isGreaterThan(100);
  }

  @Test
  void aRatioWrittenAsComputedHasNoExplanation() {
    qt().withExamples(300).forAll(integers().between(1, 3_000), integers().between(0, 3_000), integers().between(0, 2))
        .checkAssert((d, n0, dec) -> {
          long n = n0 % (d + 1);
          BigDecimal p = Tolerance.percentage(BigDecimal.valueOf(n), BigDecimal.valueOf(d)).setScale(dec, RoundingMode.HALF_UP);
          assertThat(ratioFindings(cells(n, d, p))).as("%d/%d = %s", n, d, p).isEmpty();
        });
  }
}
