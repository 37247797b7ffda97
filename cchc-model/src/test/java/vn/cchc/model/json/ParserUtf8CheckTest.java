package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;

/**
 * The Jackson 3 codec's fast path reads without {@link Utf8Check} in front because its parser refuses malformed
 * UTF-8 by itself; what it refuses then goes to the strict path, which checks the bytes first and says where the
 * problem is. What must hold: the public reading gives the same outcome — the same report, or the same message
 * at the same place — as the strict path, on documents with malformed UTF-8 put into their strings and names, and
 * on documents in other encodings that Jackson would otherwise detect and read.
 */
class ParserUtf8CheckTest {
  private static final Jackson2Json J2 = (Jackson2Json) JsonTestSupport.JACKSON2;
  private static final Jackson3Json J3 = (Jackson3Json) JsonTestSupport.JACKSON3;

  /** {@return the report, or the refusal's message and location} */
  private static Object outcome(java.util.function.Supplier<Report> read) {
    try {
      return read.get();
    } catch (CchcJsonException e) {
      return e.getMessage() + " @ " + e.location();
    }
  }

  @Test
  void jackson3RefusesMalformedUtf8ItselfAndJackson2DoesNot() {
    // Jackson 3.3 refuses overlong forms, surrogates and code points above U+10FFFF; Jackson 2.21 reads "C0 AF"
    // as "/". Should a Jackson 2 release refuse them too, its codec would leave the check to the parser as well.
    assertThat(J3.parserChecksUtf8()).isTrue();
    assertThat(J2.parserChecksUtf8()).isFalse();
  }

  @Test
  void aParserThatAcceptsAnyOfTheMalformedSequencesIsNotTrusted() {
    assertThat(Utf8Check.refusedBy(in -> true)).isFalse();
    assertThat(Utf8Check.refusedBy(in -> false)).isTrue();
    // a parser that refuses only what it meets whole in one read, not a sequence cut by the end of its buffer
    assertThat(Utf8Check.refusedBy(in -> !(in instanceof ByteArrayInputStream))).isFalse();
  }

  @Test
  void malformedUtf8InStringsAndNamesIsRefusedAsTheStrictPathRefusesIt() {
    byte[] valid = JsonTestSupport.bytes(J3, vn.cchc.model.gen.ReportGenerator.of(7, 6).report());
    String text = new String(valid, StandardCharsets.UTF_8);
    qt().withExamples(400).forAll(integers().all()).checkAssert(n -> {
      SplittableRandom r = new SplittableRandom(n);
      // a place just after an opening or inside a string or name: after a '"' that starts one
      int quote;
      do {
        quote = text.indexOf('"', r.nextInt(text.length()));
      } while (quote < 0);
      int at = text.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8).length;
      byte[] bad = new byte[1 + r.nextInt(4)];
      bad[0] = (byte) (0x80 + r.nextInt(0x80));
      for (int i = 1; i < bad.length; i++) {
        bad[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(0x100) : 0x80 + r.nextInt(0x40));
      }
      byte[] doc = new byte[valid.length + bad.length];
      System.arraycopy(valid, 0, doc, 0, at);
      System.arraycopy(bad, 0, doc, at, bad.length);
      System.arraycopy(valid, at, doc, at + bad.length, valid.length - at);
      Object strict = outcome(() -> J3.readStrict(new ByteArrayInputStream(doc)));
      assertThat(outcome(() -> J3.readReport(new ByteArrayInputStream(doc)))).isEqualTo(strict);
      assertThat(outcome(() -> J3.readReport(new java.io.BufferedInputStream(new ByteArrayInputStream(doc), 64))))
          .isEqualTo(strict);
    });
  }

  @Test
  void documentsInOtherEncodingsAreRefusedThoughJacksonWouldReadThem() {
    String text = new String(JsonTestSupport.bytes(J3, vn.cchc.model.gen.ReportGenerator.of(3, 4).report()),
        StandardCharsets.UTF_8);
    for (String charset : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"}) {
      byte[] doc = text.getBytes(Charset.forName(charset));
      Object strict = outcome(() -> J3.readStrict(new ByteArrayInputStream(doc)));
      assertThat(strict).as(charset).isInstanceOf(String.class);
      assertThat(outcome(() -> J3.readReport(new ByteArrayInputStream(doc)))).as(charset).isEqualTo(strict);
    }
  }
}
