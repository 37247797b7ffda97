package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Vietnamese number parsing: the examples, the fixture's forms, and malformed input with its position. */
class VietnameseNumberTest {

  @ParameterizedTest(name = "\"{0}\" = {1} (percent {2})")
  @CsvSource(delimiter = '|', textBlock = """
      1.492     | 1492    | false
      99,3      | 99.3    | false
      30%       | 30      | true
      03        | 3       | false
      0,2       | 0.2     | false
      100       | 100     | false
      0         | 0       | false
      1.234.567 | 1234567 | false
      1.481,50  | 1481.50 | false
      90,68 %   | 90.68   | true
      ' 166 '   | 166     | false
      """)
  void wellFormed(String text, String value, boolean percent) {
    VietnameseNumber n = VietnameseNumber.parse(text);
    // equals, not compareTo: the scale as written is kept ("1.481,50" has two decimals)
    assertThat(n.value()).isEqualTo(new BigDecimal(value));
    assertThat(n.percent()).isEqualTo(percent);
  }

  @ParameterizedTest(name = "\"{0}\" fails at index {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1.5       | 2
      1.23      | 3
      1.2345    | 5
      1,2,3     | 3
      1.234,5.6 | 7
      ,5        | 0
      1,        | 1
      .5        | 0
      12a       | 2
      -         | 0
      %         | 0
      1 000     | 1
      1234.567  | 4
      """)
  void malformedNumbersNameTheOffendingCharacter(String text, int index) {
    assertThatThrownBy(() -> VietnameseNumber.parse(text)).isInstanceOf(VietnameseNumberException.class)
        .satisfies(e -> {
          VietnameseNumberException v = (VietnameseNumberException) e;
          assertThat(v.index()).isEqualTo(index);
          assertThat(v.text()).isEqualTo(text);
        });
  }

  @Test
  void emptyAndOverlongTextAreErrors() {
    assertThatThrownBy(() -> VietnameseNumber.parse("   ")).isInstanceOf(VietnameseNumberException.class);
    assertThatThrownBy(() -> VietnameseNumber.parse("1".repeat(VietnameseNumber.MAX_LENGTH + 1)))
        .isInstanceOf(VietnameseNumberException.class);
  }

  @Test
  void formatThenParseIsTheIdentityScaleIncluded() {
    qt().withExamples(2000).forAll(longs().between(0, 999_999_999_999L), integers().between(0, 4))
        .checkAssert((unscaled, scale) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          assertThat(VietnameseNumber.parse(VietnameseNumber.format(v)).value()).isEqualTo(v);
        });
  }
}
