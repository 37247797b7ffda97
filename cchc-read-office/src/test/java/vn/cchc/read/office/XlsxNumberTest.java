package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.cchc.model.VietnameseNumber;

/**
 * A number stored in a cell is written so that the text reader's number reading
 * ({@link VietnameseNumber#parse}) gives back the same value: for every whole number a double holds
 * exactly, every decimal of up to 15 significant digits, and every percentage shown with its decimals.
 */
class XlsxNumberTest {
  @Test
  void examples() {
    assertThat(XlsxText.numberText(1481, "General")).isEqualTo("1.481");
    assertThat(XlsxText.numberText(1481, "#,##0")).isEqualTo("1.481");
    assertThat(XlsxText.numberText(99.3, "General")).isEqualTo("99,3");
    assertThat(XlsxText.numberText(0.993, "0.0%")).isEqualTo("99,3%");
    assertThat(XlsxText.numberText(0.3, "0%")).isEqualTo("30%");
    assertThat(XlsxText.numberText(1, "0.00%")).isEqualTo("100,00%");
    assertThat(XlsxText.numberText(0, "General")).isEqualTo("0");
    assertThat(XlsxText.numberText(5, "0.00")).isEqualTo("5,00");
    assertThat(XlsxText.numberText(1e15, "General")).isEqualTo("1.000.000.000.000.000");
    assertThat(XlsxText.numberText(0.1 + 0.2, "General")).as("every digit the double has, no guess")
        .isEqualTo("0,30000000000000004");
    assertThat(XlsxText.numberText(0.1 + 0.2, "0.0")).isEqualTo("0,3");
    assertThat(XlsxText.numberText(1234.5, "#,##0.00 \"đ\";[Red]-#,##0.00")).isEqualTo("1.234,50");
    assertThat(XlsxText.numberText(0.5, "0.0\\%")).as("an escaped % is text, not a percentage").isEqualTo("0,5");
    assertThat(XlsxText.shown(0.99347, "0.0%")).isEqualTo(new XlsxText.Shown("99,3%", true));
    assertThat(XlsxText.shown(0.993, "0.0%").rounded()).isFalse();
  }

  @Test
  void wholeNumbersReadBack() {
    qt().forAll(longs().between(0, 1L << 53)).checkAssert(n -> assertThat(
        VietnameseNumber.parse(XlsxText.numberText((double) n, "General")).value()).isEqualByComparingTo(
            BigDecimal.valueOf(n)));
  }

  @Test
  void decimalsReadBack() {
    qt().forAll(longs().between(0, 999_999_999_999_999L), integers().between(0, 8)).checkAssert((unscaled, scale) -> {
      BigDecimal v = BigDecimal.valueOf(unscaled, scale);
      VietnameseNumber back = VietnameseNumber.parse(XlsxText.numberText(v.doubleValue(), "General"));
      assertThat(back.value()).isEqualByComparingTo(v);
      assertThat(back.percent()).isFalse();
    });
  }

  @Test
  void percentagesReadBackAsShown() {
    qt().forAll(longs().between(0, 9_999_999_999L), integers().between(0, 4)).checkAssert((unscaled, scale) -> {
      BigDecimal percent = BigDecimal.valueOf(unscaled, scale);
      String format = scale == 0 ? "0%" : "0." + "0".repeat(scale) + "%";
      VietnameseNumber back = VietnameseNumber.parse(XlsxText.numberText(percent.movePointLeft(2).doubleValue(), format));
      assertThat(back.value()).isEqualTo(percent);
      assertThat(back.percent()).isTrue();
    });
  }
}
