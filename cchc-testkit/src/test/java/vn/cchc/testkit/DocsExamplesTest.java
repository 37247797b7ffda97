package vn.cchc.testkit;

// docs:imports
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import vn.cchc.model.*;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.*;
import vn.cchc.rules.*;
import vn.cchc.testkit.*;
import vn.cchc.testkit.quicktheories.CchcGens;
// end
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The code of docs/testing.md, compiled and run. Each block between a "docs:NAME" line comment and
 * an "end" line comment must appear in the page line by line (checked by {@link #thePageShowsThisCode()}).
 */
class DocsExamplesTest {
  private static final Catalogue catalogue = Catalogues.bundled();

  // docs:rule
  /** A province's own target: online dossiers (3.2.4) at least 90 %, as a warning. */
  static final Rule ONLINE_TARGET = Rule.of("my.online-target", ctx -> {
    Optional<BigDecimal> online = ctx.derived("3.2.4").flatMap(DerivedValue::value); // empty when not derivable
    if (online.isEmpty() || online.get().compareTo(BigDecimal.valueOf(90)) >= 0) {
      return List.of();
    }
    BigDecimal shown = online.get().setScale(1, RoundingMode.HALF_UP);
    return List.of(ctx.findingOnRow("my.online-target", Severity.WARNING, "3.2.4") // the row's line and column
        .expected(BigDecimal.valueOf(90)).actual(shown)
        .messageVi("Tỷ lệ hồ sơ trực tuyến " + VietnameseNumber.format(shown) + "% dưới 90%")   // "89,5%"
        .messageEn("Online dossiers " + shown.toPlainString() + "% below 90%").build());
  });
  // end

  @Test
  void generating() {
    // docs:generate
    ConsistentReports gen = ReportGenerators.consistent(catalogue)
        .level(AdministrativeLevel.COMMUNE)
        .period(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1))
        .maxFilledIndicators(20)          // at most 20 rows carry a value
        .percentDecimals(0, 2);           // "99", "99,3" or "99,33"
    Report one = gen.generate(42L);                          // same seed, same report
    Report other = gen.generate(new SplittableRandom(7));    // any java.util.random.RandomGenerator
    List<Report> growing = gen.smallestFirst(42L, 50);       // 50 reports, 0 … 20 rows filled
    // end
    assertEquals(one, gen.generate(42L));
    assertTrue(Checker.check(other, catalogue).findings(Severity.ERROR).isEmpty());
    assertEquals(50, growing.size());
  }

  // docs:property
  @Test
  void onlineTargetWarnsExactlyBelowNinetyPercent() {
    RuleSet mine = RuleSet.of(ONLINE_TARGET);
    qt().withExamples(100).forAll(CchcGens.reports(ReportGenerators.consistent(catalogue))).check(r -> {
      Optional<BigDecimal> num = r.value("3.2.4/numerator").flatMap(IndicatorValue::number);
      Optional<BigDecimal> den = r.value("3.2.4/denominator").flatMap(IndicatorValue::number);
      boolean below = num.isPresent() && den.isPresent() && den.get().signum() > 0
          && num.get().multiply(BigDecimal.TEN).compareTo(den.get().multiply(BigDecimal.valueOf(9))) < 0;
      return mine.check(r, catalogue).findings().isEmpty() != below;
    });
  }

  @Test
  void myRuleAddsNoErrorToConsistentReports() {
    RuleSet rules = RuleSet.standard(catalogue).plus(ONLINE_TARGET);
    qt().withExamples(100).forAll(CchcGens.reports(ReportGenerators.consistent(catalogue))).check(r -> !rules.check(r, catalogue).hasErrors());
  }
  // end

  // docs:corruptions
  @Test
  void everyStandardCorruptionIsFound() {
    RuleSet rules = RuleSet.standard(catalogue).plus(ONLINE_TARGET);
    qt().withExamples(100).forAll(CchcGens.corrupted(ReportGenerators.consistent(catalogue)))
        .check(c -> c.expected().foundIn(rules.check(c.report(), catalogue)));
  }
  // end

  @Test
  void oneCorruptionByHand() {
    // docs:one-corruption
    Report report = ReportGenerators.consistent(catalogue).generate(1L);
    Corrupted c = Corruptions.ratioOffBy(2).apply(report, catalogue, new SplittableRandom(1));
    c.description();                // e.g. "3.2.4 written 97.2 instead of 97.0 (2 units off)"
    c.expected();                   // ratio.mismatch ERROR [3.2.4, 3.2.4/numerator, 3.2.4/denominator] expected=… actual=…
    assertTrue(c.expected().foundIn(Checker.check(c.report(), catalogue)));
    // end
  }

  // docs:repeated
  @RepeatedTest(50)
  void noErrorOnConsistentReports(RepetitionInfo info) {
    long seed = info.getCurrentRepetition();
    ConsistentReports gen = ReportGenerators.consistent(catalogue).maxFilledIndicators(2 * (int) seed);
    Report r = gen.generate(seed);                      // small reports first: size grows with the repetition
    assertFalse(Checker.check(r, catalogue).hasErrors(), () -> "seed " + seed);
  }
  // end

  @Test
  void rawSeedsWithQuickTheories() {
    ConsistentReports gen = ReportGenerators.consistent(catalogue);
    // docs:seeds
    qt().withExamples(100).forAll(longs().all()).check(seed -> !Checker.check(gen.generate(seed), catalogue).hasErrors());
    // end
  }

  @Test
  void oneLayoutByHand() {
    // docs:one-layout
    Report report = ReportGenerators.consistent(catalogue).generate(42L);
    TextLayout layout = TextLayout.clean()
        .withHeader(TextLayout.Header.DECREE_30)                // "UBND …", "Số: 45/BC-UBND", "Đình Cả, ngày 12 tháng 03 năm 2024"
        .withTableForm(TextLayout.TableForm.PIPES_WITH_RULE)    // "| 1.1. | Tỷ lệ … | % | 30 |  |" under a "|---|" rule
        .withWrapWidth(72);                                     // paragraphs hard-wrapped at 72 columns
    String text = TextLayouts.write(report, catalogue, layout);
    LaidOutReport laid = TextLayouts.layOut(report, catalogue, layout);
    laid.stated();          // what the text states: the issuer as the header writes it ("UBND THỊ TRẤN …"), the title as written
    laid.rejoinedLines();   // lines that continue the line above: at most this many REPAIRED_TEXT warnings
    // end
    assertEquals(text, laid.text());
    assertTrue(laid.rejoinedLines() > 0);
  }

  // docs:layouts
  @Test
  void theSamplesLayoutReadsBack() {
    ReportTextReader reader = ReportTextReader.of(catalogue);
    qt().withExamples(30).forAll(CchcGens.reports(ReportGenerators.consistent(catalogue))).check(r -> {
      LaidOutReport laid = TextLayouts.layOut(r, catalogue, TextLayout.clean());
      ReadResult read = reader.readTextLenient(laid.text());
      return read.isComplete() && read.report().get().appendix().size() == laid.stated().appendix().size();
    });
  }
  // end

  @Test
  void anExplainedCorruption() {
    Report report = ReportGenerators.consistent(catalogue).generate(3L);
    // docs:explained
    Corrupted c = ExplainedCorruptions.termsSwapped().apply(report, catalogue, new SplittableRandom(3));
    Finding f = c.expected().in(Checker.check(c.report(), catalogue).findings()).orElseThrow();
    c.explanation().orElseThrow().in(f);   // Optional[Explanation{causeId=cause.swapped, …}]
    // end
    assertEquals("cause.swapped", c.explanation().orElseThrow().in(f).orElseThrow().causeId());
  }

  @Test
  void thePageShowsThisCode() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "testing.md"));
    String source = Files.readString(Path.of("src", "test", "java", "vn", "cchc", "testkit", "DocsExamplesTest.java"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?ms)^\\s*// docs:\\S+$(.*?)^\\s*// end$").matcher(source);
    int blocks = 0;
    while (m.find()) {
      for (String line : m.group(1).split("\n")) {
        if (!line.isBlank()) {
          assertTrue(page.contains(line.strip()), () -> "docs/testing.md lacks: " + line.strip());
        }
      }
      blocks++;
    }
    assertEquals(11, blocks);
  }
}
