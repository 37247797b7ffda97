package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Number formats and bullets as Word shows them. */
class ListNumberingTest {
  @Test
  void numbersInWordsFormats() {
    assertThat(ListNumbering.number(4, "upperRoman")).isEqualTo("IV");
    assertThat(ListNumbering.number(1994, "upperRoman")).isEqualTo("MCMXCIV");
    assertThat(ListNumbering.number(9, "lowerRoman")).isEqualTo("ix");
    assertThat(ListNumbering.number(1, "lowerLetter")).isEqualTo("a");
    assertThat(ListNumbering.number(26, "upperLetter")).isEqualTo("Z");
    assertThat(ListNumbering.number(28, "lowerLetter")).isEqualTo("bb");
    assertThat(ListNumbering.number(3, "decimalZero")).isEqualTo("03");
    assertThat(ListNumbering.number(12, "ordinalText")).as("an unknown format is decimal").isEqualTo("12");
  }

  @Test
  void bulletsBecomeTheListMarksTheTextReaderKnows() {
    assertThat(ListNumbering.bullet("-")).isEqualTo("-");
    assertThat(ListNumbering.bullet("–")).isEqualTo("-");
    assertThat(ListNumbering.bullet("+")).isEqualTo("+");
    assertThat(ListNumbering.bullet("\uF0B7")).as("Symbol font's bullet").isEqualTo("•");
    assertThat(ListNumbering.bullet("")).isEqualTo("•");
  }
}
