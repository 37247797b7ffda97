package vn.cchc.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.text.ReportTextReader;

/**
 * Reading the bundled real report as cchc JSON against the floor of Jackson's {@code readTree} of the same
 * bytes. The set-up prints the sizes of the text and of its JSON. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  CchcJson json;
  JsonMapper mapper;
  byte[] bytes;

  /** Writes the sample as cchc JSON once. */
  @Setup
  public void setup() {
    json = CchcJson.detect();
    mapper = JsonMapper.builder().build();
    String text = SampleShaped.sample();
    Report r = ReportTextReader.of(Catalogues.bundled()).readTextLenient(text).report().orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeReport(r, out);
    bytes = out.toByteArray();
    System.out.printf("%nsample: %d bytes of text, %d bytes of cchc JSON (%s)%n",
        text.getBytes(StandardCharsets.UTF_8).length, bytes.length, json.name());
  }

  /**
   * cchc JSON to a report: parsing, the model's checks, NFC.
   *
   * @return the report
   */
  @Benchmark
  public Report cchcRead() {
    return json.readReport(new ByteArrayInputStream(bytes));
  }

  /**
   * The floor: Jackson's tree of the same bytes.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return mapper.readTree(bytes);
  }
}
