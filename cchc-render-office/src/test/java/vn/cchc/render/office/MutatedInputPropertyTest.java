package vn.cchc.render.office;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.FormatInfo;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;

/**
 * The checker and every renderer never throw on a report the reader built from a mutated text: the bundled
 * sample with lines duplicated, deleted and replaced, long numbers, negative and many-decimal numbers,
 * thousands of fractions and "trong đó" clauses, and control characters put in. Each example is a seed and a
 * number of mutations; a failure names the seed, so it can be replayed.
 */
class MutatedInputPropertyTest {
  static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  static final Catalogue CATALOGUE = Catalogues.bundled();
  static final ReportTextReader READER = ReportTextReader.of(CATALOGUE);
  static final String[] CONTROLS = {"\u001B]0;pwned\u0007", "\u001B[2J", "\u0000", "\u0085", "\u009B31m", "\r", "\u000B",
      "\u007F", "\t\t\t"};

  static String mutate(String text, long seed, int mutations) {
    Random r = new Random(seed);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int m = 0; m < mutations; m++) {
      int i = r.nextInt(lines.size());
      String line = lines.get(i);
      int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
      switch (r.nextInt(8)) {
        case 0 -> lines.add(i, line);
        case 1 -> {
          if (lines.size() > 1) {
            lines.remove(i);
          }
        }
        case 2 -> lines.set(i, lines.get(r.nextInt(lines.size())));
        case 3 -> lines.set(i, line.substring(0, at) + longNumber(r) + line.substring(at));
        case 4 -> lines.set(i, line.substring(0, at) + CONTROLS[r.nextInt(CONTROLS.length)] + line.substring(at));
        case 5 -> lines.set(i, line.substring(0, at) + (longNumber(r) + "/" + (1 + r.nextInt(999)) + " hồ sơ đạt "
            + longNumber(r) + "%, ").repeat(1 + r.nextInt(200)) + line.substring(at));
        case 6 -> lines.set(i, line.substring(0, at) + ("Tổng số " + longNumber(r) + " người, trong đó: cán bộ là "
            + longNumber(r) + " người, ").repeat(1 + r.nextInt(200)) + line.substring(at));
        default -> lines.set(i, line.replaceFirst("\\d+", r.nextBoolean() ? "-0,0000000000000000000001" : "-" + longNumber(r)));
      }
    }
    return String.join("\n", lines);
  }

  static String longNumber(Random r) {
    int digits = r.nextInt(4) == 0 ? 60 + r.nextInt(80) : 1 + r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < digits; k++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    if (r.nextInt(3) == 0) {
      sb.append(',').append("9".repeat(1 + r.nextInt(40)));
    }
    return sb.toString();
  }

  static void checkAndRenderEverything(String text) throws IOException {
    ReadResult read = READER.readTextLenient(text);
    if (read.report().isEmpty()) {
      return;
    }
    Report report = read.report().get();
    CheckResult result = Checker.check(report, CATALOGUE);
    RenderInput in = RenderInput.builder().report(report).catalogue(CATALOGUE).findings(result.findings())
        .derivedValues(new ArrayList<>(result.derived().values())).build();
    for (FormatInfo f : Renderers.formats()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Renderers.find(f.format()).render(in, RenderOptions.defaults(), out);
      if (f.descriptor().binary()) {
        OfficePackagingTest.streamEveryEntry(out.toByteArray());
      }
    }
  }

  @Test
  void checkerAndEveryRendererTakeWhatTheReaderBuildsFromMutatedText() throws IOException {
    String sample = Files.readString(SAMPLE);
    qt().withExamples(25).withShrinkCycles(10)
        .forAll(longs().all(), integers().between(1, 8))
        .checkAssert((seed, mutations) -> {
          try {
            checkAndRenderEverything(mutate(sample, seed, mutations));
          } catch (Exception | AssertionError e) {
            throw new AssertionError("seed " + seed + ", " + mutations + " mutations: " + e, e);
          }
        });
  }
}
