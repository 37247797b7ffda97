package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;

/** Narrative totals and denominators against the appendix: the sample's "66/182 TTHC", agreements, and sentences that must not match. */
class NarrativeTotalsTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static Catalogue cat;
  private static Report sample;

  @BeforeAll
  static void read() throws Exception {
    cat = Catalogues.bundled();
    sample = ReportTextReader.of(cat).read(SAMPLE);
  }

  private static RuleContext ctx(Report r) {
    return RuleContext.of(r, cat);
  }

  private static NarrativeTotals rule() {
    return new NarrativeTotals(Structure.of(cat));
  }

  /** The sample's appendix with one paragraph as its whole narrative. */
  private static Report withOnly(String text) {
    NarrativeBlock b = NarrativeBlock.builder().kind(NarrativeBlock.Kind.PARAGRAPH).text(text).location(SourceLocation.of(5, 1))
        .build();
    return ImmutableReport.copyOf(sample).withSections().withClosing().withPreamble(b);
  }

  @Test
  void theSamplesTotalOfProceduresDisagreesWithTheAppendix() {
    List<Finding> fs = Checker.check(sample, cat).findings().stream().filter(f -> f.ruleId().equals("narrative.total-appendix"))
        .collect(Collectors.toList());
    assertThat(fs).hasSize(1);
    Finding f = fs.get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.indicatorIds()).containsExactly("3.2.3/denominator");
    assertThat(f.location().orElseThrow().line()).isEqualTo(172);
    assertThat(f.actual().orElseThrow()).isEqualByComparingTo("182");
    assertThat(f.expected().orElseThrow()).isEqualByComparingTo("166");
    assertThat(f.messageVi()).contains("182 TTHC").contains("3.2.3/denominator").contains("cung cấp").contains("166");
    assertThat(f.messageEn()).contains("line 285").contains("cung cấp");
  }

  @Test
  void theSamplesMatchesAreExplainedByTheirWords() {
    List<NarrativeTotals.Match> ms = rule().matches(ctx(sample));
    assertThat(ms).extracting(m -> m.figure().toPlainString() + "→" + m.indicatorId() + " " + m.ties())
        .containsExactly("1492→3.2.4/denominator [tiếp nhận]", "1481→3.4.2/denominator [giải quyết]",
            "182→3.2.3/denominator [cung cấp]");
    // the two totals agree with the appendix: silent
    assertThat(Checker.check(sample, cat).findings()).noneMatch(f -> f.ruleId().equals("narrative.total-appendix")
        && f.location().get().line() < 100);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Tổng số hồ sơ đang giải quyết: 11 hồ sơ.",                                   // "đang", not "đã … xong"
      "Trong kỳ báo cáo, UBND thị trấn đã chỉ đạo thực hiện số hóa được 1.154/1.221 hồ sơ đạt 92%, số hồ sơ mới tiếp nhận và đang chờ số hóa là 67 hồ sơ.",
      "Hiện nay, 05/05 tổ dân phố đều được cung cấp dịch vụ internet.",              // no catalogue unit
      "Tổng số cán bộ, công chức là 19 người, trong đó: cán bộ là 11 người, công chức là 08 người.",
      "Toàn thị trấn có 19 máy tính, 100% máy tính được kết nối internet.",
      "Đã ban hành 12/15 văn bản chỉ đạo về cải cách hành chính.",                  // a unit, but no label word around it
      "Tiếp nhận 300 hồ sơ, đã giải quyết 290 hồ sơ.",                               // no total phrase, no fraction
      "Ngày 13/12/2023 tổng hợp 1.492 hồ sơ đã tiếp nhận.",                         // a date, not a fraction
      "Có 1.300/1.500 hồ sơ tiếp nhận và giải quyết trong kỳ.",                      // 3.2.4 and 3.4.2 tie once each: ambiguous
  })
  void sentencesThatMustNotMatch(String sentence) {
    assertThat(rule().matches(ctx(withOnly(sentence)))).as(sentence).isEmpty();
    assertThat(rule().check(ctx(withOnly(sentence)))).isEmpty();
  }

  @Test
  void aFractionOfProceduresAgreeingWithTheAppendixIsSilent() {
    Report r = withOnly("Có 40/166 TTHC tại thị trấn đang cung cấp trực tuyến toàn trình.");
    assertThat(rule().matches(ctx(r))).extracting(NarrativeTotals.Match::indicatorId).containsExactly("3.2.3/denominator");
    assertThat(rule().matches(ctx(r)).get(0).ties()).containsExactly("cung cấp", "cấp trực", "trực tuyến");
    assertThat(rule().check(ctx(r))).isEmpty();
  }

  /** {@return the characters the rule reads on one paragraph made of {@code n} copies of a construct} */
  private static long work(java.util.function.IntFunction<String> paragraph, int n) {
    long[] count = {0};
    NarrativeTotals counting = new NarrativeTotals(Structure.of(cat), t -> new NarrativeRobustnessTest.Counting(t, count));
    counting.check(ctx(withOnly(paragraph.apply(n))));
    return count[0];
  }

  private static void growsLinearly(java.util.function.IntFunction<String> paragraph) {
    long small = work(paragraph, 500);
    long large = work(paragraph, 5_000);
    assertThat(small).isPositive();
    assertThat((double) large / small).as("characters read for 10× the input: %d → %d", small, large).isLessThan(11.0);
  }

  @Test
  void aParagraphOfThousandsOfFractionsOrTotalsIsReadInLinearTime() {
    growsLinearly(n -> "Có " + "66/182 TTHC cung cấp dịch vụ công toàn trình ".repeat(n) + ".");
    growsLinearly(n -> "Tổng số hồ sơ đã tiếp nhận: ".repeat(n) + "1.492 hồ sơ.");
    growsLinearly(n -> "Tổng số hồ sơ đã giải quyết xong: 1.500 hồ sơ; ".repeat(n));
  }

  @Test
  void aTotalThatMatchesAndDiffersIsAWarningAtTheSentence() {
    Report r = withOnly("Tổng số hồ sơ đã giải quyết xong: 1.500 hồ sơ.");
    List<Finding> fs = rule().check(ctx(r));
    assertThat(fs).hasSize(1);
    assertThat(fs.get(0).indicatorIds()).containsExactly("3.4.2/denominator");
    assertThat(fs.get(0).location()).contains(SourceLocation.of(5, 1));
    assertThat(fs.get(0).messageEn()).contains("giải quyết, quyết xong");
  }
}
