package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.cchc.model.SourceLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text reader on the constructs an outside probe found quadratic (issue 11), each grown 10×: the work
 * must grow at most about 10× too. Work is counted, not timed: the characters the reader's regular
 * expressions and scans read (through {@link Work}'s counting view) and the bytes the reading thread
 * allocates (copying, joining and cutting text). Each is taken beyond what the bundled report alone costs
 * (the same run's baseline), so the ratio is that of the construct itself. A reader that rescans a
 * paragraph for each reference, or a line from its start for each bad byte, grows about 100× here.
 */
class ReaderGrowthTest {
  private static final String SAMPLE = Fixture.text();
  private static final String HEADED = corpus("sample-nd30-tabs-crlf");
  /** Growth allowed for 10× the input: linear work plus what a constant part and the JIT may add. */
  private static final double MAX_GROWTH = 12.0;
  /**
   * The least extra work counted at n copies: a construct that adds almost nothing at n (a run of spaces
   * no regular expression reads) must still add at most about 10 × this at 10 n.
   */
  private static final long MIN_EXTRA_CHARS = 1_000;
  private static final long MIN_EXTRA_BYTES = 16 * 1024;
  private static com.sun.management.ThreadMXBean threads;

  private static String corpus(String name) {
    try {
      return Files.readString(CorpusTest.corpusDir().resolve(name + ".txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void allocationCounting() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported()) {
      t.setThreadAllocatedMemoryEnabled(true);
      threads = t;
    }
  }

  /** Characters read and bytes allocated by one lenient read. */
  private record Cost(long chars, long bytes) {}

  private static Cost cost(byte[] input) {
    long before = threads == null ? 0 : threads.getCurrentThreadAllocatedBytes();
    long chars = Work.count(() -> Fixture.READER.readLenient(input));
    long after = threads == null ? 0 : threads.getCurrentThreadAllocatedBytes();
    return new Cost(chars, after - before);
  }

  private static String before(String text, String marker, String inserted) {
    int at = text.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads the input made with {@code n} and {@code 10 n} copies of a construct and the input made with none
   * (the baseline), and asserts that the characters read and the bytes allocated beyond the baseline grow
   * at most {@link #MAX_GROWTH}×.
   */
  private static void growsLinearly(String construct, IntFunction<byte[]> input, int n) {
    byte[] none = input.apply(0);
    byte[] small = input.apply(n);
    byte[] large = input.apply(10 * n);
    cost(small); // warm: the JIT removes allocations that do not escape
    Cost base = cost(none);
    Cost s = cost(small);
    Cost l = cost(large);
    long sc = Math.max(MIN_EXTRA_CHARS, s.chars() - base.chars());
    long sb = Math.max(MIN_EXTRA_BYTES, s.bytes() - base.bytes());
    System.out.printf("ReaderGrowthTest %s: %d → %d copies: characters read +%d → +%d (report alone %d), bytes allocated "
        + "+%d → +%d (report alone %d)%n", construct, n, 10 * n, s.chars() - base.chars(), l.chars() - base.chars(),
        base.chars(), s.bytes() - base.bytes(), l.bytes() - base.bytes(), base.bytes());
    assertThat((double) (l.chars() - base.chars()) / sc).as("%s: characters read beyond the report's %d, for %d → %d "
        + "copies: %d → %d", construct, base.chars(), n, 10 * n, s.chars() - base.chars(), l.chars() - base.chars())
        .isLessThan(MAX_GROWTH);
    if (threads != null) {
      assertThat((double) (l.bytes() - base.bytes()) / sb).as("%s: bytes allocated beyond the report's %d, for %d → %d "
          + "copies: %d → %d", construct, base.bytes(), n, 10 * n, s.bytes() - base.bytes(), l.bytes() - base.bytes())
          .isLessThan(MAX_GROWTH);
    }
  }

  @Test
  void thousandsOfDocumentReferencesInOneParagraph() {
    growsLinearly("references", k -> utf8(before(SAMPLE, "Nơi nhận:",
        "Căn cứ " + "Kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách hành chính; ".repeat(k) + "và các văn bản khác.\n\n")),
        200);
  }

  @Test
  void tensOfThousandsOfContinuationLinesOfOneParagraph() {
    growsLinearly("continuation lines", k -> utf8(before(SAMPLE, "Nơi nhận:",
        "Căn cứ kế hoạch của huyện\n" + "tiếp tục thực hiện các nhiệm vụ cải cách\n".repeat(k) + "hành chính.\n\n")), 2_000);
  }

  @Test
  void aCaptionPaddedWithSpaces() {
    growsLinearly("caption padded inside", k -> utf8(SAMPLE.replace("(Kèm theo Báo cáo số",
        "(Kèm theo" + " ".repeat(k + 1) + "Báo cáo số")), 10_000);
    growsLinearly("caption padded before ')'", k -> utf8(SAMPLE.replace("của UBND thị trấn Đình Cả)*",
        "của UBND thị trấn Đình Cả" + " ".repeat(k) + ")*")), 10_000);
    // was quadratic: "[).*\\s]+$" tried the run of spaces from each of them when a letter followed it
    growsLinearly("caption padded before a letter", k -> utf8(SAMPLE.replace("của UBND thị trấn Đình Cả)*",
        "của UBND thị trấn Đình Cả" + " ".repeat(k) + "x)*")), 2_000);
  }

  @Test
  void aRunOfStarsAroundACaption() {
    // was quadratic: each "*" cut from the caption copied the rest of the line (Texts.stripStars)
    growsLinearly("stars before a caption", k -> utf8(SAMPLE.replace("(Kèm theo Báo cáo số",
        "*".repeat(k) + "(Kèm theo Báo cáo số")), 2_000);
  }

  @Test
  void aRecipientLineWithThousandsOfSemicolons() {
    growsLinearly("recipients", k -> utf8(SAMPLE.replace("- UBND huyện;", "- UBND huyện" + "; Phòng Nội vụ".repeat(k) + ";")),
        1_000);
    // was quadratic: "[;.,]+$" tried the run from each ";" when a letter followed it
    growsLinearly("recipient ;;; x", k -> utf8(SAMPLE.replace("- UBND huyện;", "- UBND huyện" + ";".repeat(k) + " x")), 2_000);
  }

  @Test
  void aRecipientContinuedOverThousandsOfLines() {
    // was quadratic: the recipient was copied with each line that went on with it
    growsLinearly("recipient continued", k -> utf8(SAMPLE.replace("- UBND huyện;", "- UBND huyện" + "\nvà các phòng".repeat(k)
        + ";")), 2_000);
  }

  @Test
  void aReferenceSubjectWithThousandsOfCommas() {
    growsLinearly("subject", k -> utf8(before(SAMPLE, "Nơi nhận:",
        "Kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách" + ", hành chính".repeat(k) + ".\n\n")), 1_000);
    growsLinearly("subject ,,, x", k -> utf8(before(SAMPLE, "Nơi nhận:",
        "Kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách" + ",".repeat(k) + " x\n\n")), 2_000);
  }

  @Test
  void thousandsOfCombiningMarks() {
    growsLinearly("combining marks", k -> utf8(before(SAMPLE, "Nơi nhận:", "Tiếp a" + "\u0301".repeat(k) + " tục.\n\n")),
        5_000);
  }

  @Test
  void aHeaderLineWith300000Tabs() {
    growsLinearly("header tabs", k -> utf8(HEADED.replaceFirst("\t", "\t".repeat(k + 1))), 30_000);
  }

  @Test
  void malformedUtf8OnManyLines() {
    growsLinearly("malformed UTF-8", k -> {
      byte[] b = utf8(before(SAMPLE, "Nơi nhận:", "Dòng có byte hỏng # ở đây, và # ở đây.\n".repeat(k)));
      for (int i = 0; i < b.length; i++) {
        if (b[i] == '#') {
          b[i] = (byte) 0xFF;
        }
      }
      return b;
    }, 500);
  }

  /**
   * Locating every bad byte in one pass gives the place the reader's own lines show: each problem's line
   * and column (NFC code points) holds the U+FFFD that replaced it, and every U+FFFD is a problem — on
   * random text with decomposed letters, CR, LF and CRLF, and several bad bytes on one line.
   */
  @Test
  void everyMalformedByteIsLocatedWhereItsReplacementStands() {
    String[] pieces = {"a", "Đình Cả", "e\u0302\u0301", "\u0301", "\t", " ", "\n", "\r\n", "\r", "\uD83D\uDE00", "#", "##"};
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
      for (int i = random.nextInt(1, 60); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] b = utf8(text.toString());
      for (int i = 0; i < b.length; i++) {
        if (b[i] == '#') {
          b[i] = (byte) (random.nextBoolean() ? 0xFF : 0xC3);
        }
      }
      ReportParser parser = Fixture.READER.parser(b);
      List<SourceLocation> replaced = new ArrayList<>();
      List<String> lines = parser.lines();
      for (int l = 0; l < lines.size(); l++) {
        String line = lines.get(l);
        int column = 1;
        for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i)), column++) {
          if (line.codePointAt(i) == 0xFFFD) {
            replaced.add(SourceLocation.of(l + 1, column));
          }
        }
      }
      List<SourceLocation> located = parser.parse().problems().stream()
          .filter(p -> p.kind() == ProblemKind.MALFORMED_ENCODING).map(ReadProblem::location).toList();
      assertThat(located).as(text.toString()).containsExactlyElementsOf(replaced);
    });
  }

  @Test
  void theCountingViewSeesAQuadraticScan() {
    // the measure itself: a scan from the start of the text for each of n places reads n²/2 characters
    long small = Work.count(() -> scanFromStart(1_000));
    long large = Work.count(() -> scanFromStart(10_000));
    assertThat((double) large / small).isGreaterThan(50.0);
  }

  private static void scanFromStart(int n) {
    CharSequence t = Work.view("x".repeat(n));
    for (int place = 0; place < n; place++) {
      for (int i = 0; i < place; i++) {
        t.charAt(i);
      }
    }
  }
}
