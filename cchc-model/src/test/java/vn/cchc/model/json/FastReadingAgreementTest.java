package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.gen.ReportGens;

/**
 * The codecs read a valid report with {@link FastReports} and fall back to databind for anything it does not
 * accept. What must hold: the fast reader accepts every document the writer writes (else it would be no faster),
 * reads it to the report databind reads, and never accepts a document that databind refuses — checked on
 * generated reports and on thousands of documents broken in the ways a hand or a program breaks them.
 */
class FastReadingAgreementTest {
  private static final Jackson2Json J2 = (Jackson2Json) JsonTestSupport.JACKSON2;
  private static final Jackson3Json J3 = (Jackson3Json) JsonTestSupport.JACKSON3;

  /** {@return the report, or the exception's class when the path refuses the document} */
  private static Object outcome(java.util.function.Supplier<Report> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  @Test
  void theFastPathReadsEveryWrittenReportAsDatabindDoes() {
    qt().withExamples(80).forAll(ReportGens.seeds(8)).checkAssert(seed -> {
      Report report = seed.report();
      byte[] bytes = JsonTestSupport.bytes(J3, report);
      assertThat(J3.readFast(new Utf8Check(new ByteArrayInputStream(bytes)))).isEqualTo(report);
      assertThat(J2.readFast(new Utf8Check(new ByteArrayInputStream(bytes)))).isEqualTo(report);
      assertThat(J3.readStrict(new ByteArrayInputStream(bytes))).isEqualTo(report);
    });
  }

  @Test
  void theSampleInBothFormatsTakesTheFastPath() throws IOException {
    byte[] old;
    try (InputStream in = getClass().getResourceAsStream("bc-45-written-by-0.1.json")) {
      old = in.readAllBytes();
    }
    Report strict = J3.readStrict(new ByteArrayInputStream(old));
    assertThat(J3.readFast(new ByteArrayInputStream(old))).isEqualTo(strict);
    assertThat(J2.readFast(new ByteArrayInputStream(old))).isEqualTo(strict);
    byte[] now = JsonTestSupport.bytes(J2, strict);
    assertThat(J3.readFast(new ByteArrayInputStream(now))).isEqualTo(strict);
    assertThat(J2.readFast(new ByteArrayInputStream(now))).isEqualTo(strict);
  }

  @Test
  void theFastPathNeverAcceptsWhatDatabindRefuses() {
    int[] refused = new int[2];
    qt().withExamples(300).forAll(integers().all()).checkAssert(n -> {
      SplittableRandom random = new SplittableRandom(n);
      String text = new String(JsonTestSupport.bytes(J3, vn.cchc.model.gen.ReportGenerator.of(random.nextLong(), 6)
          .report()), StandardCharsets.UTF_8);
      String broken = Mutations.apply(text, random);
      byte[] bytes = broken.getBytes(StandardCharsets.UTF_8);
      for (var codec : List.of(J2, J3)) {
        Object fast = outcome(() -> codec == J2 ? J2.readFast(new Utf8Check(new ByteArrayInputStream(bytes)))
            : J3.readFast(new Utf8Check(new ByteArrayInputStream(bytes))));
        Object strict = outcome(() -> codec == J2 ? J2.readStrict(new ByteArrayInputStream(bytes))
            : J3.readStrict(new ByteArrayInputStream(bytes)));
        if (fast instanceof Report) {
          assertThat(strict).as("%s accepted by the fast path:%n%s", codec.name(), broken).isEqualTo(fast);
        } else {
          refused[codec == J2 ? 0 : 1]++;
        }
        Object public_ = outcome(() -> codec.readReport(new ByteArrayInputStream(bytes)));
        assertThat(public_ instanceof Report ? public_ : CchcJsonException.class).isEqualTo(
            strict instanceof Report ? strict : CchcJsonException.class);
      }
    });
    assertThat(refused[0]).as("the mutations do break documents").isGreaterThan(100);
  }

  /** Ways a document gets broken: a property dropped, doubled, renamed or nulled, a value of another type, a line cut. */
  static final class Mutations {
    private static final String[] VALUES = {"null", "0", "-1", "1.5", "1e3", "\"\"", "\" \"", "\"x\"", "true", "[ ]",
        "{ }", "\"2024-02-30\"", "\"0:1\"", "\"1:1\"", "99999999999999999999", "\"COUNT\"", "\"NOT_REPORTED\""};

    static String apply(String text, SplittableRandom r) {
      String[] lines = text.split("\n", -1);
      int i = r.nextInt(lines.length);
      String line = lines[i];
      int colon = line.indexOf("\" : ");
      switch (r.nextInt(6)) {
        case 0 -> lines[i] = ""; // dropped (may leave a trailing comma: malformed JSON)
        case 1 -> lines[i] = line.endsWith(",") ? line + "\n" + line : line + ",\n" + line; // doubled
        case 2 -> {
          if (colon > 0) {
            lines[i] = line.substring(0, colon) + "x" + line.substring(colon); // renamed
          }
        }
        case 3, 4 -> {
          if (colon > 0) {
            String rest = line.substring(colon + 4);
            String end = rest.endsWith(",") ? "," : "";
            if (!rest.startsWith("{") && !rest.startsWith("[")) {
              lines[i] = line.substring(0, colon + 4) + VALUES[r.nextInt(VALUES.length)] + end; // another value
            }
          }
        }
        default -> lines[i] = line.substring(0, r.nextInt(line.length() + 1)); // cut
      }
      return String.join("\n", lines);
    }
  }
}
