package vn.cchc.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.batch.Batch;

/**
 * Retained heap, measured without JOL: the heap in use after garbage collection ({@link MemoryMXBean}, several
 * {@code System.gc()} calls until it stops falling) with {@code n} reports held in a list, less the same
 * before, divided by {@code n}; and the heap in use after collection at points of a batch roll-up of
 * {@code n} files, which must not grow with the number of files done. Run from the repository root:
 * {@code java -cp … vn.cchc.bench.RetainedHeap 2000}.
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  private static long used() {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      long u = m.getHeapMemoryUsage().getUsed();
      if (u >= last) {
        return Math.min(u, last);
      }
      last = u;
    }
    return last;
  }

  /**
   * Prints the figures.
   *
   * @param args the number of reports (default 2,000)
   * @throws Exception when the temporary files cannot be written
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Catalogue catalogue = BenchData.catalogue();
    ReportTextReader reader = ReportTextReader.of(catalogue);
    CchcJson json = CchcJson.detect();
    String sample = SampleShaped.sample();
    List<byte[]> jsons = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(SampleShaped.variant(sample, i));
    }
    for (int i = 0; i < n; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.writeReport(reader.readText(texts.get(i)), out);
      jsons.add(out.toByteArray());
    }
    List<Report> held = new ArrayList<>(n);
    long before = used();
    for (int i = 0; i < n; i++) {
      held.add(reader.readText(texts.get(i)));
    }
    long fromText = used() - before;
    held.clear();
    before = used();
    for (int i = 0; i < n; i++) {
      held.add(json.readReport(new ByteArrayInputStream(jsons.get(i))));
    }
    long fromJson = used() - before;
    System.out.printf(Locale.ROOT, "retained per report, %d reports: from text %.1f KB, from JSON %.1f KB "
        + "(sample: %d bytes of text, %d of JSON)%n", n, fromText / 1024.0 / n, fromJson / 1024.0 / n,
        texts.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length, jsons.get(0).length);
    held.clear();
    texts.clear();
    jsons.clear();
    Path dir = Files.createTempDirectory("cchc-heap-");
    try {
      List<Path> files = SampleShaped.write(dir, n);
      long start = used();
      long step = Math.max(1, n / 5);
      StringBuilder points = new StringBuilder();
      Batch.ofText(catalogue).withProgress((done, total) -> {
        if (done % step == 0) {
          points.append(String.format(Locale.ROOT, " %d: %.1f MB;", done, (used() - start) / 1048576.0));
        }
      }).run(files, r -> {});
      System.out.println("heap in use above the start while a batch reads, checks and rolls up " + n + " files:" + points);
    } finally {
      SampleShaped.delete(dir);
    }
  }
}
