package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.cchc.rules.tolerance.Tolerance;
import vn.cchc.rules.tolerance.Verdict;

/**
 * The decisions the explanations take without dividing to 34 digits are the ones they took by division: the verdict
 * by cross-multiplication ({@link RatioVerdict}) and the quotient divided once to its decimals
 * ({@link RoundedQuotient}), on drawn figures, on and one last digit beside each edge or midpoint, huge figures, 0–4
 * decimals (and figures such as 1E+2 with a negative scale), zero and negative figures.
 */
class QuotientDecisionsPropertyTest {

  /** The oracle: the verdict as decided before, the percentage divided out to 34 digits, then placed in the intervals. */
  private static Verdict byDivision(BigDecimal n, BigDecimal d, BigDecimal p) {
    return Tolerance.verdict(Tolerance.percentage(n, d), p, Math.max(0, p.scale()));
  }

  /** The oracle: the quotient as rounded before, divided out to 34 digits, then rounded half up to its decimals. */
  private static BigDecimal roundedTwice(BigDecimal a, BigDecimal b, int decimals) {
    return a.divide(b, Tolerance.QUOTIENT).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** Decimals with an unscaled value in [lo, hi] and 0–4 decimals. */
  private static Gen<BigDecimal> decimals(long lo, long hi) {
    return longs().between(lo, hi).zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  /** Decimals of up to 42 digits (a long times 10^0..22 plus another long), 0–4 decimals. */
  private static Gen<BigDecimal> huge() {
    return longs().all().zip(integers().between(0, 22), longs().all(), integers().between(0, 4),
        (a, e, b, scale) -> new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.TEN.pow(e)).add(BigInteger.valueOf(b)),
            scale));
  }

  private static Gen<BigDecimal> denominators() {
    return decimals(1, 10_000_000).mix(decimals(-50, 50), 20).mix(huge(), 25).assuming(d -> d.signum() != 0);
  }

  /** Percentages as written, a fifth of them without trailing zeros (100 → 1E+2: a negative scale). */
  private static Gen<BigDecimal> percentages() {
    return decimals(-200, 20_000).mix(huge(), 15).zip(integers().between(0, 4),
        (p, strip) -> strip == 0 ? p.stripTrailingZeros() : p);
  }

  private static Gen<BigDecimal> numerators() {
    return decimals(0, 10_000_000).mix(decimals(-1_000, 1_000), 20).mix(huge(), 25);
  }

  @Test
  void agreesWithTheDivisionOnDrawnFigures() {
    qt().withExamples(20_000).forAll(numerators(), denominators(), percentages())
        .checkAssert((n, d, p) -> assertThat(RatioVerdict.of(n, d, p)).as("%s / %s against %s", n, d, p)
            .isEqualTo(byDivision(n, d, p)));
  }

  @Test
  void agreesWithTheDivisionOnAndBesideEveryEdge() {
    // the numerator whose percentage is an edge exactly (p ∓ ½ unit, p, p + 1 unit), then moved by one unit of a
    // digit 0–30 places after its last one, either way
    int[] drawn = new int[Verdict.values().length];
    qt().withExamples(20_000).forAll(denominators(), percentages(), integers().between(0, 3),
        integers().between(-1, 1).zip(integers().between(0, 30), (sign, places) -> new int[] {sign, places}))
        .checkAssert((d, p, edge, step) -> {
          int k = Math.max(0, p.scale());
          BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-k);
          BigDecimal half = Tolerance.halfUnit(k);
          BigDecimal e = switch (edge) {
            case 0 -> p.subtract(half);
            case 1 -> p.add(half);
            case 2 -> p;
            default -> p.add(unit);
          };
          BigDecimal onEdge = e.multiply(d).movePointLeft(2);
          BigDecimal n = onEdge.add(BigDecimal.valueOf(step[0], onEdge.scale() + step[1]));
          Verdict expected = byDivision(n, d, p);
          drawn[expected.ordinal()]++;
          assertThat(RatioVerdict.of(n, d, p)).as("%s / %s against %s", n, d, p).isEqualTo(expected);
        });
    assertThat(java.util.Arrays.stream(drawn).min().orElseThrow()).as("the fewest of one verdict drawn").isGreaterThan(1_000);
  }

  @Test
  void agreesWhereTheQuotientsLastDigitDecides() {
    // the closest a numerator can come to an edge without being on it (one unit of its last digit), with
    // denominators of 1–40 digits: from far inside the cross-multiplication's range to far past it, where the
    // quotient's 34th digit lands on the edge and the division must decide
    qt().withExamples(5_000).forAll(integers().between(1, 40), integers().between(1, 9), decimals(1, 99_999),
        integers().between(-1, 1)).checkAssert((digits, less, p, sign) -> {
          BigDecimal d = BigDecimal.TEN.pow(digits).subtract(BigDecimal.valueOf(less));
          BigDecimal e = p.add(Tolerance.halfUnit(p.scale()));
          BigDecimal onEdge = e.multiply(d).movePointLeft(2);
          BigDecimal n = onEdge.add(BigDecimal.valueOf(sign, onEdge.scale()));
          assertThat(RatioVerdict.of(n, d, p)).as("%s / %s against %s", n, d, p).isEqualTo(byDivision(n, d, p));
        });
  }

  @Test
  void theDivisionDecidesWhereItsRoundingReachesAnEdge() {
    // 100·n/d = 99.35 + 10⁻³⁸: just above the rounding interval of "99,3", but 99.35 once divided out to 34 digits
    BigDecimal d = BigDecimal.TEN.pow(40);
    BigDecimal n = new BigDecimal("99.35").multiply(d).movePointLeft(2).add(BigDecimal.ONE);
    BigDecimal p = new BigDecimal("99.3");
    BigDecimal r = n.multiply(BigDecimal.valueOf(100)).subtract(p.multiply(d));
    assertThat(r.abs()).as("the exact percentage misses the interval").isGreaterThan(Tolerance.halfUnit(1).multiply(d));
    assertThat(byDivision(n, d, p)).isEqualTo(Verdict.CONSISTENT);
    assertThat(RatioVerdict.of(n, d, p)).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void examples() {
    assertThat(RatioVerdict.of(BigDecimal.valueOf(1482), BigDecimal.valueOf(1492), new BigDecimal("99.3")))
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(RatioVerdict.of(BigDecimal.valueOf(3), BigDecimal.valueOf(11), new BigDecimal("27.2")))
        .isEqualTo(Verdict.TRUNCATED);
    assertThat(RatioVerdict.of(BigDecimal.valueOf(39), BigDecimal.valueOf(1481), new BigDecimal("100")))
        .isEqualTo(Verdict.INCONSISTENT);
    // 1/8 = 12.5: on the upper edge of "12" and the lower edge of "13", both consistent
    assertThat(RatioVerdict.of(BigDecimal.ONE, BigDecimal.valueOf(8), new BigDecimal("12"))).isEqualTo(Verdict.CONSISTENT);
    assertThat(RatioVerdict.of(BigDecimal.ONE, BigDecimal.valueOf(8), new BigDecimal("13"))).isEqualTo(Verdict.CONSISTENT);
    // 1/8 = 12.5 = "12,4" + 1 unit: the upper edge of truncation
    assertThat(RatioVerdict.of(BigDecimal.ONE, BigDecimal.valueOf(8), new BigDecimal("12.4"))).isEqualTo(Verdict.TRUNCATED);
    assertThat(RatioVerdict.of(BigDecimal.ZERO, BigDecimal.valueOf(8), BigDecimal.ZERO)).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void aZeroDenominatorIsRefusedAsBefore() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RatioVerdict.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void roundsAsTheDivisionOnDrawnFigures() {
    qt().withExamples(20_000).forAll(numerators().mix(percentages(), 30), denominators(), integers().between(0, 4))
        .checkAssert((a, b, decimals) -> assertThat(RoundedQuotient.of(a, b, decimals))
            .as("%s / %s to %d decimals", a, b, decimals).isEqualTo(roundedTwice(a, b, decimals)));
  }

  @Test
  void roundsAsTheDivisionOnAndBesideEveryMidpoint() {
    // the dividend whose quotient is a midpoint (j + ½ units of the last decimal) exactly, then moved by one unit
    // of a digit 0–30 places after its last one, either way; divisors of up to 42 digits
    int[] rounded = new int[2];
    qt().withExamples(20_000).forAll(denominators(), longs().between(-2_000_000, 2_000_000), integers().between(0, 4),
        integers().between(-1, 1).zip(integers().between(0, 30), (sign, places) -> new int[] {sign, places}))
        .checkAssert((b, j, decimals, step) -> {
          BigDecimal m = BigDecimal.valueOf(j, decimals).add(Tolerance.halfUnit(decimals));
          BigDecimal onMidpoint = m.multiply(b);
          BigDecimal a = onMidpoint.add(BigDecimal.valueOf(step[0], onMidpoint.scale() + step[1]));
          BigDecimal expected = roundedTwice(a, b, decimals);
          rounded[expected.compareTo(m) > 0 ? 1 : 0]++;
          assertThat(RoundedQuotient.of(a, b, decimals)).as("%s / %s to %d decimals", a, b, decimals).isEqualTo(expected);
        });
    assertThat(Math.min(rounded[0], rounded[1])).as("the fewer of rounded down and up").isGreaterThan(5_000);
  }

  @Test
  void roundsAsTheDivisionWhereTheQuotientsLastDigitDecides() {
    qt().withExamples(5_000).forAll(integers().between(1, 40), integers().between(1, 9), decimals(-99_999, 99_999),
        integers().between(-1, 1)).checkAssert((digits, less, j, sign) -> {
          BigDecimal b = BigDecimal.TEN.pow(digits).subtract(BigDecimal.valueOf(less));
          BigDecimal m = j.add(Tolerance.halfUnit(j.scale()));
          BigDecimal onMidpoint = m.multiply(b);
          BigDecimal a = onMidpoint.add(BigDecimal.valueOf(sign, onMidpoint.scale()));
          assertThat(RoundedQuotient.of(a, b, j.scale())).as("%s / %s", a, b).isEqualTo(roundedTwice(a, b, j.scale()));
        });
  }

  @Test
  void roundsTwiceWhereTheQuotientsRoundingReachesAMidpoint() {
    // (10⁴⁰/2 − 1) / 10⁴⁰ = 0.5 − 10⁻⁴⁰: rounds to 0 once, but 0.5 to 34 digits and then up to 1
    BigDecimal b = BigDecimal.TEN.pow(40);
    BigDecimal a = b.divide(BigDecimal.valueOf(2)).subtract(BigDecimal.ONE);
    assertThat(a.divide(b, 0, RoundingMode.HALF_UP)).isEqualTo(BigDecimal.ZERO);
    assertThat(RoundedQuotient.of(a, b, 0)).isEqualTo(BigDecimal.ONE).isEqualTo(roundedTwice(a, b, 0));
  }

  @Test
  void showsThePercentageTheDivisionShowed() {
    // drawn figures, and numerators whose percentage lies on or one last digit beside a midpoint of the decimals shown
    qt().withExamples(20_000).forAll(numerators(), denominators(), integers().between(0, 4))
        .checkAssert((n, d, decimals) -> assertThat(RoundedQuotient.displayed(n, d, decimals))
            .as("%s / %s shown for %d decimals", n, d, decimals)
            .isEqualTo(Tolerance.display(Tolerance.percentage(n, d), decimals)));
    qt().withExamples(20_000).forAll(denominators(), longs().between(-2_000_000, 2_000_000), integers().between(0, 4),
        integers().between(-1, 1)).checkAssert((d, j, decimals, sign) -> {
          int shown = Math.max(1, decimals + 1);
          BigDecimal onMidpoint = BigDecimal.valueOf(j, shown).add(Tolerance.halfUnit(shown)).multiply(d)
              .divide(BigDecimal.valueOf(100));
          BigDecimal n = onMidpoint.add(BigDecimal.valueOf(sign, onMidpoint.scale()));
          assertThat(RoundedQuotient.displayed(n, d, decimals)).as("%s / %s shown for %d decimals", n, d, decimals)
              .isEqualTo(Tolerance.display(Tolerance.percentage(n, d), decimals));
        });
  }

  @Test
  void roundingByAZeroDivisorIsRefusedAsBefore() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoundedQuotient.of(BigDecimal.ONE, BigDecimal.ZERO, 1))
        .isInstanceOf(ArithmeticException.class);
  }
}
