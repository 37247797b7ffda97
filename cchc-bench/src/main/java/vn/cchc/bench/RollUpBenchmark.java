package vn.cchc.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.RollUp;
import vn.cchc.testkit.ConsistentReports;
import vn.cchc.testkit.ReportGenerators;

/** Roll-up of 10,000 generated commune reports against hand-written summing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollUpBenchmark {
  static final int REPORTS = 10_000;
  Catalogue catalogue;
  RollUp rollUp;
  List<Report> reports;
  Map<String, Integer> index;
  int[][] ratioIdx;

  /** Generates the reports once. */
  @Setup
  public void setup() {
    catalogue = BenchData.catalogue();
    rollUp = RollUp.of(catalogue);
    ConsistentReports gen = ReportGenerators.consistent(catalogue).narrative(false);
    reports = new ArrayList<>(REPORTS);
    for (int i = 0; i < REPORTS; i++) {
      reports.add(gen.generate(i));
    }
    index = new HashMap<>();
    List<IndicatorDefinition> defs = catalogue.indicators();
    for (int i = 0; i < defs.size(); i++) {
      index.put(defs.get(i).id(), i);
    }
    List<int[]> r = new ArrayList<>();
    for (IndicatorDefinition d : defs) {
      Optional<IndicatorDefinition> n = catalogue.child(d.id(), ChildRole.NUMERATOR);
      Optional<IndicatorDefinition> m = catalogue.child(d.id(), ChildRole.DENOMINATOR);
      if (n.isPresent() && m.isPresent()) {
        r.add(new int[] {index.get(d.id()), index.get(n.get().id()), index.get(m.get().id())});
      }
    }
    ratioIdx = r.toArray(int[][]::new);
  }

  /**
   * The library's roll-up.
   *
   * @return the aggregate
   */
  @Benchmark
  public Aggregate rollUp() {
    return rollUp.aggregate(reports);
  }

  /**
   * Hand-written: sums per indicator, coverage counts, ratio numerator/denominator sums, code counts.
   *
   * @return the sums (ratios recomputed at the end)
   */
  @Benchmark
  public BigDecimal[] handSumming() {
    int n = index.size();
    BigDecimal[] sums = new BigDecimal[n];
    long[] reported = new long[n];
    long[] blank = new long[n];
    long[] dash = new long[n];
    long[][] codes = new long[n][4];
    BigDecimal[] num = new BigDecimal[ratioIdx.length];
    BigDecimal[] den = new BigDecimal[ratioIdx.length];
    IndicatorValue[] row = new IndicatorValue[n];
    for (Report r : reports) {
      java.util.Arrays.fill(row, null);
      for (AppendixEntry e : r.appendix()) {
        int i = index.get(e.indicatorId());
        IndicatorValue v = e.value();
        row[i] = v;
        switch (v.state()) {
          case NOT_REPORTED:
            blank[i]++;
            break;
          case NOT_APPLICABLE:
            dash[i]++;
            break;
          case CODED:
            reported[i]++;
            codes[i][((CodedValue) v).code()]++;
            break;
          default:
            reported[i]++;
            BigDecimal x = v.number().get();
            sums[i] = sums[i] == null ? x : sums[i].add(x);
        }
      }
      for (int k = 0; k < ratioIdx.length; k++) {
        IndicatorValue a = row[ratioIdx[k][1]];
        IndicatorValue b = row[ratioIdx[k][2]];
        if (a != null && b != null && a.isNumeric() && b.isNumeric()) {
          num[k] = num[k] == null ? a.number().get() : num[k].add(a.number().get());
          den[k] = den[k] == null ? b.number().get() : den[k].add(b.number().get());
        }
      }
    }
    for (int k = 0; k < ratioIdx.length; k++) {
      if (den[k] != null && den[k].signum() != 0) {
        sums[ratioIdx[k][0]] = num[k].multiply(BigDecimal.valueOf(100)).divide(den[k], java.math.MathContext.DECIMAL128);
      }
    }
    return sums;
  }
}
