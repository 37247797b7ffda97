package vn.cchc.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderer;
import vn.cchc.render.Renderers;

/**
 * HTML and XLSX of one report and of a batch of 1,000 reports (about 100 appendix rows each), written
 * to a stream that discards the bytes but counts them (so the work cannot be optimised away).
 * Figures and the command: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RenderBenchmark {
  private RenderInput one;
  private List<RenderInput> thousand;
  private Renderer html;
  private Renderer xlsx;
  private final RenderOptions options = RenderOptions.defaults();

  /** Counts bytes and drops them. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** Builds the inputs and looks the renderers up once. */
  @Setup
  public void setUp() {
    one = BenchReports.input(45);
    thousand = new ArrayList<>(1000);
    for (int i = 1; i <= 1000; i++) {
      thousand.add(BenchReports.input(i));
    }
    html = Renderers.find("html");
    xlsx = Renderers.find("xlsx");
  }

  /**
   * One report as HTML.
   *
   * @return bytes written
   * @throws IOException never (the stream discards)
   */
  @Benchmark
  public long htmlOneReport() throws IOException {
    Counting out = new Counting();
    html.render(one, options, out);
    return out.count;
  }

  /**
   * 1,000 reports as one HTML page.
   *
   * @return bytes written
   * @throws IOException never (the stream discards)
   */
  @Benchmark
  public long htmlBatchOf1000() throws IOException {
    Counting out = new Counting();
    html.renderAll(thousand, options, out);
    return out.count;
  }

  /**
   * One report as XLSX.
   *
   * @return bytes written
   * @throws IOException when the temporary files of SXSSF fail
   */
  @Benchmark
  public long xlsxOneReport() throws IOException {
    Counting out = new Counting();
    xlsx.render(one, options, out);
    return out.count;
  }

  /**
   * 1,000 reports as one XLSX workbook (about 100,000 rows).
   *
   * @return bytes written
   * @throws IOException when the temporary files of SXSSF fail
   */
  @Benchmark
  public long xlsxBatchOf1000() throws IOException {
    Counting out = new Counting();
    xlsx.renderAll(thousand, options, out);
    return out.count;
  }
}
