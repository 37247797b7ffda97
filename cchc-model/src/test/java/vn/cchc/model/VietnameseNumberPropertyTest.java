package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** VietnameseNumber: format and parse are inverse, scale included; bad text fails only with its own exception. */
class VietnameseNumberPropertyTest {

  /** Up to 40 digits, scale -3..12, either sign. */
  static Gen<BigDecimal> decimals() {
    Gen<String> digits = lists().of(integers().between(0, 9)).ofSizeBetween(1, 40)
        .map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
    return digits.zip(integers().between(-3, 12), integers().between(0, 1),
        (d, scale, neg) -> new BigDecimal(neg == 1 ? new BigInteger(d).negate() : new BigInteger(d), scale));
  }

  @Test
  void parseOfFormatGivesTheSameValueAndScale() {
    qt().withExamples(2000).forAll(decimals()).checkAssert(x -> {
      String text = VietnameseNumber.format(x);
      VietnameseNumber back = VietnameseNumber.parse(text);
      BigDecimal expected = x.scale() < 0 ? x.setScale(0) : x;
      assertThat(back.value()).as(text).isEqualTo(expected);
      assertThat(back.value().scale()).isEqualTo(expected.scale());
      assertThat(back.percent()).isFalse();
      assertThat(VietnameseNumber.parse(text + "%").value()).isEqualTo(expected);
    });
  }

  @Test
  void formatWritesOnlyDigitsSeparatorsAndALeadingMinus() {
    qt().withExamples(2000).forAll(decimals()).checkAssert(x -> {
      String text = VietnameseNumber.format(x);
      assertThat(text).matches("-?[0-9][0-9.,]*");
      assertThat(text.indexOf(',')).isEqualTo(text.lastIndexOf(','));
      assertThat(text.startsWith("-")).isEqualTo(x.signum() < 0);
    });
  }

  /** Up to 18 digits are read into a long, more into a BigInteger: the same value and scale on both sides. */
  @Test
  void eighteenAndNineteenDigits() {
    assertThat(VietnameseNumber.parse("999.999.999.999.999.999").value()).isEqualTo(new BigDecimal("999999999999999999"));
    assertThat(VietnameseNumber.parse("9.999.999.999.999.999.999").value())
        .isEqualTo(new BigDecimal("9999999999999999999"));
    assertThat(VietnameseNumber.parse("-12.345.678.901.234.567,89").value())
        .isEqualTo(new BigDecimal("-12345678901234567.89"));
    assertThat(VietnameseNumber.parse("0000000000000000001,50").value()).isEqualTo(new BigDecimal("1.50"));
    assertThat(VietnameseNumber.parse("-0,0").value()).isEqualTo(new BigDecimal("0.0"));
  }

  @Test
  void knownExamples() {
    assertThat(VietnameseNumber.parse("1.492").value()).isEqualTo(new BigDecimal("1492"));
    assertThat(VietnameseNumber.parse("99,3").value()).isEqualTo(new BigDecimal("99.3"));
    assertThat(VietnameseNumber.parse("30%")).isEqualTo(new VietnameseNumber(new BigDecimal("30"), true));
    assertThat(VietnameseNumber.parse("03").value()).isEqualTo(new BigDecimal("3"));
    assertThat(VietnameseNumber.parse("100,0").value().scale()).isEqualTo(1);
    assertThat(VietnameseNumber.format(new BigDecimal("1234567.50"))).isEqualTo("1.234.567,50");
    assertThat(VietnameseNumber.format(new BigDecimal("-0.2"))).isEqualTo("-0,2");
  }

  static Gen<String> numberishText() {
    Gen<String> alphabet = strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 12);
    Gen<String> numeric = lists().of(integers().between(0, 14)).ofSizeBetween(0, 14).map(l -> {
      StringBuilder sb = new StringBuilder();
      l.forEach(i -> sb.append("0123456789.,-% ".charAt(i)));
      return sb.toString();
    });
    return numeric.mix(alphabet, 30).mix(strings().allPossible().ofLengthBetween(0, 6), 10);
  }

  @Test
  void anyTextEitherParsesOrFailsWithItsOwnExceptionAtAnIndexInside() {
    qt().withExamples(5000).forAll(numberishText()).checkAssert(text -> {
      Throwable t = catchThrowable(() -> VietnameseNumber.parse(text));
      if (t == null) {
        VietnameseNumber n = VietnameseNumber.parse(text);
        // what parses formats back to a number that parses to the same value
        assertThat(VietnameseNumber.parse(VietnameseNumber.format(n.value())).value()).isEqualTo(n.value());
      } else {
        assertThat(t).as("<%s>", text).isExactlyInstanceOf(VietnameseNumberException.class);
        VietnameseNumberException e = (VietnameseNumberException) t;
        assertThat(e.text()).isEqualTo(text);
        assertThat(e.index()).as("<%s>: %s", text, e.getMessage()).isBetween(0, Math.max(0, text.length() - 1));
      }
    });
  }

  @Test
  void ambiguousAndMalformedNumbersAreRejected() {
    for (String s : new String[] {"1.5", "1.23", "1.2345", "1,2,3", "1.234,5.6", ",5", "5,", ".5", "1..000", "-", "%",
        "", " ", "1 000", "12a", "1.000.00", "--1", "1-", "1234.567"}) {
      assertThat(catchThrowable(() -> VietnameseNumber.parse(s))).as("<%s>", s)
          .isExactlyInstanceOf(VietnameseNumberException.class);
    }
  }
}
