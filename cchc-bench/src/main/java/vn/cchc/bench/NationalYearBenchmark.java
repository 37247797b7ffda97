package vn.cchc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.batch.Batch;
import vn.cchc.rules.batch.BatchSummary;

/**
 * A year of reports shaped like the real one ({@link SampleShaped}: narrative, references, full appendix),
 * written as text files at set-up: read, checked and rolled up by the batch API on every core, against one
 * thread only reading the same files (decode UTF-8, split lines and cells, parse the digits). {@code n} gives
 * the growth from 1,000 files on; 42,000 is a national year. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalYearBenchmark {
  @Param({"1000", "10000"})
  int n;

  Path dir;
  List<Path> files;
  Batch<vn.cchc.model.Report> batch;

  /**
   * Writes the files and builds the batch (reader, rules, roll-up set up once).
   *
   * @throws IOException when the folder cannot be made
   */
  @Setup
  public void setup() throws IOException {
    dir = Files.createTempDirectory("cchc-year-");
    files = SampleShaped.write(dir, n);
    Catalogue catalogue = BenchData.catalogue();
    batch = Batch.ofText(catalogue);
    BatchSummary s = batch.withThreads(1).run(files.subList(0, Math.min(20, n)), r -> {});
    if (!s.failures().isEmpty()) {
      throw new IllegalStateException("the generated reports must read: " + s.failures());
    }
  }

  /** Deletes the files. */
  @TearDown
  public void tearDown() {
    SampleShaped.delete(dir);
  }

  /**
   * Read, checked and rolled up on every core.
   *
   * @return the summary
   */
  @Benchmark
  public BatchSummary batchAllCores() {
    BatchSummary s = batch.run(files, r -> {});
    if (s.read() != n) {
      throw new IllegalStateException(s.failures().toString());
    }
    return s;
  }

  /**
   * The floor: one thread reading the bytes of every file, decoding, splitting lines and cells, parsing digits.
   *
   * @return what was parsed
   */
  @Benchmark
  public long floorOneThread() {
    return SampleShaped.floor(files);
  }
}
