package vn.cchc.rules.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Rule;
import vn.cchc.rules.RuleContext;
import vn.cchc.rules.RuleSet;
import vn.cchc.rules.Severity;

/**
 * The helpers a user's rule needs to be as good as a standard one (issue #15), on the real sample report,
 * through the public API only: Optional lookups of derived values, findings placed on a row or a narrative
 * block exactly as the standard rules place theirs, and {@code RuleSet.check(report)}.
 */
class UserRuleHelpersTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static Catalogue cat;
  private static Report report;
  private static RuleContext ctx;

  @BeforeAll
  static void read() throws Exception {
    cat = Catalogues.bundled();
    report = ReportTextReader.of(cat).read(SAMPLE);
    ctx = RuleContext.of(report, cat);
  }

  @Test
  void derivedLookupIsOptionalNeverNull() {
    // 3.4.2: 39 on time of 1.481 settled, derived 2,6 % (the report writes 100 %)
    assertThat(ctx.derived("3.4.2").flatMap(d -> d.rounded(1))).contains(new BigDecimal("2.6"));
    assertThat(ctx.derived("3.4.2")).isEqualTo(java.util.Optional.of(ctx.derived().get("3.4.2")));
    assertThat(ctx.derived("3.4.2/numerator")).isEmpty(); // a count, not a ratio
    assertThat(ctx.derived("no.such.indicator")).isEmpty();
  }

  @Test
  void aFindingOnARowHasTheRowsLocationLikeAStandardFinding() {
    Finding mine = ctx.findingOnRow("my.rule", Severity.ERROR, "3.4.2").messageVi("x").messageEn("x").build();
    Finding standard = RuleSet.standard(cat).check(report).findings().stream()
        .filter(f -> f.ruleId().equals("ratio.mismatch") && f.indicatorIds().contains("3.4.2")).findFirst().orElseThrow();
    assertThat(mine.location()).isPresent().isEqualTo(standard.location());
    assertThat(mine.location()).isEqualTo(report.entry("3.4.2").map(e -> e.location()));
    assertThat(mine.indicatorIds()).containsExactly("3.4.2");
  }

  @Test
  void aFindingOnARowTheReportLacksNamesTheIndicatorWithoutALocation() {
    Finding f = ctx.findingOnRow("my.rule", Severity.WARNING, "9.9.9").messageVi("x").messageEn("x").build();
    assertThat(f.location()).isEmpty();
    assertThat(f.indicatorIds()).containsExactly("9.9.9");
  }

  @Test
  void aFindingOnANarrativeBlockHasItsLocationAndTheStandardSectionPath() {
    Finding standard = RuleSet.standard(cat).check(report).findings().stream()
        .filter(f -> f.ruleId().equals("narrative.fraction-mismatch")).findFirst().orElseThrow();
    NarrativeBlock block = report.allSections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> standard.location().get().line() == b.location().line()).findFirst().orElseThrow();
    Finding mine = ctx.findingOnBlock("my.rule", Severity.INFO, block).messageVi("x").messageEn("x").build();
    assertThat(mine.location()).contains(block.location());
    assertThat(mine.sectionPath()).isPresent().isEqualTo(standard.sectionPath());
  }

  @Test
  void aFindingOnABlockOutsideTheSectionsHasNoSectionPath() {
    // the sample has no preamble: give it one, a paragraph before section I
    NarrativeBlock intro = NarrativeBlock.builder().from(report.allSections().stream()
        .flatMap(s -> s.blocks().stream()).findFirst().orElseThrow()).text("Thực hiện Kế hoạch số 01/KH-UBND …").build();
    Report withPreamble = Report.builder().from(report).preamble(List.of(intro)).build();
    Finding f = RuleContext.of(withPreamble, cat).findingOnBlock("my.rule", Severity.INFO, intro)
        .messageVi("x").messageEn("x").build();
    assertThat(f.sectionPath()).isEmpty();
    assertThat(f.location()).contains(intro.location());
  }

  @Test
  void aStandardSetChecksWithItsOwnCatalogue() {
    Rule mine = Rule.of("my.none", c -> List.of());
    RuleSet rules = RuleSet.standard(cat).plus(mine).without("doc");
    assertThat(rules.check(report).findings()).isEqualTo(rules.check(report, cat).findings());
  }

  @Test
  void aSetOfOwnRulesAsksForTheCatalogue() {
    RuleSet own = RuleSet.of(Rule.of("my.none", c -> List.of()));
    assertThatThrownBy(() -> own.check(report)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("check(report, catalogue)");
    assertThat(own.check(report, cat).findings()).isEmpty();
  }
}
