package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NBSP and look-alike letters are repaired one character for one, each repaired line one INFO problem. */
class LineRepairsTest {

  @Test
  void nonBreakingSpacesAreSpacesAndTheProblemNamesTheFirstRepairedColumn() {
    ReadContext ctx = Zone.ctx("Số:\u00a045/BC-UBND", "Đình Cả,\u202fngày\u2007 12");
    LineRepairs.apply(ctx);
    assertThat(ctx.lines).containsExactly("Số: 45/BC-UBND", "Đình Cả, ngày  12");
    assertThat(Zone.problems(ctx)).containsExactly("1:4 REPAIRED_TEXT INFO", "2:9 REPAIRED_TEXT INFO");
    assertThat(ctx.problems().get(0).message()).isEqualTo("non-breaking spaces read as spaces");
    assertThat(ctx.problems().get(0).offendingText()).isEqualTo("\u00a045/BC-UBND");
  }

  @Test
  void lookAlikeLettersFromOldEncodingsAreTheVietnameseLetters() {
    ReadContext ctx = Zone.ctx("Ðình Cả, ngày 12", "Kế hoạch nǎm 2024", "ǍN ðịnh");
    LineRepairs.apply(ctx);
    assertThat(ctx.lines).containsExactly("Đình Cả, ngày 12", "Kế hoạch năm 2024", "ĂN định");
    assertThat(Zone.problems(ctx)).containsExactly("1:1 REPAIRED_TEXT INFO", "2:11 REPAIRED_TEXT INFO",
        "3:1 REPAIRED_TEXT INFO");
    assertThat(ctx.problems().get(1).message()).contains("ǎ → ă, ð → đ");
  }

  @Test
  void bothRepairsOnOneLineAreOneProblem() {
    ReadContext ctx = Zone.ctx("Kế hoạch nǎm 2024\u00a0và");
    LineRepairs.apply(ctx);
    assertThat(ctx.lines).containsExactly("Kế hoạch năm 2024 và");
    assertThat(Zone.problems(ctx)).containsExactly("1:11 REPAIRED_TEXT INFO");
    assertThat(ctx.problems().get(0).message())
        .isEqualTo("non-breaking spaces read as spaces and look-alike letters as Vietnamese ones");
  }

  @Test
  void columnsAreCountedInCodePointsAfterRepairsAndTheLineKeepsItsLength() {
    // a letter outside the BMP before the NBSP counts as one column
    ReadContext ctx = Zone.ctx("\uD83D\uDE00ab\u00a0c");
    LineRepairs.apply(ctx);
    assertThat(ctx.line(0)).isEqualTo("\uD83D\uDE00ab c");
    assertThat(Zone.problems(ctx)).containsExactly("1:4 REPAIRED_TEXT INFO");
  }

  @Test
  void cleanTextAndVietnameseLettersAreLeftAlone() {
    ReadContext ctx = Zone.ctx("Đình Cả, ngày 12 tháng 03 năm 2024", "", "ăâêôơưđ ĂÂÊÔƠƯĐ");
    LineRepairs.apply(ctx);
    assertThat(ctx.lines).containsExactly("Đình Cả, ngày 12 tháng 03 năm 2024", "", "ăâêôơưđ ĂÂÊÔƠƯĐ");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void anInfoRepairDoesNotMakeTheLineAProblemLine() {
    ReadContext ctx = Zone.ctx("Số:\u00a045/BC-UBND");
    LineRepairs.apply(ctx);
    assertThat(ctx.use(0)).isNull();
  }
}
