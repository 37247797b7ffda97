package vn.cchc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;

/**
 * The text reader on the bundled real report, as bytes (decoding, NFC, every zone, the catalogue
 * match). Only the public reading API is used, so the same class measures an earlier cchc-model jar
 * put on the class path in place of this one: that is how the reader's speed is compared across
 * versions (docs/benchmarks.md). Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReaderBenchmark {
  ReportTextReader reader;
  byte[] sample;

  /** Reads the sample's bytes and builds the reader for the bundled catalogue. */
  @Setup
  public void setup() {
    reader = ReportTextReader.of(Catalogues.bundled());
    try {
      sample = Files.readAllBytes(Path.of("docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks from the repository root", e);
    }
  }

  /**
   * Reads the sample leniently.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult readSample() {
    return reader.readLenient(sample);
  }

  /**
   * The floor: decoding the same bytes, splitting lines and tab-separated cells, parsing the digits of the cells
   * that are figures ({@link SampleShaped#floor}).
   *
   * @return what was parsed
   */
  @Benchmark
  public long floorSample() {
    return SampleShaped.floor(sample);
  }
}
