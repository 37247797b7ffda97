package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;

/**
 * Both Jackson lines accept and refuse the same documents: malformed UTF-8 (which Jackson 2 let through in
 * places where Jackson 3 refused it) is refused by both, with the same line:column; and random byte damage to a
 * report's JSON is accepted by both or refused by both, every refusal with its line:column.
 */
class JsonUtf8AgreementTest {
  static final byte[] VALID = JsonTestSupport.bytes(JsonTestSupport.JACKSON3, JsonRoundTripExampleTest.sample());

  /** {@return the outcome of reading: the report, or the refusal's location (empty when the refusal has none)} */
  static Object outcome(CchcJson json, byte[] bytes) {
    try {
      return json.readReport(new ByteArrayInputStream(bytes));
    } catch (CchcJsonException e) {
      assertThat(e.location()).as(json.name() + ": " + e.getMessage()).isPresent();
      return e.location();
    }
  }

  /** {@return the valid document with {@code bad} put inside the title string} */
  static byte[] withInTitle(byte[] bad) {
    String doc = new String(VALID, StandardCharsets.UTF_8);
    int at = doc.indexOf("\"title\"");
    at = doc.indexOf('"', doc.indexOf(':', at)) + 1;
    byte[] head = doc.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = doc.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(bad, 0, out, head.length, bad.length);
    System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
    return out;
  }

  static byte[] hex(String hex) {
    String[] parts = hex.split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "BF", "C0 AF", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80", "ED BF BF", "F0 80 80 80",
      "F4 90 80 80", "F5 80 80 80", "FF", "FE", "C3", "E1 80", "F0 9F 98", "00", "C3 28", "E2 28 A1"})
  void malformedUtf8IsRefusedByBothLinesAtTheSamePlace(String bytes) {
    byte[] doc = withInTitle(hex(bytes));
    Object two = outcome(JsonTestSupport.JACKSON2, doc);
    Object three = outcome(JsonTestSupport.JACKSON3, doc);
    assertThat(two).as("jackson2 refuses " + bytes).isInstanceOf(Optional.class);
    assertThat(three).as("jackson3 refuses " + bytes).isInstanceOf(Optional.class);
    assertThat(two).isEqualTo(three);
    SourceLocation at = ((Optional<?>) two).map(SourceLocation.class::cast).orElseThrow();
    assertThat(at.line()).isGreaterThan(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C3 A0", "E1 BB 87", "F0 9F 98 80", "EF BF BD", "F4 8F BF BF", "ED 9F BF", "EE 80 80"})
  void wellFormedUtf8IsReadByBothLines(String bytes) {
    byte[] doc = withInTitle(hex(bytes));
    Object two = outcome(JsonTestSupport.JACKSON2, doc);
    assertThat(two).isInstanceOf(Report.class);
    assertThat(outcome(JsonTestSupport.JACKSON3, doc)).isEqualTo(two);
  }

  @Test
  void aDocumentInUtf16IsRefusedByBoth() {
    byte[] doc = new String(VALID, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
    assertThat(outcome(JsonTestSupport.JACKSON2, doc)).isInstanceOf(Optional.class)
        .isEqualTo(outcome(JsonTestSupport.JACKSON3, doc));
  }

  @Test
  void randomByteDamageIsAcceptedOrRefusedAlikeByBothLines() {
    qt().withExamples(300).withShrinkCycles(20).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, n) -> {
      Random r = new Random(seed);
      byte[] doc = VALID.clone();
      for (int k = 0; k < n; k++) {
        int i = r.nextInt(doc.length);
        doc[i] = switch (r.nextInt(4)) {
          case 0 -> (byte) (0x80 + r.nextInt(0x80));
          case 1 -> (byte) r.nextInt(0x20);
          case 2 -> (byte) "{}[]\",:0123456789-.eE ".charAt(r.nextInt(22));
          default -> (byte) r.nextInt(256);
        };
      }
      Object two = outcome(JsonTestSupport.JACKSON2, doc);
      Object three = outcome(JsonTestSupport.JACKSON3, doc);
      assertThat(two.getClass()).as("seed " + seed + ": jackson2 %s, jackson3 %s", two, three).isEqualTo(three.getClass());
    });
  }
}
