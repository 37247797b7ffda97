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
import vn.cchc.read.office.FileReadResult;
import vn.cchc.read.office.ReportFileReader;

/**
 * A report text file read as the command line reads it ({@link ReportFileReader}: the format found from the content,
 * then the text reader) against the text reader alone, on the bundled real report's bytes: what the command line's
 * {@code check} and {@code aggregate} pay per text file beyond what {@code Batch.ofText} pays. Run from the
 * repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextFileBenchmark {
  ReportFileReader fileReader;
  ReportTextReader textReader;
  byte[] sample;

  /** Reads the sample's bytes and builds both readers for the bundled catalogue. */
  @Setup
  public void setup() {
    try {
      sample = Files.readAllBytes(Path.of("docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks from the repository root", e);
    }
    fileReader = ReportFileReader.of(Catalogues.bundled());
    textReader = ReportTextReader.of(Catalogues.bundled());
  }

  /**
   * Reads the sample leniently as a file of any format, as the command line does.
   *
   * @return the result
   */
  @Benchmark
  public FileReadResult readAsFile() {
    try {
      return fileReader.readLenient(sample);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the sample leniently with the text reader alone, as {@code Batch.ofText} does.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult readAsText() {
    return textReader.readLenient(sample);
  }
}
