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
  private static String only = "";
  /** CPU time each side runs before it is measured: long enough for the JIT to compile both. */
  private static final long WARM_UP_NANOS = 3_000_000_000L;

  private CpuRatios() {}

  private static double perOp(Supplier<?> op, int ops) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < ops; i++) {
      sink = op.get();
    }
    return (THREADS.getCurrentThreadCpuTime() - t0) / 1000.0 / ops;
  }

  private static void pair(String name, Supplier<?> library, Supplier<?> floor, int rounds) {
    if (!name.contains(only)) {
      return;
    }
    // warm-up: both sides alternately until each has run WARM_UP_NANOS of CPU time, so that both are measured
    // compiled (sizing the rounds from the first, interpreted calls once left a 1 ms read measured at 8 ms)
    long warmLibrary = 0;
    long warmFloor = 0;
    while (warmLibrary < WARM_UP_NANOS || warmFloor < WARM_UP_NANOS) {
      warmLibrary += (long) (perOp(library, 10) * 10_000);
      warmFloor += (long) (perOp(floor, 10) * 10_000);
    }
    double probe = Math.max(1, perOp(library, 20));
    int ops = (int) Math.max(1, Math.min(10_000, 20_000 / probe)); // rounds of about 20 ms of the library side
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
   * @param args the number of rounds per pair (default 41), then optionally a part of the names of the pairs to run
   *     ("JSON", "check", "read text", "read text file")
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    only = args.length > 1 ? args[1] : "";
    // only the benchmarks of the pairs run are set up: the reader pair then runs against an earlier cchc-model jar
    CheckBenchmark check = new CheckBenchmark();
    if ("check".contains(only) || only.startsWith("check")) {
      check.setup();
    }
    ReaderBenchmark reader = new ReaderBenchmark();
    if ("read text".contains(only) || only.startsWith("read text")) {
      reader.setup();
    }
    TextFileBenchmark file = new TextFileBenchmark();
    if ("read text file".contains(only) || only.startsWith("read text file")) {
      file.setup();
    }
    JsonBenchmark json = new JsonBenchmark();
    if ("read cchc JSON".contains(only) || only.startsWith("read cchc")) {
      json.setup();
    }
    System.out.printf("%-34s %13s %13s %7s%n", "pair (CPU time of one thread)", "library", "floor", "ratio");
    pair("check: real sample", check::standardRulesSample, check::handWrittenSample, rounds);
    pair("check: sample-shaped, shifted counts", check::standardRulesShifted, check::handWrittenShifted, rounds);
    pair("check: national year, files 0–4", check::standardRulesYear, check::handWrittenYear, rounds);
    pair("check: generated, with narrative", check::standardRulesNarrative, check::handWrittenNarrative, rounds);
    pair("check: generated, no narrative", check::standardRules, check::handWritten, rounds);
    pair("read text: real sample", reader::readSample, reader::floorSample, rounds);
    pair("read cchc JSON: real sample", json::cchcRead, json::jacksonReadTree, rounds);
    // not a floor: what the command line's ReportFileReader adds to the text reader on a text file
    pair("read text file: CLI ÷ text reader", file::readAsFile, file::readAsText, rounds);
  }
}
