package vn.cchc.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.RuleSet;
import vn.cchc.testkit.ConsistentReports;
import vn.cchc.testkit.ReportGenerators;

/**
 * The standard rules against hand-written checks of the same arithmetic (and, on reports with a narrative, the
 * same narrative claims and references): on a generated report without narrative, on the bundled real report,
 * and on a generated report with a narrative. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
  Catalogue catalogue;
  RuleSet rules;
  HandCheck hand;
  Report report;
  HandNarrativeCheck handNarrative;
  Report sample;
  Report narrative;
  List<Report> shifted;
  List<Report> year;

  /** Builds the catalogue, the rule set and one generated report (one figure wrong, so both find something). */
  @Setup
  public void setup() {
    catalogue = BenchData.catalogue();
    rules = RuleSet.standard(catalogue);
    hand = HandCheck.of(catalogue);
    ConsistentReports gen = ReportGenerators.consistent(catalogue).narrative(false);
    Report r = gen.generate(42L);
    String someRatioNumerator = catalogue.indicators().stream().filter(d -> d.id().endsWith("/numerator"))
        .findFirst().orElseThrow().id();
    report = gen.changeFigure(r, someRatioNumerator);
    handNarrative = HandNarrativeCheck.of(catalogue);
    sample = ReportTextReader.of(catalogue).readTextLenient(SampleShaped.sample()).report().orElseThrow();
    ConsistentReports withText = ReportGenerators.consistent(catalogue).narrative(true);
    narrative = withText.changeFigure(withText.generate(42L), someRatioNumerator);
    ReportTextReader reader = ReportTextReader.of(catalogue);
    String text = SampleShaped.sample();
    shifted = IntStream.rangeClosed(1, 4)
        .mapToObj(i -> reader.readTextLenient(SampleShaped.variant(text, i)).report().orElseThrow()).toList();
    year = IntStream.range(0, 5).mapToObj(i -> reader.readText(SampleShaped.variant(text, i))).toList();
  }

  /**
   * The standard rules on the bundled real report (38 KB: narrative, 40 document references, 121 rows).
   *
   * @return the result
   */
  @Benchmark
  public CheckResult standardRulesSample() {
    return rules.check(sample, catalogue);
  }

  /**
   * The hand-written checks of the same appendix arithmetic, narrative claims and references on the real report.
   *
   * @return the problems
   */
  @Benchmark
  public List<String> handWrittenSample() {
    List<String> out = hand.check(sample);
    out.addAll(handNarrative.check(sample));
    return out;
  }

  /**
   * The standard rules on four sample-shaped reports of a national year ({@link SampleShaped#variant}, counts
   * shifted by 1–4): most of their ratios disagree, so the rules try the causes that could explain each.
   *
   * @return the number of findings
   */
  @Benchmark
  public int standardRulesShifted() {
    return findings(shifted);
  }

  /**
   * The hand-written checks of the same claims on the four sample-shaped reports.
   *
   * @return the number of problems
   */
  @Benchmark
  public int handWrittenShifted() {
    return handProblems(shifted);
  }

  /**
   * The standard rules on the first five files of a national year as {@code NationalYearGrowth} writes and
   * {@code Batch.ofText} reads them (strictly): {@link SampleShaped#variant} 0–4, each with its own town, counts
   * shifted by 0–4 — one of each shift, so a fifth of this is what the year pays per file.
   *
   * @return the number of findings
   */
  @Benchmark
  public int standardRulesYear() {
    return findings(year);
  }

  /**
   * The hand-written checks of the same claims on the five files of {@link #standardRulesYear}.
   *
   * @return the number of problems
   */
  @Benchmark
  public int handWrittenYear() {
    return handProblems(year);
  }

  /**
   * The standard rules on a generated report with a narrative (fraction claims) and one wrong figure.
   *
   * @return the result
   */
  @Benchmark
  public CheckResult standardRulesNarrative() {
    return rules.check(narrative, catalogue);
  }

  /**
   * The hand-written checks on the generated report with a narrative.
   *
   * @return the problems
   */
  @Benchmark
  public List<String> handWrittenNarrative() {
    List<String> out = hand.check(narrative);
    out.addAll(handNarrative.check(narrative));
    return out;
  }

  /**
   * The standard rules (derivation, every rule, sorting, bilingual messages).
   *
   * @return the result
   */
  @Benchmark
  public CheckResult standardRules() {
    return rules.check(report, catalogue);
  }

  /**
   * The hand-written check.
   *
   * @return the problems
   */
  @Benchmark
  public List<String> handWritten() {
    return hand.check(report);
  }

  /** {@return the number of the standard rules' findings on the reports} */
  private int findings(List<Report> reports) {
    int found = 0;
    for (Report r : reports) {
      found += rules.check(r, catalogue).findings().size();
    }
    return found;
  }

  /** {@return the number of the hand-written checks' problems on the reports} */
  private int handProblems(List<Report> reports) {
    int found = 0;
    for (Report r : reports) {
      found += hand.check(r).size() + handNarrative.check(r).size();
    }
    return found;
  }
}
