package vn.cchc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;

/**
 * The text reader on the worst cases an outside probe found (issue 11), each inserted into the bundled report at
 * two sizes, n and 10 n: the time should grow about 10×. The growth itself is asserted by counting in
 * {@code ReaderGrowthTest}; these are the times. Figures: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class WorstCaseBenchmark {
  /** The construct and its number of copies. */
  @Param({"references:1000", "references:10000", "continuation:2000", "continuation:20000", "malformed:1000",
      "malformed:10000", "tabs:30000", "tabs:300000", "recipientContinued:2000", "recipientContinued:20000"})
  public String input;

  private ReportTextReader reader;
  private byte[] bytes;

  /** Builds the input. */
  @Setup
  public void setup() {
    reader = ReportTextReader.of(Catalogues.bundled());
    String sample;
    try {
      sample = Files.readString(Path.of("docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks from the repository root", e);
    }
    String[] p = input.split(":");
    int n = Integer.parseInt(p[1]);
    int noiNhan = sample.indexOf("Nơi nhận:");
    String before = sample.substring(0, noiNhan);
    String after = sample.substring(noiNhan);
    String text = switch (p[0]) {
      case "references" -> before + "Căn cứ " + "Kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách hành chính; ".repeat(n)
          + "và các văn bản khác.\n\n" + after;
      case "continuation" -> before + "Căn cứ kế hoạch của huyện\n" + "tiếp tục thực hiện các nhiệm vụ cải cách\n".repeat(n)
          + "hành chính.\n\n" + after;
      case "malformed" -> before + "Dòng có byte hỏng # ở đây.\n".repeat(n) + after;
      case "tabs" -> sample.replaceFirst("BÁO CÁO", "UBND HUYỆN VÕ NHAI" + "\t".repeat(n) + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO");
      case "recipientContinued" -> sample.replace("- UBND huyện;", "- UBND huyện" + "\nvà các phòng".repeat(n) + ";");
      default -> throw new IllegalArgumentException(input);
    };
    bytes = text.getBytes(StandardCharsets.UTF_8);
    if (p[0].equals("malformed")) {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '#') {
          bytes[i] = (byte) 0xFF;
        }
      }
    }
  }

  /**
   * Reads the input leniently.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult read() {
    return reader.readLenient(bytes);
  }
}
