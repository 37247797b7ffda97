package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.rules.TestData.dec;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;

/** Explanations of ratio findings: each hypothesis on a hand-made case, checked by applying its correction; the sample's 3.4.2. */
class ExplanationsTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private final Catalogue cat = TestData.catalogue();

  private Map<String, String> cells(String... kv) {
    Map<String, String> m = new LinkedHashMap<>(TestData.fixtureValues());
    m.put("3.4.2/numerator", "1.481"); // the fixture's one ratio mismatch, repaired
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private List<Finding> check(Map<String, String> cells) {
    return Checker.check(TestData.report(cat, cells), cat).findings();
  }

  private static Finding only(List<Finding> fs, String rule, String id) {
    List<Finding> m = fs.stream().filter(f -> f.ruleId().equals(rule) && f.indicatorIds().get(0).equals(id))
        .collect(Collectors.toList());
    assertThat(m).as(rule + "@" + id + " in " + fs).hasSize(1);
    return m.get(0);
  }

  private static List<String> causes(Finding f) {
    return f.explanations().stream().map(Explanation::causeId).collect(Collectors.toList());
  }

  private static Explanation cause(Finding f, String cause) {
    return f.explanations().stream().filter(e -> e.causeId().equals(cause)).findFirst()
        .orElseThrow(() -> new AssertionError(cause + " not among " + f.explanations()));
  }

  /** Applies an explanation's corrections to the cells and checks again: no finding on the ratio may remain. */
  private void assertRepairs(Map<String, String> cells, String ratio, Explanation e) {
    Map<String, String> fixed = new LinkedHashMap<>(cells);
    for (Explanation.Correction c : e.corrections()) {
      String text = VietnameseNumber.format(c.value());
      fixed.put(c.indicatorId(), text);
    }
    assertThat(check(fixed)).as(e.causeId() + " repairs " + ratio)
        .noneMatch(f -> f.ruleId().startsWith("ratio.") && f.indicatorIds().get(0).equals(ratio));
  }

  @Test
  void consistentFiguresHaveNoFindingAndSoNoExplanation() {
    assertThat(check(cells())).allMatch(f -> f.explanations().isEmpty());
    assertThat(check(cells())).noneMatch(f -> f.ruleId().startsWith("ratio.mismatch"));
  }

  @Test
  void numeratorAndDenominatorSwapped() {
    Map<String, String> c = cells("3.2.4/numerator", "1.492", "3.2.4/denominator", "1.482");
    Finding f = only(check(c), "ratio.mismatch", "3.2.4");
    Explanation e = cause(f, "cause.swapped");
    assertThat(e.corrections()).containsExactly(new Explanation.Correction("3.2.4/numerator", dec("1482")),
        new Explanation.Correction("3.2.4/denominator", dec("1492")));
    assertThat(e.evidence()).extracting(x -> x.indicatorId().orElseThrow()).containsExactly("3.2.4/numerator", "3.2.4/denominator");
    assertThat(e.messageVi()).contains("1.482/1.492").contains("99,3%");
    assertThat(e.messageEn()).contains("1482/1492").contains("99.3%");
    assertRepairs(c, "3.2.4", e);
    // the numerator-exceeds finding carries the same explanation
    assertThat(causes(only(check(c), "ratio.numerator-exceeds", "3.2.4"))).contains("cause.swapped");
  }

  @Test
  void ratioWrittenAsAFraction() {
    Map<String, String> c = cells("3.2.4", "0,993");
    Finding f = only(check(c), "ratio.mismatch", "3.2.4");
    assertThat(causes(f)).containsExactly("cause.fraction-not-percent");
    Explanation e = f.explanations().get(0);
    assertThat(e.rank()).isEqualTo(1);
    assertThat(e.corrections()).containsExactly(new Explanation.Correction("3.2.4", dec("99.3")));
    assertRepairs(c, "3.2.4", e);
  }

  @Test
  void thousandsSeparatorReadAsDecimal() {
    Map<String, String> c = cells("6.1", "50", "6.1/numerator", "1.000", "6.1/denominator", "2,000");
    Finding f = only(check(c), "ratio.mismatch", "6.1");
    Explanation e = cause(f, "cause.thousands-separator");
    assertThat(e.corrections()).containsExactly(new Explanation.Correction("6.1/denominator", dec("2000")));
    assertThat(e.messageVi()).contains("\"2,000\"").contains("2.000");
    assertRepairs(c, "6.1", e);
  }

  @Test
  void truncatedInsteadOfRounded() {
    Map<String, String> c = cells("1.1", "27,2", "1.1/denominator", "11");
    Finding f = only(check(c), "ratio.truncated", "1.1");
    assertThat(causes(f)).containsExactly("cause.truncated");
    assertThat(f.explanations().get(0).corrections()).containsExactly(new Explanation.Correction("1.1", dec("27.3")));
    assertRepairs(c, "1.1", f.explanations().get(0));
  }

  @Test
  void valueCopiedFromTheNeighbouringRow() {
    Map<String, String> c = cells("3.4.2", "99,3", "3.4.2/numerator", "39");
    Finding f = only(check(c), "ratio.mismatch", "3.4.2");
    Explanation e = cause(f, "cause.copied-value");
    assertThat(e.corrections()).containsExactly(new Explanation.Correction("3.4.2", dec("2.6")));
    assertThat(e.evidence().get(0).indicatorId()).contains("3.2.4");
    assertThat(e.messageEn()).contains("3.2.4");
    assertRepairs(c, "3.4.2", e);
  }

  @Test
  void valueCopiedFromThePreviousPeriod() {
    Map<String, String> prev = cells("3.4.2", "96,6", "3.4.2/numerator", "1.431", "3.4.2/denominator", "1.481");
    Map<String, String> now = cells("3.4.2", "96,6", "3.4.2/numerator", "1.481", "3.4.2/denominator", "1.481");
    Report previous = TestData.report(cat, prev);
    List<Finding> without = Checker.check(TestData.report(cat, now), cat).findings();
    List<Finding> with = RuleSet.standard(cat).check(RuleContext.of(TestData.report(cat, now), cat).withPrevious(previous))
        .findings();
    assertThat(causes(only(without, "ratio.mismatch", "3.4.2"))).doesNotContain("cause.copied-value");
    Explanation e = cause(only(with, "ratio.mismatch", "3.4.2"), "cause.copied-value");
    assertThat(e.corrections()).containsExactly(new Explanation.Correction("3.4.2", dec("100.0")));
    assertThat(e.messageEn()).contains("previous period");
  }

  @Test
  void percentageOnTheWrongBase() {
    // 1.442 / 1.492 (3.2.4's denominator) is 96,6 %; on 1.481 it is 97,4 %
    Map<String, String> c = cells("3.4.2", "96,6", "3.4.2/numerator", "1.442");
    Finding f = only(check(c), "ratio.mismatch", "3.4.2");
    Explanation e = cause(f, "cause.wrong-base");
    assertThat(e.corrections()).containsExactly(new Explanation.Correction("3.4.2", dec("97.4")));
    assertThat(e.evidence()).extracting(x -> x.indicatorId().orElseThrow()).contains("3.2.4/denominator");
    assertRepairs(c, "3.4.2", e);
  }

  @Test
  void aMismatchNoHypothesisRepairsHasNoExplanation() {
    Map<String, String> c = cells("3.4.2", "37", "3.4.2/numerator", "39");
    assertThat(only(check(c), "ratio.mismatch", "3.4.2").explanations()).isEmpty();
  }

  @Test
  void theSampleExplainsIndicator342WithTheNarrativesEarlyDossiers() throws Exception {
    Catalogue bundled = Catalogues.bundled();
    Report report = ReportTextReader.of(bundled).read(SAMPLE);
    Finding f = only(Checker.check(report, bundled).findings(), "ratio.mismatch", "3.4.2");
    Explanation e = f.explanations().get(0);
    assertThat(e.causeId()).isEqualTo("cause.part-omitted");
    assertThat(e.rank()).isEqualTo(1);
    assertThat(e.corrections()).containsExactly(new Explanation.Correction("3.4.2/numerator", dec("1481")));
    // 39 (line 90) + 1.442 early (line 89) = 1.481, the total of line 88
    assertThat(e.evidence()).extracting(x -> x.location().line()).containsExactly(90, 89, 88);
    assertThat(e.evidence().get(1).quote().orElseThrow()).contains("Trước hạn").contains("1.442");
    assertThat(e.evidence().get(1).value()).contains(dec("1442"));
    assertThat(e.messageVi()).contains("1.442").contains("1.481").contains("100%").contains("dòng 89");
    assertThat(e.messageEn()).contains("1442").contains("1481").contains("line 89");
    assertThat(f.toJsonMap(Locale.ENGLISH).get("explanations")).asList().hasSize(f.explanations().size());
    @SuppressWarnings("unchecked")
    Map<String, Object> json = ((List<Map<String, Object>>) f.toJsonMap(Locale.forLanguageTag("vi")).get("explanations")).get(0);
    assertThat(json.keySet()).containsExactly("cause", "rank", "corrections", "evidence", "message");
    assertThat(json.get("cause")).isEqualTo("cause.part-omitted");
    assertThat(json.get("message")).isEqualTo(e.messageVi());
  }

  @Test
  void anExplanationRejectsBadInput() {
    assertThatThrownBy(() -> Explanation.builder().causeId("part-omitted").rank(1).messageVi("x").messageEn("x")
        .addCorrections(new Explanation.Correction("1.1", BigDecimal.ONE)).build()).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Explanation.builder().causeId("cause.x").rank(0).messageVi("x").messageEn("x")
        .addCorrections(new Explanation.Correction("1.1", BigDecimal.ONE)).build()).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Explanation.builder().causeId("cause.x").rank(1).messageVi("x").messageEn("x").build())
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> new Explanation.Correction(" ", BigDecimal.ONE)).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> new Explanation.Evidence(Optional.empty(), Optional.empty(), Optional.empty(), SourceLocation.of(1, 1)))
        .isInstanceOf(InvalidModelException.class);
  }
}
