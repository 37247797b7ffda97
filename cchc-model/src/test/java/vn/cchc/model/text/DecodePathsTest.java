package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.internal.TrustedNfc;

/**
 * The reader takes one of several paths through a text: UTF-8 of the Basic Multilingual Plane whose every
 * character passes the quick NFC test is decoded, cut into lines and trusted as NFC by the model in one pass
 * ({@link TrustedNfc}); text with combining marks is normalised line by line and checked by the model; a
 * {@code String} is split without decoding. Every path must read a text to the same result: each corpus report
 * and the sample, as they are and decomposed (NFD, every accent a combining mark), as bytes and as a string.
 */
class DecodePathsTest {
  static Stream<Path> texts() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(CorpusTest.corpusDir())) {
      files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
    }
    out.add(Fixture.PATH);
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void decomposedAndStringCopiesReadToTheSameResult(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(nfd).as("the NFD copy differs").isNotEqualTo(text);
    ReadResult asIs = Fixture.READER.readLenient(bytes);
    assertThat(Fixture.READER.readLenient(nfd.getBytes(StandardCharsets.UTF_8))).isEqualTo(asIs);
    assertThat(Fixture.READER.readTextLenient(text)).isEqualTo(asIs);
    assertThat(Fixture.READER.readTextLenient(nfd)).isEqualTo(asIs);
    String crlf = text.indexOf('\r') < 0 ? text.replace("\n", "\r\n") : text; // some already have CRLF
    assertThat(Fixture.READER.readLenient(("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8))).isEqualTo(asIs);
  }

  @Test
  void theQuickPathKnowsWhichTextsItMayTrust() {
    assertThat(SourceText.decode("Đình Cả, ngày 12 tháng 03 năm 2024 – “ổn định”".getBytes(StandardCharsets.UTF_8))
        .quickNfc).isTrue();
    assertThat(SourceText.decode("Đình Ca\u0309".getBytes(StandardCharsets.UTF_8)).quickNfc).isFalse();
    assertThat(SourceText.decode("nă\u0301m".getBytes(StandardCharsets.UTF_8)).lines).containsExactly("nắm");
    assertThat(SourceText.decode("Đình Cả".getBytes(StandardCharsets.UTF_8)).mayNeedRepairs).isFalse();
    assertThat(SourceText.decode("n\u01CEm".getBytes(StandardCharsets.UTF_8)).mayNeedRepairs).isTrue();
    assertThat(SourceText.decode("n\u00A0m".getBytes(StandardCharsets.UTF_8)).mayNeedRepairs).isTrue();
    // "a" + a combining caron is "ǎ" once normalised, a letter that is repaired
    assertThat(SourceText.decode("na\u030Cm".getBytes(StandardCharsets.UTF_8)).mayNeedRepairs).isTrue();
  }

  @Test
  void theModelChecksTextAgainOutsideARead() {
    Fixture.READER.readLenient(Fixture.bytes());
    assertThat(TrustedNfc.on()).as("the trust ends with the read").isFalse();
    NarrativeBlock b = NarrativeBlock.builder().kind(NarrativeBlock.Kind.PARAGRAPH).text("Đi\u0300nh Ca\u0309")
        .location(SourceLocation.of(1, 1)).build();
    assertThat(b.text()).isEqualTo("Đình Cả");
  }
}
