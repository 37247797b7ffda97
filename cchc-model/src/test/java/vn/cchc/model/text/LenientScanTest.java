package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ReferenceReader#lenient} reads a number and symbol without {@link ReferenceReader#LENIENT}; it must give what
 * {@code lookingAt()} on the region from the same start gives — whether there is a match, where it ends, and where
 * each of the pattern's eight groups starts and ends — at every position of generated texts (numbers in every form
 * the pattern allows, near-misses: a seventh digit, a fourth blank, a five-digit year, a hyphen with nothing after it,
 * blanks that are {@code \h} and blanks that are not, letters and numbers of every category, outside the BMP and
 * unpaired surrogates) and of every line of the corpus and the sample. {@link ReferenceReader#readNumber} takes a
 * whole text as a number when the scan from its start ends at its end; that must be exactly when
 * {@code matches()} holds.
 */
class LenientScanTest {
  private static final List<String> PIECES = List.of("1", "06", "45", "2024", "0123", "12345", "123456", "1234567", "/",
      "/", "/", " ", "  ", "   ", "    ", "\t", "\u00A0", "\u2009", "\u3000", "\u202F", "\n", "\r", "\u000B", "BC", "KH",
      "QĐ", "UBND", "NĐCP", "QĐUBND", "TTg", "a", "Đ", "ǅ", "ʰ", "中", "\uD835\uDC00", "\uD835", "\uDC00", "²", "Ⅻ", "٣",
      "\u0301", "-", "-", "--", ".", ",", "(", ")", "ngày", "của", "x");
  /** Numbers as reports write them, clean, spaced and glued, with or without a year. */
  private static final List<String> NUMBERS = List.of("45/BC-UBND", "06/KH-UBND", "65/QĐ-UBND", "02/2017/TT-VPCP",
      "63/2010/NĐCP", "3027/QĐUBND", "228/ BC-UBND", "31  /BC-UBND", "45 /BC-UBND", "12/UBND-VP", "1/2024/ NQ-HĐND",
      "12/UBND-VP-NV", "7/TTr-UBND", "123456/BC-A1-2", "12 / 2020 / NĐ - CP");

  private static Gen<String> texts() {
    Gen<String> piece = Generate.pick(PIECES).mix(Generate.pick(NUMBERS), 20);
    return lists().of(piece).ofSizeBetween(0, 10).map(ps -> String.join("", ps));
  }

  /** Asserts the scan from every position of a text agrees with the pattern. */
  private static void agreesEverywhere(String text) {
    int[] g = new int[18];
    Matcher m = ReferenceReader.LENIENT.matcher(text);
    for (int s = 0; s <= text.length(); s++) {
      String at = "«" + text + "» from " + s;
      boolean found = m.region(s, text.length()).lookingAt();
      int e = ReferenceReader.lenient(text, s, g);
      assertThat(e >= 0).as(at).isEqualTo(found);
      if (found) {
        assertThat(e).as(at).isEqualTo(m.end());
        for (int k = 0; k <= 8; k++) {
          assertThat(new int[] {g[2 * k], g[2 * k + 1]}).as(at + ", group " + k)
              .containsExactly(m.start(k), m.end(k));
        }
      }
    }
  }

  /** Asserts a text is a number as a whole exactly when the pattern matches it whole. */
  private static void wholeAgrees(String text) {
    int[] g = new int[18];
    boolean matches = ReferenceReader.LENIENT.matcher(text).matches();
    assertThat(ReferenceReader.lenient(text, 0, g) == text.length()).as("«" + text + "»").isEqualTo(matches);
  }

  @Test
  void readsWhatThePatternReadsInGeneratedTexts() {
    qt().withExamples(5000).forAll(texts()).checkAssert(text -> {
      agreesEverywhere(text);
      wholeAgrees(text);
    });
  }

  @Test
  void readsWhatThePatternReadsInNearMisses() {
    // a number, one character of it replaced by, or followed by, another piece: the edges of each bound
    Gen<String> nearMiss = Generate.pick(NUMBERS).zip(Generate.pick(PIECES), Generate.range(0, 30), (n, p, at) -> {
      int i = Math.min(at, n.length());
      return at % 2 == 0 ? n.substring(0, i) + p + n.substring(i) : n.substring(0, i) + p + n.substring(
          Math.min(n.length(), i + 1));
    });
    qt().withExamples(5000).forAll(nearMiss).checkAssert(text -> {
      agreesEverywhere(text);
      wholeAgrees(text);
    });
  }

  @Test
  void readsWhatThePatternReadsInEveryLineOfTheCorpus() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(CorpusTest.corpusDir())) {
      list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    files.add(Fixture.PATH);
    int numbers = 0;
    for (Path file : files) {
      for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
        agreesEverywhere(line);
        wholeAgrees(line.strip());
        Matcher m = ReferenceReader.LENIENT.matcher(line);
        while (m.find()) {
          numbers++;
          wholeAgrees(m.group());
        }
      }
    }
    assertThat(numbers).as("numbers and symbols in the corpus").isGreaterThan(100);
  }
}
