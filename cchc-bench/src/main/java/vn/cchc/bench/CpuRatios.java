package vn.cchc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The same pairs as the JMH benchmarks (library against its floor), measured in CPU time of the measuring
 * thread rather than wall time, the two sides alternating in short rounds: on a machine shared with other work
 * (a load average many times its cores) wall time measures the neighbours, while the CPU time this thread
 * spends on each side, and their ratio, stays put. Prints the median time per operation of each side and the
 * ratio of the medians. Run from the repository root: {@code java -cp … vn.cchc.bench.CpuRatios [rounds [pairs]]}.
 */
public final class CpuRatios {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static Object sink;

  private CpuRatios() {}

  private static double perOp(Supplier<?> op, int ops) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < ops; i++) {
      sink = op.get();
    }
    return (THREADS.getCurrentThreadCpuTime() - t0) / 1000.0 / ops;
  }

  private static String only = "";

  private static void pair(String name, Supplier<?> library, Supplier<?> floor, int rounds) {
    if (!name.contains(only)) {
      return;
    }
    double probe = Math.max(1, perOp(library, 3));
    int ops = (int) Math.max(1, Math.min(10_000, 20_000 / probe)); // rounds of about 20 ms of the library side
    for (int i = 0; i < 200_000 / Math.max(1, ops * (int) probe) + 5; i++) { // warm-up: about 0.2 s of each side
      perOp(library, ops);
      perOp(floor, ops);
    }
    double[] a = new double[rounds];
    double[] b = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      a[r] = perOp(library, ops);
      b[r] = perOp(floor, ops);
    }
    Arrays.sort(a);
    Arrays.sort(b);
    double ma = a[rounds / 2];
    double mb = b[rounds / 2];
    System.out.printf(Locale.ROOT, "%-34s %10.1f µs %10.1f µs %6.2f×   (quartiles %.1f–%.1f / %.1f–%.1f µs)%n", name, ma, mb,
        ma / mb, a[rounds / 4], a[3 * rounds / 4], b[rounds / 4], b[3 * rounds / 4]);
  }

  /**
   * Prints the ratios.
   *
   * @param args the number of rounds per pair (default 41), then optionally a word that names the pairs to run
   *     ("JSON", "check", "text")
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    only = args.length > 1 ? args[1] : "";
    CheckBenchmark check = new CheckBenchmark();
    check.setup();
    ReaderBenchmark reader = new ReaderBenchmark();
    reader.setup();
    JsonBenchmark json = new JsonBenchmark();
    json.setup();
    System.out.printf("%-34s %13s %13s %7s%n", "pair (CPU time of one thread)", "library", "floor", "ratio");
    pair("check: real sample", check::standardRulesSample, check::handWrittenSample, rounds);
    pair("check: generated, with narrative", check::standardRulesNarrative, check::handWrittenNarrative, rounds);
    pair("check: generated, no narrative", check::standardRules, check::handWritten, rounds);
    pair("read text: real sample", reader::readSample, reader::floorSample, rounds);
    pair("read cchc JSON: real sample", json::cchcRead, json::jacksonReadTree, rounds);
  }
}
