package vn.cchc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Finding;
import vn.cchc.rules.RuleSet;

/**
 * Everything the standard rules say about a fixed set of reports, compared with what they said when this file was
 * written ({@code standard-rules-golden.txt}): every finding (rule, severity, indicators, location, section,
 * expected, actual, message key and arguments, the message in Vietnamese and English, every explanation with its
 * corrections, evidence and messages) and every derived value. The reports: the real sample, the text corpus, and
 * generated reports with and without a narrative, at every level, corrupted by every standard corruption and every
 * corruption with a known cause. A change made for speed must leave this file byte for byte the same; a change of
 * behaviour rewrites it on purpose ({@code -Dcchc.golden.write=true}) and the diff shows what changed.
 */
class StandardRulesGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "vn", "cchc", "testkit", "standard-rules-golden.txt");
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static final Path CORPUS = Path.of("..", "cchc-model", "src", "test", "resources", "vn", "cchc", "model", "text", "corpus");
  private static final Locale VI = Locale.forLanguageTag("vi");

  /** The reports checked, each with a name, in a fixed order. */
  private static List<Object[]> reports() throws IOException {
    List<Object[]> out = new ArrayList<>();
    Catalogue bundled = TestCatalogues.bundled();
    ReportTextReader reader = ReportTextReader.of(bundled);
    Report sample = reader.read(SAMPLE);
    out.add(new Object[] {"sample", bundled, sample});
    // the sample with one figure changed, for every indicator of its appendix: its real narrative then backs or
    // contradicts the explanations of the ratios thrown off
    ConsistentReports sampleLevel = ReportGenerators.consistent(bundled).level(sample.issuer().level());
    for (vn.cchc.model.AppendixEntry e : sample.appendix()) {
      if (bundled.indicator(e.indicatorId()).isPresent()) {
        out.add(new Object[] {"sample changed " + e.indicatorId(), bundled, sampleLevel.changeFigure(sample, e.indicatorId())});
      }
    }
    List<Path> corpus;
    try (Stream<Path> files = Files.list(CORPUS)) {
      corpus = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    for (Path p : corpus) {
      reader.readTextLenient(Files.readString(p)).report()
          .ifPresent(r -> out.add(new Object[] {"corpus " + p.getFileName(), bundled, r}));
    }
    for (Catalogue c : TestCatalogues.all()) {
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        for (boolean narrative : new boolean[] {true, false}) {
          ConsistentReports gen = ReportGenerators.consistent(c).level(level).narrative(narrative);
          List<Corruption> corruptions = Corruptions.applicable(c, level);
          List<Corruption> explained = ExplainedCorruptions.applicable(c, level);
          for (long seed = 0; seed < 6; seed++) {
            String name = c.id() + " " + level + (narrative ? " narrative" : "") + " seed " + seed;
            Report r = gen.generate(seed);
            out.add(new Object[] {name, c, r});
            for (List<Corruption> ks : List.of(corruptions, explained)) {
              if (!ks.isEmpty()) {
                Corruption k = ks.get((int) (seed % ks.size()));
                out.add(new Object[] {name + " " + k.name(), c, k.apply(r, c, new SplittableRandom(seed)).report()});
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** {@return what the standard rules say about the reports, one line per finding and per derived value} */
  static String dump() throws IOException {
    StringBuilder sb = new StringBuilder();
    List<String> sample = List.of();
    for (Object[] x : reports()) {
      List<String> lines = lines((Catalogue) x[1], (Report) x[2]);
      sb.append("== ").append(x[0]).append('\n');
      if (x[0].equals("sample")) {
        sample = lines;
      }
      if (((String) x[0]).startsWith("sample changed ")) {
        // only what differs from the sample's own lines ("-" a line gone, "+" a line added): the file stays small
        java.util.Set<String> now = new java.util.HashSet<>(lines);
        java.util.Set<String> then = new java.util.HashSet<>(sample);
        sample.stream().filter(l -> !now.contains(l)).forEach(l -> sb.append("- ").append(l).append('\n'));
        lines.stream().filter(l -> !then.contains(l)).forEach(l -> sb.append("+ ").append(l).append('\n'));
      } else {
        lines.forEach(l -> sb.append(l).append('\n'));
      }
    }
    return sb.toString();
  }

  private static List<String> lines(Catalogue c, Report report) {
    CheckResult result = RuleSet.standard(c).check(report, c);
    List<String> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      out.add(f.toJsonMap(VI).toString());
      out.add("  en " + f.message(Locale.ENGLISH));
      f.explanations().forEach(e -> out.add("  en " + e.message(Locale.ENGLISH)));
    }
    result.derived().forEach((id, v) -> out.add("  derived " + id + " = " + v.value().map(Object::toString).orElse("undefined")
        + " = 100 × " + v.numerator().orElseThrow() + " / " + v.denominator().orElseThrow()));
    return out;
  }

  @Test
  void theStandardRulesSayWhatTheySaid() throws IOException {
    String now = dump();
    if (Boolean.getBoolean("cchc.golden.write")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, now, StandardCharsets.UTF_8);
    }
    String then = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    // compared line by line first, so that a failure names the first line that differs rather than printing megabytes
    String[] a = now.split("\n", -1);
    String[] b = then.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      assertThat(a[i]).as("line %d of %s", i + 1, GOLDEN).isEqualTo(b[i]);
    }
    assertThat(a.length).as("lines in %s", GOLDEN).isEqualTo(b.length);
  }
}
