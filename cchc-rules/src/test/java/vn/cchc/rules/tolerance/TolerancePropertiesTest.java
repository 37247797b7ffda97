package vn.cchc.rules.tolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tolerance: examples from the fixture and properties. */
class TolerancePropertiesTest {
  @Test
  void fixtureExamples() {
    assertThat(Tolerance.ratioVerdict(1482, 1492, new BigDecimal("99.3"))).isEqualTo(Verdict.CONSISTENT);
    assertThat(Tolerance.ratioVerdict(3, 10, new BigDecimal("30"))).isEqualTo(Verdict.CONSISTENT);
    assertThat(Tolerance.ratioVerdict(3, 11, new BigDecimal("27.2"))).isEqualTo(Verdict.TRUNCATED);
    assertThat(Tolerance.ratioVerdict(3, 11, new BigDecimal("27.3"))).isEqualTo(Verdict.CONSISTENT);
    assertThat(Tolerance.ratioVerdict(39, 1481, new BigDecimal("100"))).isEqualTo(Verdict.INCONSISTENT);
    assertThat(Tolerance.ratioVerdict(1154, 1221, new BigDecimal("92"))).isEqualTo(Verdict.INCONSISTENT);
    assertThat(Tolerance.rounded(new BigDecimal("99.3"))).isEqualTo(new Interval(new BigDecimal("99.25"), new BigDecimal("99.35")));
    assertThat(Tolerance.truncated(new BigDecimal("27.2"), 1)).isEqualTo(new Interval(new BigDecimal("27.2"), new BigDecimal("27.3")));
    assertThat(Tolerance.display(Tolerance.percentage(BigDecimal.valueOf(39), BigDecimal.valueOf(1481)), 0))
        .isEqualTo(new BigDecimal("2.6"));
  }

  @Test
  void neverFlagsACorrectlyRoundedRatio() {
    qt().forAll(longs().between(1, 1_000_000), longs().between(0, 1_000_000), integers().between(0, 4))
        .check((den, n, d) -> {
          long num = n % (den + 1);
          BigDecimal exact = Tolerance.percentage(BigDecimal.valueOf(num), BigDecimal.valueOf(den));
          for (RoundingMode m : List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN)) {
            if (Tolerance.ratioVerdict(num, den, exact.setScale(d, m)) != Verdict.CONSISTENT) {
              return false;
            }
          }
          Verdict t = Tolerance.ratioVerdict(num, den, exact.setScale(d, RoundingMode.DOWN));
          return t == Verdict.CONSISTENT || t == Verdict.TRUNCATED;
        });
  }

  @Test
  void flagsAFigureOffByMoreThanOneUnit() {
    qt().forAll(longs().between(1, 100_000), longs().between(0, 100_000), integers().between(0, 3), integers().between(2, 50))
        .check((den, n, d, off) -> {
          long num = n % (den + 1);
          BigDecimal exact = Tolerance.percentage(BigDecimal.valueOf(num), BigDecimal.valueOf(den));
          BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-d);
          BigDecimal wrong = exact.setScale(d, RoundingMode.HALF_UP).add(unit.multiply(BigDecimal.valueOf(off)));
          BigDecimal low = exact.setScale(d, RoundingMode.HALF_UP).subtract(unit.multiply(BigDecimal.valueOf(off)));
          return Tolerance.ratioVerdict(num, den, wrong) == Verdict.INCONSISTENT
              && Tolerance.ratioVerdict(num, den, low) == Verdict.INCONSISTENT;
        });
  }

  @Test
  void meetingIsSymmetric() {
    qt().forAll(integers().between(-10_000, 10_000), integers().between(0, 3), integers().between(-10_000, 10_000),
        integers().between(0, 3)).check((a, da, b, db) -> {
          Interval x = Tolerance.rounded(BigDecimal.valueOf(a, da), da);
          Interval y = Tolerance.rounded(BigDecimal.valueOf(b, db), db);
          return x.meets(y) == y.meets(x) && Tolerance.verdict(x, y) == Tolerance.verdict(y, x);
        });
  }

  @Test
  void sumOfRoundedFiguresMeetsTheRoundedTotal() {
    qt().forAll(integers().between(0, 1_000_000), integers().between(0, 1_000_000), integers().between(0, 1_000_000),
        integers().between(0, 2)).check((a, b, c, d) -> {
          BigDecimal x = BigDecimal.valueOf(a, 3);
          BigDecimal y = BigDecimal.valueOf(b, 3);
          BigDecimal z = BigDecimal.valueOf(c, 3);
          BigDecimal total = x.add(y).add(z).setScale(d, RoundingMode.HALF_UP);
          Interval parts = Tolerance.sum(List.of(x.setScale(d, RoundingMode.HALF_UP), y.setScale(d, RoundingMode.HALF_UP),
              z.setScale(d, RoundingMode.HALF_UP)), false);
          return Tolerance.verdict(parts, Tolerance.rounded(total, d)) == Verdict.CONSISTENT;
        });
  }

  @Test
  void derivationIsExact() {
    qt().forAll(longs().between(1, 1_000_000_000L), longs().between(0, 1_000_000_000L)).check((den, num) -> {
      BigDecimal p = Tolerance.percentage(BigDecimal.valueOf(num), BigDecimal.valueOf(den));
      // p × den = 100 × num, exactly when the quotient terminates, else within the 34-digit precision
      BigDecimal back = p.multiply(BigDecimal.valueOf(den));
      BigDecimal err = back.subtract(BigDecimal.valueOf(num * 100)).abs();
      return err.compareTo(new BigDecimal("1e-20")) < 0;
    });
  }
}
