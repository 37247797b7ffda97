package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.gen.ReportGens;
import vn.cchc.model.text.ReportTextReader;

/**
 * Format 0.2 (locations written "line:column") against format 0.1 (locations as objects): documents of either
 * read to the same report, and a report that the 0.1 writer wrote — the bundled sample, kept as a test resource
 * exactly as main's writer at 5828a6d wrote it — reads to the report the text reader makes of the sample.
 */
class JsonFormatVersionsTest {
  private static byte[] writtenBy01() throws IOException {
    try (InputStream in = JsonFormatVersionsTest.class.getResourceAsStream("bc-45-written-by-0.1.json")) {
      return in.readAllBytes();
    }
  }

  private static Report sampleFromText() throws IOException {
    byte[] text = Files.readAllBytes(Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    return ReportTextReader.of(Catalogues.bundled()).readLenient(text).report().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("vn.cchc.model.json.JsonTestSupport#codecs")
  void theSampleAsFormat01WroteItReadsToTheSameReportAsItsText(CchcJson json) throws IOException {
    byte[] old = writtenBy01();
    assertThat(new String(old, StandardCharsets.UTF_8)).contains("\"location\" : {\n");
    Report fromOld = JsonTestSupport.read(json, old);
    assertThat(fromOld).isEqualTo(sampleFromText());
    byte[] now = JsonTestSupport.bytes(json, fromOld);
    assertThat(new String(now, StandardCharsets.UTF_8)).doesNotContain("\"line\" :").contains("\"location\" : \"238:1\"");
    assertThat(now.length).as("format 0.2 is smaller").isLessThan(old.length);
    assertThat(JsonTestSupport.read(json, now)).isEqualTo(fromOld);
  }

  @Test
  void generatedReportsReadTheSameFromEitherFormat() {
    qt().withExamples(60).forAll(ReportGens.seeds(6)).checkAssert(seed -> {
      Report report = seed.report();
      byte[] now = JsonTestSupport.bytes(JsonTestSupport.JACKSON3, report);
      byte[] old = asFormat01(now);
      assertThat(new String(old, StandardCharsets.UTF_8)).doesNotContain("\"location\" : \"");
      assertThat(SchemaSupport.validateReport(new String(old, StandardCharsets.UTF_8))).isEmpty();
      for (CchcJson json : JsonTestSupport.codecs()) {
        assertThat(JsonTestSupport.read(json, old)).as(json.name()).isEqualTo(report);
      }
    });
  }

  @Test
  void aLocationIsWrittenAsLineColonColumnAndReadBack() {
    qt().forAll(integers().between(1, Integer.MAX_VALUE), integers().between(1, Integer.MAX_VALUE))
        .checkAssert((line, column) -> {
          SourceLocation l = SourceLocation.of(line, column);
          assertThat(JsonErrors.location(l.toString())).isEqualTo(l);
          assertThat(JsonErrors.location(l.toString() + "0")).isNotEqualTo(l);
          assertThat(JsonErrors.location("+" + l)).isNull();
          assertThat(JsonErrors.location(l + " ")).isNull();
        });
    assertThat(JsonErrors.location("2147483648:1")).isNull();
    assertThat(JsonErrors.location(":1")).isNull();
    assertThat(JsonErrors.location("1:")).isNull();
  }

  /**
   * {@return the same document with every location written as format 0.1 wrote it: an object, indented as the
   * writer indents} (A textual change: a tree would read the decimals as doubles.)
   */
  private static byte[] asFormat01(byte[] now) {
    String text = new String(now, StandardCharsets.UTF_8);
    java.util.regex.Matcher m = LOCATION.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String indent = m.group(1);
      m.appendReplacement(sb, "\n" + indent + "\"location\" : {\n" + indent + "  \"line\" : " + m.group(2) + ",\n"
          + indent + "  \"column\" : " + m.group(3) + "\n" + indent + "}");
    }
    m.appendTail(sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A location property as the writer puts it: on a line of its own (a string value never holds a raw line break). */
  private static final java.util.regex.Pattern LOCATION =
      java.util.regex.Pattern.compile("\n( *)\"location\" : \"([0-9]+):([0-9]+)\"");
}
