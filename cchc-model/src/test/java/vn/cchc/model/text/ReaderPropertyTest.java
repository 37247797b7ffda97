package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;

/**
 * The reader throws nothing but {@link ReportReadException} in strict mode and nothing at all in
 * lenient mode, on generated inputs: mutated copies of the real report and random bytes. Every
 * non-blank line always ends up in the model or in a problem on that line.
 */
class ReaderPropertyTest {
  private static final ReportTextReader READER = Fixture.READER;
  private static final String TEXT = Fixture.text();
  private static final byte[] BYTES = Fixture.bytes();
  private static final AtomicInteger INPUTS = new AtomicInteger();
  private static final String[] NOISE = {"\t", "\n", "\r\n", ".", ",", "%", "-", "- + ", "1.", "1.5", "99,3", "Trong đó",
      "<i>", "</i>", ":", "I. ", "a. ", "ngày 31/02/2024", "số 12/KH-UBND", "PHỤ LỤC", "BÁO CÁO", "Nơi nhận:", "STT",
      "Ð", "ệ", "e\u0302\u0301", "\uFEFF", "\u0000", "\uD83D\uDE00", " ", "quý V năm 99999", "thành phố ", "UBND "};

  @AfterAll
  static void report() {
    System.out.println("ReaderPropertyTest: " + INPUTS.get() + " generated inputs");
  }

  /**
   * Reads an input both ways and checks the contract: strict mode throws only {@link ReportReadException}
   * (for the first warning or error of the lenient read), lenient mode never throws, and every non-blank line is placed
   * or has a problem on it. The lenient read goes through the parser (to see what each line became); every
   * eighth input is also read through the public lenient method, which must agree.
   */
  static void check(byte[] input) {
    int n = INPUTS.incrementAndGet();
    ReportParser parser = READER.parser(input);
    ReadResult lenient = parser.parse();
    if (n % 8 == 0) {
      assertThat(READER.readLenient(input)).isEqualTo(lenient);
    }
    Report strict = null;
    try {
      strict = READER.read(input);
    } catch (ReportReadException e) {
      assertThat(lenient.problems(ProblemSeverity.WARNING)).isNotEmpty();
      assertThat(e.problem()).isEqualTo(lenient.problems(ProblemSeverity.WARNING).get(0));
      assertThat(e.getMessage()).startsWith(e.location() + ": ");
    }
    if (strict != null) {
      assertThat(lenient.problems(ProblemSeverity.WARNING)).isEmpty();
      assertThat(lenient.report()).contains(strict);
    }
    assertAccounted(parser, lenient);
  }

  /** Every non-blank line is placed, or has a problem on it. */
  static void assertAccounted(ReportParser parser, ReadResult result) {
    List<String> lines = parser.lines();
    List<ReadContext.LineUse> uses = parser.uses();
    Set<Integer> problemLines = result.problems().stream().map(p -> p.location().line()).collect(Collectors.toSet());
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        assertThat(uses.get(i)).as("line %d «%s»", i + 1, lines.get(i)).isNotNull().isNotEqualTo(ReadContext.LineUse.BLANK);
        if (uses.get(i) == ReadContext.LineUse.PROBLEM) {
          assertThat(problemLines).as("line %d", i + 1).contains(i + 1);
        }
      }
    }
    // every appendix row the model holds is one source line, unchanged
    result.report().ifPresent(r -> r.appendix().forEach(e ->
        assertThat(lines.get(e.location().line() - 1)).isEqualTo(e.sourceLine())));
  }

  static String mutate(int kind, long seed) {
    Random rnd = new Random(seed);
    List<String> lines = new ArrayList<>(Arrays.asList(TEXT.split("\n", -1)));
    switch (kind) {
      case 0 -> { // tabs deleted on some lines (or all)
        boolean all = rnd.nextInt(4) == 0;
        for (int i = 0; i < lines.size(); i++) {
          if (all || rnd.nextInt(20) == 0) {
            lines.set(i, lines.get(i).replace("\t", rnd.nextBoolean() ? "" : " "));
          }
        }
      }
      case 1 -> { // columns swapped
        for (int i = 0; i < lines.size(); i++) {
          String[] cells = lines.get(i).split("\t", -1);
          if (cells.length > 2 && rnd.nextInt(8) == 0) {
            int a = rnd.nextInt(cells.length);
            int b = rnd.nextInt(cells.length);
            String t = cells[a];
            cells[a] = cells[b];
            cells[b] = t;
            lines.set(i, String.join("\t", cells));
          }
        }
      }
      case 2 -> { // decomposed Unicode, whole text or some lines
        boolean all = rnd.nextBoolean();
        for (int i = 0; i < lines.size(); i++) {
          if (all || rnd.nextInt(5) == 0) {
            lines.set(i, Normalizer.normalize(lines.get(i), rnd.nextBoolean() ? Normalizer.Form.NFD : Normalizer.Form.NFKD));
          }
        }
      }
      case 3 -> { // random lines duplicated
        for (int k = rnd.nextInt(6) + 1; k > 0; k--) {
          int i = rnd.nextInt(lines.size());
          lines.add(i, lines.get(i));
        }
      }
      case 4 -> { // random lines deleted
        for (int k = rnd.nextInt(10) + 1; k > 0 && !lines.isEmpty(); k--) {
          lines.remove(rnd.nextInt(lines.size()));
        }
      }
      case 5 -> { // noise inserted into random lines
        for (int k = rnd.nextInt(8) + 1; k > 0; k--) {
          int i = rnd.nextInt(lines.size());
          String l = lines.get(i);
          int at = l.isEmpty() ? 0 : rnd.nextInt(l.length() + 1);
          while (at > 0 && at < l.length() && Character.isLowSurrogate(l.charAt(at))) {
            at--;
          }
          lines.set(i, l.substring(0, at) + NOISE[rnd.nextInt(NOISE.length)] + l.substring(at));
        }
      }
      case 6 -> { // lines shuffled locally
        for (int k = rnd.nextInt(5) + 1; k > 0; k--) {
          int i = rnd.nextInt(lines.size() - 1);
          String t = lines.get(i);
          lines.set(i, lines.get(i + 1));
          lines.set(i + 1, t);
        }
      }
      default -> { // a value cell replaced by noise
        for (int k = rnd.nextInt(4) + 1; k > 0; k--) {
          int i = 236 + rnd.nextInt(lines.size() - 236);
          String[] cells = lines.get(i).split("\t", -1);
          if (cells.length > 3) {
            cells[3] = NOISE[rnd.nextInt(NOISE.length)] + (rnd.nextBoolean() ? cells[3] : "");
            lines.set(i, String.join("\t", cells));
          }
        }
      }
    }
    String out = String.join("\n", lines);
    return rnd.nextInt(5) == 0 ? out.replace("\n", rnd.nextBoolean() ? "\r\n" : "\r") : out;
  }

  @Test
  void mutatedCopiesOfTheFixture() {
    qt().withExamples(5000).withShrinkCycles(20)
        .forAll(integers().between(0, 7), longs().all())
        .checkAssert((kind, seed) -> check(mutate(kind, seed).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void twoMutationsAtOnceWithTruncation() {
    qt().withExamples(2000).withShrinkCycles(20)
        .forAll(integers().between(0, 7), integers().between(0, 7), longs().all())
        .checkAssert((k1, k2, seed) -> {
          String once = mutate(k1, seed);
          Random rnd = new Random(seed ^ 0x5DEECE66DL);
          byte[] b = mutateText(once, k2, seed + 1).getBytes(StandardCharsets.UTF_8);
          int cut = rnd.nextInt(b.length + 1);
          check(Arrays.copyOf(b, rnd.nextBoolean() ? b.length : cut));
        });
  }

  private static String mutateText(String text, int kind, long seed) {
    // a second, simpler mutation on an already mutated text
    Random rnd = new Random(seed);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (lines.size() < 2) {
      return text;
    }
    int i = rnd.nextInt(lines.size());
    switch (kind % 4) {
      case 0 -> lines.set(i, lines.get(i).replace("\t", ""));
      case 1 -> lines.remove(i);
      case 2 -> lines.add(i, lines.get(i));
      default -> lines.set(i, Normalizer.normalize(lines.get(i), Normalizer.Form.NFD));
    }
    return String.join("\n", lines);
  }

  @Test
  void randomBytesAndFixtureBytesWithRandomBytes() {
    qt().withExamples(3000).withShrinkCycles(20)
        .forAll(integers().between(0, 2), longs().all())
        .checkAssert((kind, seed) -> {
          Random rnd = new Random(seed);
          byte[] input;
          if (kind == 0) { // pure noise
            input = new byte[rnd.nextInt(600)];
            rnd.nextBytes(input);
          } else if (kind == 1) { // the fixture with random bytes overwritten
            input = BYTES.clone();
            for (int k = rnd.nextInt(20) + 1; k > 0; k--) {
              input[rnd.nextInt(input.length)] = (byte) rnd.nextInt(256);
            }
          } else { // lines assembled from report-like pieces
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(60); k > 0; k--) {
              sb.append(NOISE[rnd.nextInt(NOISE.length)]);
              if (rnd.nextInt(4) == 0) {
                sb.append('\n');
              }
            }
            input = sb.toString().getBytes(StandardCharsets.UTF_8);
          }
          check(input);
        });
  }

  @Test
  void truncationEveryFewHundredBytes() {
    for (int cut = 0; cut <= BYTES.length; cut += 250) {
      check(Arrays.copyOf(BYTES, cut));
    }
  }

  @Test
  void pathAndStreamVariantsAgreeWithBytes() throws IOException {
    Report fromPath = READER.read(Fixture.PATH);
    assertThat(READER.read(new ByteArrayInputStream(BYTES))).isEqualTo(fromPath);
    assertThat(READER.readText(TEXT)).isEqualTo(fromPath);
    assertThat(READER.readLenient(Fixture.PATH).isClean()).isTrue();
  }

  /**
   * Decomposed (NFD) and CRLF copies read to a report equal to the original's, locations and
   * source lines included: lines are NFC-normalised before reading and columns count NFC code
   * points, and CRLF is one line break.
   */
  @Test
  void nfdAndCrlfCopiesReadToAnEqualReport() {
    Report original = READER.read(BYTES);
    String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(TEXT);
    assertThat(READER.read(nfd.getBytes(StandardCharsets.UTF_8))).isEqualTo(original);
    assertThat(READER.readText(TEXT.replace("\n", "\r\n"))).isEqualTo(original);
    assertThat(READER.readText(TEXT.replace("\n", "\r"))).isEqualTo(original);
    assertThat(READER.readText(nfd.replace("\n", "\r\n"))).isEqualTo(original);
  }

  @Test
  void everyNonBlankLineOfTheFixtureIsPlacedWithoutProblem() {
    ReportParser parser = READER.parser(BYTES);
    ReadResult r = parser.parse();
    assertThat(r.problems()).isEmpty();
    List<ReadContext.LineUse> uses = parser.uses();
    for (int i = 0; i < parser.lines().size(); i++) {
      boolean blank = parser.lines().get(i).isBlank();
      assertThat(uses.get(i) == ReadContext.LineUse.BLANK).as("line %d", i + 1).isEqualTo(blank);
    }
    assertThat(uses.stream().filter(u -> u == ReadContext.LineUse.APPENDIX_ROW)).hasSize(121);
    assertThat(uses.stream().filter(u -> u == ReadContext.LineUse.TABLE_HEADER)).hasSize(14);
    assertThat(uses.stream().filter(u -> u == ReadContext.LineUse.RECIPIENT)).hasSize(8);
    assertThat(uses.stream().filter(u -> u == ReadContext.LineUse.SIGNATURE)).hasSize(2);
    assertThat(uses.stream().filter(u -> u == ReadContext.LineUse.CAPTION)).hasSize(5);
  }

  static {
    if (BYTES.length == 0) {
      throw new UncheckedIOException(new IOException("empty fixture"));
    }
  }
}
