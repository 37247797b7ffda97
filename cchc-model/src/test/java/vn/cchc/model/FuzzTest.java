package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.json.CchcJsonException;
import vn.cchc.model.json.JsonReadLimits;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;

/**
 * The fuzz suite (issue 11): the bundled report as text and as JSON, and the bundled catalogue's JSON, damaged at
 * random by a seeded generator — bytes flipped, lines duplicated, deleted and swapped, long numbers, control
 * characters, huge repetitions — and read. Nothing may escape but the documented exceptions: lenient text reading
 * throws nothing, strict reading only {@link ReportReadException}; JSON reading only {@link CchcJsonException},
 * with a line:column, the same acceptance from both Jackson lines. Every text problem is located inside the text.
 *
 * <p>{@code -Dcchc.fuzz.iterations=N} inputs of each kind (default 150, a few seconds); the longer run is in
 * docs/testing.md. {@code -Dcchc.fuzz.seed=S} replays one run.
 */
class FuzzTest {
  private static final int ITERATIONS = Integer.getInteger("cchc.fuzz.iterations", 150);
  private static final long SEED = Long.getLong("cchc.fuzz.seed", 20261202L);
  private static final ReportTextReader READER = ReportTextReader.of(Catalogues.bundled());
  private static final CchcJson J2 = CchcJson.jackson2(JsonReadLimits.defaults());
  private static final CchcJson J3 = CchcJson.jackson3(JsonReadLimits.defaults());
  private static final String[] CONTROLS = {"\u0000", "\u0007", "\u001B]0;x\u0007", "\u001B[2J", "\u007F", "\u0085",
      "\u009B", "\r", "\t", "\uFEFF", "\u202E"};

  private static byte[] sampleText() throws Exception {
    return Files.readAllBytes(Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
  }

  /** Damages the input with one to three mutations drawn from the generator. */
  static byte[] mutate(byte[] input, SplittableRandom r) {
    byte[] b = input;
    for (int m = r.nextInt(1, 4); m > 0; m--) {
      b = switch (r.nextInt(6)) {
        case 0 -> flipBytes(b, r);
        case 1 -> lines(b, r, (ls, i) -> ls.add(i, ls.get(i)));
        case 2 -> lines(b, r, (ls, i) -> ls.remove(i));
        case 3 -> insert(b, r, longNumber(r));
        case 4 -> insert(b, r, CONTROLS[r.nextInt(CONTROLS.length)]);
        default -> repeat(b, r);
      };
    }
    return b;
  }

  private static byte[] flipBytes(byte[] b, SplittableRandom r) {
    byte[] out = b.clone();
    for (int k = r.nextInt(1, 6); k > 0 && out.length > 0; k--) {
      out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
    }
    return out;
  }

  private interface LineEdit {
    void apply(List<String> lines, int index);
  }

  private static byte[] lines(byte[] b, SplittableRandom r, LineEdit edit) {
    List<String> ls = new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    if (ls.size() > 1) {
      edit.apply(ls, r.nextInt(ls.size()));
    }
    if (r.nextInt(4) == 0 && ls.size() > 2) { // and swap two
      int i = r.nextInt(ls.size());
      int j = r.nextInt(ls.size());
      String t = ls.get(i);
      ls.set(i, ls.get(j));
      ls.set(j, t);
    }
    return String.join("\n", ls).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String longNumber(SplittableRandom r) {
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? "-" : "");
    for (int i = r.nextInt(20, 400); i > 0; i--) {
      sb.append((char) ('0' + r.nextInt(10)));
      if (r.nextInt(30) == 0) {
        sb.append(r.nextBoolean() ? ',' : '.');
      }
    }
    return sb.toString();
  }

  private static byte[] insert(byte[] b, SplittableRandom r, String what) {
    int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
    byte[] w = what.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + w.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(w, 0, out, at, w.length);
    System.arraycopy(b, at, out, at + w.length, b.length - at);
    return out;
  }

  /** A piece of the input (up to 200 bytes) repeated 100 to 3,000 times in its place. */
  private static byte[] repeat(byte[] b, SplittableRandom r) {
    if (b.length == 0) {
      return b;
    }
    int from = r.nextInt(b.length);
    int to = Math.min(b.length, from + r.nextInt(1, 200));
    int times = r.nextInt(100, 3_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, to);
    for (int k = 1; k < times; k++) {
      out.write(b, from, to - from);
    }
    out.write(b, to, b.length - to);
    return out.toByteArray();
  }

  private static void fuzz(String what, byte[] input, java.util.function.Consumer<byte[]> check) {
    SplittableRandom seeds = new SplittableRandom(SEED ^ what.hashCode());
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = seeds.nextLong();
      byte[] damaged = mutate(input, new SplittableRandom(seed));
      try {
        check.accept(damaged);
      } catch (AssertionError | RuntimeException e) {
        fail(what + " input " + i + " (mutation seed " + seed + "): " + e, e);
      }
    }
    System.out.println("FuzzTest " + what + ": " + ITERATIONS + " damaged inputs, seed " + SEED);
  }

  @Test
  void damagedTextIsReadWithLocatedProblemsAndOnlyTheDocumentedException() throws Exception {
    fuzz("text", sampleText(), b -> {
      ReadResult lenient = READER.readLenient(b);
      long lines = new String(b, StandardCharsets.UTF_8).lines().count();
      for (ReadProblem p : lenient.problems()) {
        assertThat(p.location().line()).as("%s", p).isBetween(1, (int) lines + 1);
        assertThat(p.location().column()).as("%s", p).isPositive();
        assertThat(p.message()).isNotBlank();
      }
      try {
        READER.read(b);
      } catch (ReportReadException e) {
        assertThat(e.problem().location().line()).isPositive();
      }
    });
  }

  private static void bothLinesAgree(byte[] b, Function<CchcJson, Object> read) {
    String[] outcome = new String[2];
    CchcJson[] lines = {J2, J3};
    for (int k = 0; k < 2; k++) {
      try {
        read.apply(lines[k]);
        outcome[k] = "accepted";
      } catch (CchcJsonException e) {
        assertThat(e.location()).as("%s: %s", lines[k].name(), e.getMessage()).isPresent();
        outcome[k] = "refused";
      }
    }
    assertThat(outcome[1]).as("jackson3 against jackson2").isEqualTo(outcome[0]);
  }

  @Test
  void damagedReportJsonIsAcceptedOrRefusedAtALineAndColumnAlikeByBothJacksonLines() throws Exception {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    J3.writeReport(READER.readLenient(sampleText()).report().orElseThrow(), json);
    fuzz("report JSON", json.toByteArray(), b -> bothLinesAgree(b, j -> j.readReport(new ByteArrayInputStream(b))));
  }

  @Test
  void damagedCatalogueJsonIsAcceptedOrRefusedAtALineAndColumnAlikeByBothJacksonLines() {
    fuzz("catalogue JSON", Catalogues.bundledJson(),
        b -> bothLinesAgree(b, j -> j.readCatalogue(new ByteArrayInputStream(b))));
  }
}
