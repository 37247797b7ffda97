package vn.cchc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.ImmutableReport;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderer;
import vn.cchc.render.Renderers;

/**
 * Memory of the batch renderers in the JVM's default heap (issue 11): a DOCX or XLSX of one report with
 * {@code n} recipients, or of a batch of {@code n} reports, written to a stream that counts and drops the bytes.
 * Prints the heap's peak use (the sum of the heap pools' peaks), the time and the bytes written, or the error.
 * Not a JMH benchmark: one run per JVM, so that the peak is this render's. Command and figures: docs/limits.md.
 *
 * <pre>java -cp … vn.cchc.bench.MemoryProbe recipients docx 1000000
 * java -cp … vn.cchc.bench.MemoryProbe batch xlsx 1000</pre>
 */
public final class MemoryProbe {
  private MemoryProbe() {}

  /**
   * Runs one measurement.
   *
   * @param args {@code recipients|batch}, {@code docx|xlsx|html}, n
   * @throws Exception when rendering fails
   */
  public static void main(String[] args) throws Exception {
    String what = args[0];
    Renderer renderer = Renderers.find(args[1]);
    int n = Integer.parseInt(args[2]);
    List<RenderInput> inputs = new ArrayList<>();
    if (what.equals("recipients")) {
      RenderInput one = BenchReports.input(1);
      List<String> recipients = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        recipients.add("UBND xã số " + i);
      }
      inputs.add(RenderInput.builder().from(one)
          .report(ImmutableReport.copyOf(one.report()).withRecipients(recipients)).build());
    } else {
      for (int i = 1; i <= n; i++) {
        inputs.add(BenchReports.input(i));
      }
    }
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    RenderBenchmark.Counting out = new RenderBenchmark.Counting();
    long t0 = System.nanoTime();
    String result;
    try {
      if (inputs.size() == 1) {
        renderer.render(inputs.get(0), RenderOptions.defaults(), out);
      } else {
        renderer.renderAll(inputs, RenderOptions.defaults(), out);
      }
      result = "ok";
    } catch (OutOfMemoryError | RuntimeException e) {
      result = e.toString();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%s %s n=%d: %s, %d ms, %,d bytes written, heap peak %,d MiB of max %,d MiB%n", what, args[1], n,
        result, ms, out.count, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }
}
