package vn.cchc.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.batch.Batch;
import vn.cchc.rules.batch.BatchSummary;

/**
 * How a national year grows: for each number of files given, writes that many reports shaped like the real one
 * ({@link SampleShaped}) to a temporary folder, then measures in the same run, one after the other, the floor (one
 * thread reading the bytes of every file, decoding UTF-8, splitting lines and cells, parsing the digits) and the
 * batch ({@code Batch.ofText}: read, checked with the standard rules, rolled up, on every core), in wall time and
 * in CPU time (the floor's thread; every thread of the process for the batch, the collector's included), and the
 * heap in use after collection at five points of the batch (bounded: the batch holds a window of reports). The
 * folder is deleted after each size. The load average is printed, as the machine may be shared. Run from the
 * repository root: {@code java -Xmx3g -cp … vn.cchc.bench.NationalYearGrowth 1000 10000 42000 100000}.
 *
 * <p>By default both sides are first warmed on 300 files, three times, so that the batch is measured mostly
 * compiled. With {@code --cold} first ({@code NationalYearGrowth --cold 42000}) only the floor is warmed: the batch
 * then pays every compilation of the reader and the rules, as a {@code cchc check} or {@code cchc aggregate} of
 * the same files in a new JVM does. Either way the last line of each size gives the CPU of the JIT compiler
 * threads since the JVM started, which is what a user's JVM pays in all.
 *
 * <p>A plain program rather than JMH: at 100,000 files one measured shot is minutes, and JMH's forks and
 * iterations would multiply it; the JMH form of the same pair is {@link NationalYearBenchmark}.
 */
public final class NationalYearGrowth {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private NationalYearGrowth() {}

  private static long usedAfterGc() {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      long u = MEMORY.getHeapMemoryUsage().getUsed();
      if (u >= last) {
        return Math.min(u, last);
      }
      last = u;
    }
    return last;
  }

  /**
   * {@return the CPU time so far of the JVM's own threads, in nanoseconds, by kind ("jit": the compiler threads,
   * "gc": the collector's, "other"), read from {@code /proc/self/task} (Linux); empty elsewhere} The JVM's
   * management beans give only the wall time of compilations and collections, which on a loaded machine is
   * mostly waiting.
   */
  private static Map<String, Long> vmThreadCpu() {
    Map<String, Long> out = new HashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return out;
    }
    long tick = 10_000_000L; // USER_HZ is 100 on Linux: utime and stime are in hundredths of a second
    out.put("jit", 0L);
    out.put("gc", 0L);
    out.put("other", 0L);
    try (Stream<Path> s = Files.list(tasks)) {
      for (Path t : s.toList()) {
        String stat;
        try {
          stat = Files.readString(t.resolve("stat"));
        } catch (IOException e) {
          continue; // the thread has ended
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick; // utime, stime: fields 14 and 15
        String kind = name.contains("CompilerThre") ? "jit"
            : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread") ? "gc"
            : name.startsWith("cchc-batch-") || name.equals("java") || name.equals("main") ? null : "other";
        if (kind != null) {
          out.merge(kind, cpu, Long::sum);
        }
      }
    } catch (IOException e) {
      return new HashMap<>();
    }
    return out;
  }

  /** {@return the time the collectors have spent so far, in milliseconds, as the JVM counts it} */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  /** {@return the CPU time of the batch's worker threads alive now, in nanoseconds} */
  private static long workerCpu() {
    long sum = 0;
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith("cchc-batch-")) {
        sum += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
      }
    }
    return sum;
  }

  /**
   * {@return how long, in milliseconds, the batch's worker threads alive now have waited (parked or blocked): a
   * worker waits when the hand-off does not give it a file at once; on a loaded machine a thread that is ready but
   * not running is not waiting, so this says whether the batch starves its workers whatever the load}
   */
  private static long workerWaits() {
    long sum = 0;
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith("cchc-batch-")) {
        sum += Math.max(0, t.getWaitedTime()) + Math.max(0, t.getBlockedTime());
      }
    }
    return sum;
  }

  /**
   * Prints one line per size.
   *
   * @param args {@code --cold} (optional, first: the batch is not warmed before it is measured), then the numbers
   *     of files (default 1000)
   * @throws IOException when the folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    boolean cold = args.length > 0 && args[0].equals("--cold");
    if (cold) {
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    }
    Catalogue catalogue = BenchData.catalogue();
    if (THREADS.isThreadContentionMonitoringSupported()) {
      THREADS.setThreadContentionMonitoringEnabled(true); // for the workers' waited time
    }
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "%d cores; load average %.1f%n", cores, OS.getSystemLoadAverage());
    System.out.println("files | floor wall s | floor CPU s | batch wall s | batch CPU s | wall ratio | CPU ratio "
        + "| batch CPU / cores ÷ floor CPU | heap above start at 5 points, MB | load before–after");
    for (String a : args.length == 0 ? new String[] {"1000"} : args) {
      int n = Integer.parseInt(a);
      Path dir = Files.createTempDirectory("cchc-year-");
      try {
        List<Path> files = SampleShaped.write(dir, n);
        Batch<Report> batch = Batch.ofText(catalogue);
        // warm-up on the first files, so that the floor (and, unless cold, the batch) is not measured while compiled
        List<Path> warm = files.subList(0, Math.min(files.size(), 300));
        for (int k = 0; k < 3; k++) {
          SampleShaped.floor(warm);
          if (!cold) {
            batch.run(warm, r -> {});
          }
        }
        double loadBefore = OS.getSystemLoadAverage();
        long fw0 = System.nanoTime();
        long fc0 = THREADS.getCurrentThreadCpuTime();
        long sum = SampleShaped.floor(files);
        long fc = THREADS.getCurrentThreadCpuTime() - fc0;
        long fw = System.nanoTime() - fw0;
        long start = usedAfterGc();
        long step = Math.max(1, n / 5);
        StringBuilder points = new StringBuilder();
        long[] pause = {0, 0, 0, 0}; // wall, process CPU, this thread's CPU, collectors' ms of the measuring collections, which are not the batch's
        // CPU of the worker threads, and the time they waited for work (parked on the pool's queue: starved by the
        // hand-off) or for a lock, taken when the last file is handed on (the workers end with the run)
        long[] workers = {0, 0};
        long bw0 = System.nanoTime();
        long bc0 = OS.getProcessCpuTime();
        long mc0 = THREADS.getCurrentThreadCpuTime();
        Map<String, Long> vm0 = vmThreadCpu();
        long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc0 = gcMillis();
        BatchSummary s = batch.withProgress((done, total) -> {
          if (done == total) {
            workers[0] = workerCpu();
            workers[1] = workerWaits();
          }
          if (done % step == 0) {
            long p0 = System.nanoTime();
            long c0 = OS.getProcessCpuTime();
            long t0 = THREADS.getCurrentThreadCpuTime();
            long g0 = gcMillis();
            points.append(String.format(Locale.ROOT, "%s%.1f", points.length() == 0 ? "" : ", ",
                (usedAfterGc() - start) / 1048576.0));
            pause[0] += System.nanoTime() - p0;
            pause[1] += OS.getProcessCpuTime() - c0;
            pause[2] += THREADS.getCurrentThreadCpuTime() - t0;
            pause[3] += gcMillis() - g0;
          }
        }).run(files, r -> {});
        long mc = THREADS.getCurrentThreadCpuTime() - mc0 - pause[2];
        Map<String, Long> vm = vmThreadCpu();
        vm.replaceAll((k, v) -> v - vm0.getOrDefault(k, 0L));
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
        long gcs = gcMillis() - gc0 - pause[3];
        long bw = System.nanoTime() - bw0 - pause[0];
        long bc = OS.getProcessCpuTime() - bc0 - pause[1];
        if (s.read() != n || sum == 0) {
          throw new IllegalStateException("every file must read: " + s.failures());
        }
        System.out.printf(Locale.ROOT, "%d | %.2f | %.2f | %.2f | %.2f | %.1f× | %.1f× | %.1f× | %s | %.1f–%.1f%n", n,
            fw / 1e9, fc / 1e9, bw / 1e9, bc / 1e9, (double) bw / fw, (double) bc / fc, (double) bc / cores / fc,
            points, loadBefore, OS.getSystemLoadAverage());
        // where the batch's CPU went: the workers (read, check), the calling thread (hand-off, roll-up), and the rest
        // of the process (the collector, the JIT compilers, other VM threads); the measuring collections left out
        // (of the rest: the JIT's compilation time and the collectors' time as the JVM counts them — wall time of
        // the compiler threads and of the collections, which with parallel collector threads is less than their CPU)
        System.out.printf(Locale.ROOT, "  CPU: workers %.2f s, calling thread %.2f s, collector + JIT + VM %.2f s "
            + "(JIT compiling %.2f s, collections %.2f s); cores used (CPU ÷ wall) %.2f; workers waiting for work "
            + "%.2f s of %d × %.2f s%n", workers[0] / 1e9, mc / 1e9, (bc - workers[0] - mc) / 1e9, jit / 1e3, gcs / 1e3,
            (double) bc / bw, workers[1] / 1e3, batch.threads(), bw / 1e9);
        if (!vm.isEmpty()) {
          System.out.printf(Locale.ROOT, "  CPU of the JVM's own threads (/proc, the measuring collections included): "
              + "JIT compilers %.2f s, collector and VM thread %.2f s, other %.2f s%n", vm.get("jit") / 1e9, vm.get("gc") / 1e9,
              vm.get("other") / 1e9);
          System.out.printf(Locale.ROOT, "  since the JVM started (%s): process CPU %.2f s, JIT compilers %.2f s%n",
              cold ? "the batch not warmed" : "the batch warmed on 3 × 300 files", OS.getProcessCpuTime() / 1e9,
              vmThreadCpu().get("jit") / 1e9);
        }
      } finally {
        SampleShaped.delete(dir);
      }
    }
  }
}
