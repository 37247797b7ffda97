package vn.cchc.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
   * Prints one line per size.
   *
   * @param args the numbers of files (default 1000)
   * @throws IOException when the folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    Catalogue catalogue = BenchData.catalogue();
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
        // warm-up of both sides on the first files, so that neither is measured while compiled
        List<Path> warm = files.subList(0, Math.min(files.size(), 300));
        for (int k = 0; k < 3; k++) {
          SampleShaped.floor(warm);
          batch.run(warm, r -> {});
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
        long[] pause = {0, 0}; // wall and CPU of the measuring collections, which are not the batch's
        long bw0 = System.nanoTime();
        long bc0 = OS.getProcessCpuTime();
        BatchSummary s = batch.withProgress((done, total) -> {
          if (done % step == 0) {
            long p0 = System.nanoTime();
            long c0 = OS.getProcessCpuTime();
            points.append(String.format(Locale.ROOT, "%s%.1f", points.length() == 0 ? "" : ", ",
                (usedAfterGc() - start) / 1048576.0));
            pause[0] += System.nanoTime() - p0;
            pause[1] += OS.getProcessCpuTime() - c0;
          }
        }).run(files, r -> {});
        long bw = System.nanoTime() - bw0 - pause[0];
        long bc = OS.getProcessCpuTime() - bc0 - pause[1];
        if (s.read() != n || sum == 0) {
          throw new IllegalStateException("every file must read: " + s.failures());
        }
        System.out.printf(Locale.ROOT, "%d | %.2f | %.2f | %.2f | %.2f | %.1f× | %.1f× | %.1f× | %s | %.1f–%.1f%n", n,
            fw / 1e9, fc / 1e9, bw / 1e9, bc / 1e9, (double) bw / fw, (double) bc / fc, (double) bc / cores / fc,
            points, loadBefore, OS.getSystemLoadAverage());
      } finally {
        SampleShaped.delete(dir);
      }
    }
  }
}
