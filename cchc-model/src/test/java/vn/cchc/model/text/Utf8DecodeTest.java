package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's one-loop UTF-8 decoding gives the JDK's string, or leaves the input to the JDK's decoder. */
class Utf8DecodeTest {
  @Test
  void everyStringOfTheBasicPlaneDecodesToItself() {
    // lone surrogates are not text (String.getBytes writes "?" for them): they are replaced first
    qt().withExamples(3000).forAll(strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 120)
        .map(t -> t.chars().map(c -> Character.isSurrogate((char) c) ? 'x' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()))
        .checkAssert(s -> {
      String decoded = SourceText.bmpUtf8(s.getBytes(StandardCharsets.UTF_8));
      boolean jdkPath = s.indexOf('\uFFFD') >= 0;
      if (jdkPath) {
        assertThat(decoded).as("left to the JDK's decoder").isNull();
      } else {
        assertThat(decoded).isEqualTo(s);
      }
    });
  }

  @Test
  void randomBytesDecodeAsTheJdkDecodesThemOrAreLeftToIt() {
    qt().withExamples(3000).forAll(integers().between(0, 64), longs().all()).checkAssert((n, seed) -> {
      byte[] b = new byte[n];
      Random r = new Random(seed);
      for (int i = 0; i < n; i++) {
        // mostly the bytes of Vietnamese text: ASCII, lead bytes C3/C4/C6/E1 and continuation bytes
        int k = r.nextInt(6);
        b[i] = (byte) (k == 0 ? 0xC3 : k == 1 ? 0xE1 : k == 2 ? 0x80 + r.nextInt(64) : k == 3 ? 'a' + r.nextInt(26)
            : r.nextInt(256));
      }
      String decoded = SourceText.bmpUtf8(b);
      if (decoded != null) {
        assertThat(decoded).isEqualTo(new String(b, StandardCharsets.UTF_8));
        assertThat(decoded).doesNotContain("\uFFFD");
      }
    });
  }

  @Test
  void fourByteCharactersAndMalformedInputAreLeftToTheJdk() {
    assertThat(SourceText.bmpUtf8("Đình Cả 😀".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(SourceText.bmpUtf8(new byte[] {(byte) 0xC3})).isNull();
    assertThat(SourceText.bmpUtf8(new byte[] {(byte) 0xC0, (byte) 0x80})).as("overlong").isNull();
    assertThat(SourceText.bmpUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("a surrogate").isNull();
    assertThat(SourceText.bmpUtf8("Đình Cả".getBytes(StandardCharsets.UTF_8))).isEqualTo("Đình Cả");
  }
}
