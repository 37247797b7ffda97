package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/**
 * The narrative rules on hostile text: numbers too long to compute with are a finding, never an exception,
 * and a paragraph of thousands of fractions or "trong đó" clauses is read in linear time — shown by counting
 * the characters the rule reads (through a counting view of the text), not by a clock.
 */
class NarrativeRobustnessTest {
  private final Catalogue cat = TestData.catalogue();

  private static NarrativeBlock block(NarrativeBlock.Kind kind, int line, String text) {
    var b = NarrativeBlock.builder().kind(kind).text(text).location(SourceLocation.of(line, 1));
    if (kind != NarrativeBlock.Kind.PARAGRAPH) {
      b.marker(kind == NarrativeBlock.Kind.BULLET ? "-" : "- +");
    }
    return b.build();
  }

  private Report with(NarrativeBlock... blocks) {
    NarrativeSection s = NarrativeSection.builder().marker("I.").title("").location(SourceLocation.of(10, 1))
        .blocks(List.of(blocks)).build();
    return TestData.builder(cat, TestData.fixtureValues()).sections(List.of(s)).build();
  }

  private static String digits(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('1' + i % 9));
    }
    return sb.toString();
  }

  private List<Finding> unreadable(Report r) {
    return Checker.check(r, cat).findings().stream().filter(f -> f.ruleId().equals("narrative.number-unreadable")).toList();
  }

  @Test
  void a70DigitFractionIsAFindingNotAnException() {
    Report r = with(block(NarrativeBlock.Kind.PARAGRAPH, 15, "Đã hoàn thành " + digits(70) + "/11 nhiệm vụ, đạt 27,2%."));
    assertThat(unreadable(r)).hasSize(1);
    r = with(block(NarrativeBlock.Kind.PARAGRAPH, 15, "Đã hoàn thành " + digits(200) + "/11 nhiệm vụ, đạt 27,2%."));
    List<Finding> fs = unreadable(r);
    assertThat(fs).hasSize(1);
    assertThat(fs.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(fs.get(0).location()).contains(SourceLocation.of(15, 1));
    assertThat(fs.get(0).message(java.util.Locale.ENGLISH)).contains("200 characters").contains("…").hasSizeLessThan(300);
  }

  @Test
  void aFractionWithA70DigitPercentageIsAFinding() {
    Report r = with(block(NarrativeBlock.Kind.PARAGRAPH, 15, "Đã hoàn thành 3/11 nhiệm vụ, đạt " + digits(70) + "%."));
    assertThat(unreadable(r)).hasSize(1);
  }

  @Test
  void a65DigitTotalWithTrongDoIsAFindingInlineAndAsABullet() {
    String total = digits(65);
    Report inline = with(block(NarrativeBlock.Kind.PARAGRAPH, 20,
        "Tổng số cán bộ là " + total + " người, trong đó: cán bộ là 11 người, công chức là " + total + " người."));
    assertThat(unreadable(inline)).hasSize(1);
    Report bullets = with(block(NarrativeBlock.Kind.BULLET, 21, "Tổng số " + total + " người, trong đó:"),
        block(NarrativeBlock.Kind.SUB_BULLET, 22, "cán bộ: 11"), block(NarrativeBlock.Kind.SUB_BULLET, 23, "công chức: 08"));
    assertThat(unreadable(bullets)).hasSize(1);
  }

  @Test
  void smallNegativeAndManyDecimalNumbersNeverThrow() {
    for (String text : List.of("Đạt 0/0 hồ sơ, đạt 0,000000000000000000000000000000000000000000000000001%.",
        "Có 1/" + digits(64) + " hồ sơ, đạt 99," + "9".repeat(62) + "%.", "Có -3/-7 hồ sơ, đạt -42,8%.",
        "Tổng số 000000000000000000000000000000000000000000000000000000000000019 người, trong đó 11, 08.",
        "Có 1.000.000.000.000.000.000.000.000.000.000.000.000.000/3 hồ sơ, đạt 33,3%.")) {
      assertThatCode(() -> Checker.check(with(block(NarrativeBlock.Kind.PARAGRAPH, 30, text)), cat)).as(text)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void nestedTrongDoClausesAddUpEachOnItsOwn() {
    Report r = with(block(NarrativeBlock.Kind.PARAGRAPH, 40,
        "Tổng số là 19 người, trong đó: cán bộ là 11 người, công chức là 08 người, trong đó nữ 3, nam 5."));
    assertThat(Checker.check(r, cat).findings()).noneMatch(f -> f.ruleId().equals("narrative.total-mismatch"));
    Report wrong = with(block(NarrativeBlock.Kind.PARAGRAPH, 40,
        "Tổng số là 19 người, trong đó: cán bộ là 11 người, công chức là 08 người, trong đó nữ 3, nam 6."));
    assertThat(Checker.check(wrong, cat).findings()).filteredOn(f -> f.ruleId().equals("narrative.total-mismatch"))
        .hasSize(1).allSatisfy(f -> assertThat(f.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("8")));
  }

  /** A character sequence that counts every character read from it, through its sub-sequences too. */
  static final class Counting implements CharSequence {
    private final CharSequence s;
    private final long[] count;

    Counting(CharSequence s, long[] count) {
      this.s = s;
      this.count = count;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      count[0]++;
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Counting(s.subSequence(start, end), count);
    }

    @Override
    public String toString() {
      count[0] += s.length();
      return s.toString();
    }
  }

  /** {@return the characters the narrative rules read on one paragraph made of {@code n} copies of a construct} */
  private long work(IntFunction<String> paragraph, int n) {
    long[] count = {0};
    Report r = with(block(NarrativeBlock.Kind.PARAGRAPH, 50, paragraph.apply(n)));
    NarrativeRules rules = new NarrativeRules(Structure.of(cat), t -> new Counting(t, count));
    rules.check(RuleContext.of(r, cat));
    return count[0];
  }

  private void growsLinearly(IntFunction<String> paragraph) {
    long small = work(paragraph, 1_000);
    long large = work(paragraph, 10_000);
    assertThat(small).isPositive();
    assertThat((double) large / small).as("characters read for 10× the input: %d → %d", small, large).isLessThan(11.0);
  }

  @Test
  void aParagraphOfThousandsOfFractionsIsReadInLinearTime() {
    growsLinearly(n -> "Kết quả: " + "3/11 nhiệm vụ, ".repeat(n) + "đạt 27,2%");
    growsLinearly(n -> "1.154/1.221 hồ sơ đạt 92%, ".repeat(n));
  }

  @Test
  void aParagraphOfThousandsOfTrongDoClausesIsReadInLinearTime() {
    growsLinearly(n -> "Tổng số 19 người, trong đó 11, 08, ".repeat(n));
    growsLinearly(n -> "Tổng số 1, trong đó ".repeat(n) + "1, 2.");
  }
}
