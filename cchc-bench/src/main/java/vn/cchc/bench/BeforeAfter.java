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
 * Two builds of one module in one JVM: a benchmark class loaded twice, each time with another jar of the module
 * (the libraries shared), and the two builds and the floor measured in alternating rounds, in CPU time of this
 * thread. On a shared machine two runs minutes apart meet different loads; rounds alternating within one run meet
 * the same. Run from the repository root after {@code package}:
 * {@code java -cp cchc-bench/target/classes vn.cchc.bench.BeforeAfter WHAT BEFORE.jar AFTER.jar [rounds]}, where WHAT
 * is {@code check} (two {@code cchc-rules} jars, {@link CheckBenchmark}; the model shared), {@code read} (two
 * {@code cchc-model} jars, {@link ReaderBenchmark}: the text reader against its floor) or {@code json} (two
 * {@code cchc-model} jars, {@link JsonBenchmark}: cchc JSON against Jackson's {@code readTree}).
 */
public final class BeforeAfter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static Object sink;

  private BeforeAfter() {}

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
   * @param args what to measure ({@code check}, {@code read} or {@code json}), the module's jar before, its jar
   *     after, optionally the number of rounds (default 31)
   * @throws IOException when the class path file cannot be read
   * @throws ReflectiveOperationException when the benchmark cannot be loaded
   */
  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    if (args.length < 3 || !List.of("check", "read", "json").contains(args[0])) {
      System.err.println("usage: BeforeAfter check|read|json BEFORE.jar AFTER.jar [rounds]");
      System.exit(2);
    }
    boolean rules = args[0].equals("check");
    String module = rules ? "cchc-rules" : "cchc-model";
    Class<?> benchmark = rules ? CheckBenchmark.class : args[0].equals("read") ? ReaderBenchmark.class
        : JsonBenchmark.class;
    String[][] pairs = rules
        ? new String[][] {{"standardRulesYear", "handWrittenYear"}, {"standardRulesShifted", "handWrittenShifted"}, {"standardRulesSample", "handWrittenSample"},
            {"standardRulesNarrative", "handWrittenNarrative"}, {"standardRules", "handWritten"}}
        : args[0].equals("read") ? new String[][] {{"readSample", "floorSample"}}
        : new String[][] {{"cchcRead", "jacksonReadTree"}};
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 31;
    List<URL> shared = new ArrayList<>();
    List<URL> own = new ArrayList<>();
    own.add(Path.of("cchc-bench/target/classes").toUri().toURL());
    for (String e : Files.readString(Path.of("cchc-bench/target/classpath.txt")).trim().split(":")) {
      if (!e.contains(module)) {
        // the project's modules that use the swapped one are loaded with each build; the model (when the rules
        // are swapped) and the libraries once
        boolean uses = e.contains("/target/") && (!rules || !e.contains("cchc-model"));
        (uses ? own : shared).add(Path.of(e).toUri().toURL());
      }
    }
    ClassLoader parent = new URLClassLoader(shared.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Object[] bench = new Object[2];
    Class<?>[] type = new Class<?>[2];
    for (int i = 0; i < 2; i++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(args[i + 1]).toUri().toURL());
      urls.addAll(own);
      type[i] = Class.forName(benchmark.getName(), true, new URLClassLoader(urls.toArray(URL[]::new), parent));
      bench[i] = type[i].getConstructor().newInstance();
      type[i].getMethod("setup").invoke(bench[i]);
    }
    for (String[] pair : pairs) {
      Method[] built = {type[0].getMethod(pair[0]), type[1].getMethod(pair[0])};
      Method hand = type[0].getMethod(pair[1]);
      double[] warm = new double[3];
      while (warm[0] < 3e6 || warm[1] < 3e6 || warm[2] < 3e6) { // µs of CPU: each side 3 s, compiled when measured
        warm[0] += perOp(bench[0], built[0], 10) * 10;
        warm[1] += perOp(bench[1], built[1], 10) * 10;
        warm[2] += perOp(bench[0], hand, 10) * 10;
      }
      int ops = (int) Math.max(1, Math.min(10_000, 20_000 / Math.max(1, perOp(bench[1], built[1], 10))));
      double[][] t = new double[3][rounds];
      for (int r = 0; r < rounds; r++) {
        t[0][r] = perOp(bench[0], built[0], ops);
        t[1][r] = perOp(bench[1], built[1], ops);
        t[2][r] = perOp(bench[0], hand, ops);
      }
      for (double[] x : t) {
        Arrays.sort(x);
      }
      double before = t[0][rounds / 2];
      double after = t[1][rounds / 2];
      double floor = t[2][rounds / 2];
      System.out.printf(Locale.ROOT, "%-24s before %8.1f µs (%.1f–%.1f)  after %8.1f µs (%.1f–%.1f)  floor %8.1f µs"
          + "  ratio %.2f× → %.2f×  after ÷ before %.2f%n", pair[0], before, t[0][rounds / 4], t[0][3 * rounds / 4], after,
          t[1][rounds / 4], t[1][3 * rounds / 4], floor, before / floor, after / floor, after / before);
    }
  }
}
