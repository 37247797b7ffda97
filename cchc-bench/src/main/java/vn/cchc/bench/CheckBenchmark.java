package vn.cchc.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.RuleSet;
import vn.cchc.testkit.ConsistentReports;
import vn.cchc.testkit.ReportGenerators;

/** The standard rules on one report against a hand-written check of the same arithmetic. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
  Catalogue catalogue;
  RuleSet rules;
  HandCheck hand;
  Report report;

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
}
