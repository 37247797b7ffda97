package vn.cchc.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the rules in one JVM: {@link CheckBenchmark} loaded twice, each time with another {@code cchc-rules}
 * jar (the model and libraries shared), and the two checks and the hand-written check measured in alternating
 * rounds, in CPU time of this thread. On a shared machine two runs minutes apart meet different loads; rounds
 * alternating within one run meet the same. Run from the repository root after {@code package}:
 * {@code java -cp cchc-bench/target/classes vn.cchc.bench.RulesBeforeAfter BEFORE.jar AFTER.jar [rounds]}.
 */
public final class RulesBeforeAfter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static Object sink;

  private RulesBeforeAfter() {}

  private static double perOp(Object bench, Method m, int ops) throws ReflectiveOperationException {
    long t0 = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < ops; i++) {
      sink = m.invoke(bench);
    }
    return (THREADS.getCurrentThreadCpuTime() - t0) / 1000.0 / ops;
  }

  /**
   * Prints, per pair, the medians of both builds and of the hand-written check, and the ratios.
   *
   * @param args the rules jar before, the rules jar after, optionally the number of rounds (default 31)
   * @throws IOException when the class path file cannot be read
   * @throws ReflectiveOperationException when the benchmark cannot be loaded
   */
  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 31;
    List<URL> shared = new ArrayList<>();
    List<URL> own = new ArrayList<>();
    own.add(Path.of("cchc-bench/target/classes").toUri().toURL());
    for (String e : Files.readString(Path.of("cchc-bench/target/classpath.txt")).trim().split(":")) {
      if (!e.contains("cchc-rules")) {
        // the project's modules that use the rules are loaded with each build; the model and libraries once
        boolean usesRules = e.contains("/target/") && !e.contains("cchc-model");
        (usesRules ? own : shared).add(Path.of(e).toUri().toURL());
      }
    }
    ClassLoader parent = new URLClassLoader(shared.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Object[] bench = new Object[2];
    Class<?>[] type = new Class<?>[2];
    for (int i = 0; i < 2; i++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(args[i]).toUri().toURL());
      urls.addAll(own);
      type[i] = Class.forName(CheckBenchmark.class.getName(), true, new URLClassLoader(urls.toArray(URL[]::new), parent));
      bench[i] = type[i].getConstructor().newInstance();
      type[i].getMethod("setup").invoke(bench[i]);
    }
    String[][] pairs = {{"standardRulesShifted", "handWrittenShifted"}, {"standardRulesSample", "handWrittenSample"},
        {"standardRulesNarrative", "handWrittenNarrative"}, {"standardRules", "handWritten"}};
    for (String[] pair : pairs) {
      Method[] rules = {type[0].getMethod(pair[0]), type[1].getMethod(pair[0])};
      Method hand = type[0].getMethod(pair[1]);
      double[] warm = new double[3];
      while (warm[0] < 3e6 || warm[1] < 3e6 || warm[2] < 3e6) { // µs of CPU: each side 3 s, compiled when measured
        warm[0] += perOp(bench[0], rules[0], 10) * 10;
        warm[1] += perOp(bench[1], rules[1], 10) * 10;
        warm[2] += perOp(bench[0], hand, 10) * 10;
      }
      int ops = (int) Math.max(1, Math.min(10_000, 20_000 / Math.max(1, perOp(bench[1], rules[1], 10))));
      double[][] t = new double[3][rounds];
      for (int r = 0; r < rounds; r++) {
        t[0][r] = perOp(bench[0], rules[0], ops);
        t[1][r] = perOp(bench[1], rules[1], ops);
        t[2][r] = perOp(bench[0], hand, ops);
      }
      for (double[] x : t) {
        Arrays.sort(x);
      }
      double before = t[0][rounds / 2];
      double after = t[1][rounds / 2];
      double floor = t[2][rounds / 2];
      System.out.printf(Locale.ROOT, "%-24s before %8.1f µs (%.1f–%.1f)  after %8.1f µs (%.1f–%.1f)  hand %8.1f µs"
          + "  ratio %.2f× → %.2f×  after ÷ before %.2f%n", pair[0], before, t[0][rounds / 4], t[0][3 * rounds / 4], after,
          t[1][rounds / 4], t[1][3 * rounds / 4], floor, before / floor, after / floor, after / before);
    }
  }
}
