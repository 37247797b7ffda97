package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.ValueState;

/**
 * The corpus of real-world report layouts (src/test/resources/vn/cchc/model/text/corpus): every
 * {@code NAME.txt} is read leniently and checked against {@code NAME.expect}, a UTF-8 "key: value"
 * file ({@code #} starts a comment; the first comment says what the layout exercises; "-" means
 * absent). See the corpus README for the keys.
 *
 * <p>How values are compared:
 * <ul>
 *   <li>Document numbers (the report's and the references') by their parts, sequence, year, the part
 *       before and the part after the hyphen, so "45/ BC-UBND" and "63/2010/NĐCP" as written compare
 *       equal to 45/BC-UBND and 63/2010/NĐ-CP.</li>
 *   <li>{@code issuer.unitName} ignoring case: an upper-case header says "ĐÌNH CẢ" and the corpus
 *       does not decide whether the reader takes the mixed-case form from elsewhere in the text.</li>
 *   <li>{@code reference.N}: the first reference in document order with that number.</li>
 *   <li>{@code value.ID}: "-" is not applicable, an empty value is not reported, anything else is
 *       the value as written.</li>
 *   <li>{@code problems}: each listed kind is reported at least once (at any severity), and no
 *       other kind is reported at WARNING or ERROR.</li>
 *   <li>{@code report: -}: the text holds no report a person could read (a news article, a
 *       report whose period the model has no kind for): the reader must build none, and only
 *       {@code problems} and {@code complete} are checked.</li>
 *   <li>{@code sameAsSample: true}: appendix entries (id, state, value as written, note), every
 *       section (marker, title, the text of its blocks) and every reference (number, type word,
 *       date, subject) equal those of the strict read of docs/samples; source locations and
 *       source lines are not compared.</li>
 * </ul>
 *
 * <p>Many cases fail until the reader reads every layout: the corpus is its acceptance test. Never
 * weaken an expectation to make a case pass.
 */
class CorpusTest {
  static final String CORPUS = "corpus";
  private static Report sample;

  @BeforeAll
  static void readSample() throws IOException {
    sample = Fixture.READER.read(Fixture.PATH);
  }

  static Path corpusDir() {
    try {
      return Path.of(CorpusTest.class.getResource(CORPUS).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> layouts() throws IOException {
    try (Stream<Path> files = Files.list(corpusDir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theCorpusHasAtLeastFifteenLayoutsAndSevenSyntheticReports() throws IOException {
    List<String> names = layouts().collect(Collectors.toList());
    assertThat(names).as("layouts in the corpus").hasSizeGreaterThanOrEqualTo(15);
    for (String name : names) {
      assertThat(corpusDir().resolve(name + ".expect")).as("%s.txt needs %s.expect beside it", name, name).exists();
    }
    try (Stream<Path> files = Files.list(corpusDir())) {
      List<String> orphans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expect"))
          .map(n -> n.substring(0, n.length() - 7)).filter(n -> !names.contains(n)).collect(Collectors.toList());
      assertThat(orphans).as(".expect files without their .txt").isEmpty();
    }
    long synthetic = names.stream().filter(n -> "false".equals(expect(n).get("sameAsSample"))).count();
    long samples = names.stream().filter(n -> "true".equals(expect(n).get("sameAsSample"))).count();
    assertThat(synthetic).as("synthetic reports (sameAsSample: false)").isGreaterThanOrEqualTo(7);
    assertThat(samples).as("layouts of the sample (sameAsSample: true)").isGreaterThanOrEqualTo(8);
  }

  @Test
  void corpusTextsAreNfcUtf8() throws IOException {
    for (String name : layouts().collect(Collectors.toList())) {
      String text = new String(Files.readAllBytes(corpusDir().resolve(name + ".txt")), StandardCharsets.UTF_8);
      assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s.txt is NFC", name).isTrue();
      assertThat(text).as("%s.txt decodes as UTF-8", name).doesNotContain("\uFFFD");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void readsAsExpected(String name) throws IOException {
    Map<String, String> expect = expect(name);
    ReadResult result = Fixture.READER.readLenient(corpusDir().resolve(name + ".txt"));
    SoftAssertions soft = new SoftAssertions();
    String problems = result.problems().stream().map(p -> p.severity() + " " + p.kind() + " " + p)
        .collect(Collectors.joining("\n  ", "\n  ", ""));
    String report = expect.getOrDefault("report", "");
    if (!report.isEmpty() && !report.equals("-")) {
      throw new IllegalArgumentException(name + ".expect: \"report\" is only ever \"-\" (no report), was " + report);
    }
    if (report.equals("-")) {
      soft.assertThat(result.report()).as("%s: a person reads no report in this text, so the reader must build none; problems:%s",
          name, problems).isEmpty();
    } else if (result.report().isEmpty()) {
      soft.fail("%s: no report was read; problems:%s", name, problems);
    }
    for (Map.Entry<String, String> e : expect.entrySet()) {
      String key = e.getKey();
      String want = e.getValue();
      String what = name + ".txt, key " + key;
      if (key.equals("problems")) {
        checkProblems(soft, what, want, result, problems);
        continue;
      }
      if (key.equals("report")) {
        continue;
      }
      if (key.equals("complete")) {
        soft.assertThat(result.isComplete()).as("%s; problems:%s", what, problems).isEqualTo(Boolean.parseBoolean(want));
        continue;
      }
      if (result.report().isEmpty()) {
        continue;
      }
      Report r = result.report().get();
      IssuingUnit issuer = r.issuer();
      switch (key) {
        case "sameAsSample" -> {
          if (Boolean.parseBoolean(want)) {
            compareWithSample(soft, name, r);
          }
        }
        case "number" -> checkNumber(soft, what, want, r.number());
        case "issueDate" -> soft.assertThat(r.issueDate()).as(what).isEqualTo(absentOr(want).map(LocalDate::parse));
        case "draft" -> soft.assertThat(r.draft()).as(what).isEqualTo(Boolean.parseBoolean(want));
        case "issuer.asWritten" -> soft.assertThat(issuer.asWritten()).as(what).isEqualTo(want);
        case "issuer.unitType" -> soft.assertThat(issuer.unitType().name()).as(what).isEqualTo(want);
        case "issuer.unitName" -> soft.assertThat(fold(issuer.unitName())).as("%s (ignoring case; read \"%s\")", what,
            issuer.unitName()).isEqualTo(fold(want));
        case "issuer.level" -> soft.assertThat(issuer.level().name()).as(what).isEqualTo(want);
        case "issuer.agency" -> soft.assertThat(issuer.agency()).as(what).isEqualTo(absentOr(want));
        case "issuer.superior" -> soft.assertThat(issuer.superior()).as(what).isEqualTo(absentOr(want));
        case "place" -> soft.assertThat(r.place()).as(what).isEqualTo(absentOr(want));
        case "title" -> soft.assertThat(r.title()).as(what).isEqualTo(want);
        case "period" -> soft.assertThat(describe(r.period())).as(what).isEqualTo(want);
        case "appendix.rows" -> soft.assertThat(r.appendix().size()).as("%s; problems:%s", what, problems)
            .isEqualTo(Integer.parseInt(want));
        case "references" -> soft.assertThat(r.references().size()).as("%s; read: %s", what,
            r.references().stream().map(ref -> ref.number().asWritten()).collect(Collectors.toList()))
            .isEqualTo(Integer.parseInt(want));
        default -> {
          if (key.startsWith("value.")) {
            checkValue(soft, what, want, r.entry(key.substring("value.".length())));
          } else if (key.startsWith("reference.")) {
            checkReference(soft, what, key.substring("reference.".length()), want, r.references());
          } else {
            soft.fail("%s: unknown key", what);
          }
        }
      }
    }
    soft.assertAll();
  }

  // ------------------------------------------------------------------ keys

  private static void checkProblems(SoftAssertions soft, String what, String want, ReadResult result, String problems) {
    Set<ProblemKind> listed = EnumSet.noneOf(ProblemKind.class);
    if (!want.equals("-")) {
      for (String k : want.trim().split("\\s+")) {
        listed.add(ProblemKind.valueOf(k));
      }
    }
    Set<ProblemKind> reported = result.problems().stream().map(ReadProblem::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemKind.class)));
    for (ProblemKind k : listed) {
      soft.assertThat(reported).as("%s: %s must be reported at least once; problems:%s", what, k, problems).contains(k);
    }
    List<String> unexpected = result.problems(ProblemSeverity.WARNING).stream().filter(p -> !listed.contains(p.kind()))
        .map(p -> p.severity() + " " + p.kind() + " " + p).collect(Collectors.toList());
    soft.assertThat(unexpected).as("%s: no other kind at WARNING or ERROR (expected only %s)", what, listed).isEmpty();
  }

  private static void checkNumber(SoftAssertions soft, String what, String want, Optional<DocumentNumber> actual) {
    if (want.equals("-")) {
      soft.assertThat(actual.map(DocumentNumber::asWritten)).as(what).isEmpty();
      return;
    }
    soft.assertThat(actual.map(CorpusTest::parts)).as("%s (compared by parts; read %s)", what,
        actual.map(DocumentNumber::asWritten)).contains(parts(parse(want)));
  }

  private static void checkValue(SoftAssertions soft, String what, String want, Optional<AppendixEntry> entry) {
    if (entry.isEmpty()) {
      soft.fail("%s: the report has no row for this indicator", what);
      return;
    }
    IndicatorValue v = entry.get().value();
    if (want.equals("-")) {
      soft.assertThat(v.state()).as("%s: \"-\" is not applicable (as written \"%s\")", what, v.asWritten())
          .isEqualTo(ValueState.NOT_APPLICABLE);
    } else if (want.isEmpty()) {
      soft.assertThat(v.state()).as("%s: a blank cell is not reported (as written \"%s\")", what, v.asWritten())
          .isEqualTo(ValueState.NOT_REPORTED);
    } else {
      soft.assertThat(v.asWritten()).as("%s: value as written (state %s)", what, v.state()).isEqualTo(want);
      soft.assertThat(v.state()).as("%s: a written value is neither blank nor \"-\"", what)
          .isNotIn(ValueState.NOT_APPLICABLE, ValueState.NOT_REPORTED);
    }
  }

  private static void checkReference(SoftAssertions soft, String what, String number, String want,
      List<DocumentReference> refs) {
    List<String> p = parts(parse(number));
    Optional<DocumentReference> ref = refs.stream().filter(r -> parts(r.number()).equals(p)).findFirst();
    if (ref.isEmpty()) {
      soft.fail("%s: no reference with this number; read: %s", what,
          refs.stream().map(r -> r.number().asWritten()).collect(Collectors.toList()));
      return;
    }
    String[] dateIssuer = want.split("\\s*\\|\\s*", -1);
    if (dateIssuer.length != 2) {
      soft.fail("%s: the value must be \"date | issuer\", was \"%s\"", what, want);
      return;
    }
    soft.assertThat(ref.get().date()).as("%s: date", what).isEqualTo(absentOr(dateIssuer[0].trim()).map(LocalDate::parse));
    soft.assertThat(ref.get().issuer()).as("%s: issuer named with it", what).isEqualTo(absentOr(dateIssuer[1].trim()));
  }

  // ------------------------------------------------------------------ sameAsSample

  private static void compareWithSample(SoftAssertions soft, String name, Report r) {
    soft.assertThat(appendix(r)).as("%s.txt, sameAsSample: appendix entries (id, state, value as written, note)", name)
        .containsExactlyElementsOf(appendix(sample));
    soft.assertThat(sections(r)).as("%s.txt, sameAsSample: sections (marker, title, block texts)", name)
        .containsExactlyElementsOf(sections(sample));
    soft.assertThat(references(r)).as("%s.txt, sameAsSample: references (number, type word, date, subject)", name)
        .containsExactlyElementsOf(references(sample));
  }

  private static List<String> appendix(Report r) {
    return r.appendix().stream().map(e -> e.indicatorId() + " | " + e.value().state() + " | " + e.value().asWritten()
        + " | " + e.note().orElse("")).collect(Collectors.toList());
  }

  private static List<String> sections(Report r) {
    List<String> out = new ArrayList<>();
    for (NarrativeSection s : r.allSections()) {
      out.add(s.marker() + " " + s.title());
      for (NarrativeBlock b : s.blocks()) {
        out.add("    " + b.marker().map(m -> m + " ").orElse("") + b.text());
      }
    }
    return out;
  }

  private static List<String> references(Report r) {
    return r.references().stream().map(ref -> ref.number().asWritten() + " | " + ref.typeWord().orElse("") + " | "
        + ref.date().map(LocalDate::toString).orElse("") + " | " + ref.subject().orElse("")).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ helpers

  static Map<String, String> expect(String name) {
    Path file = corpusDir().resolve(name + ".expect");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not \"key: value\": " + line);
      }
      String key = line.substring(0, colon).trim();
      if (out.put(key, line.substring(colon + 1).trim()) != null) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": key " + key + " twice");
      }
    }
    return out;
  }

  private static Optional<String> absentOr(String value) {
    return value.equals("-") ? Optional.empty() : Optional.of(value);
  }

  private static DocumentNumber parse(String number) {
    return DocumentNumber.parse(number)
        .orElseThrow(() -> new IllegalArgumentException("not a number and symbol in an .expect file: " + number));
  }

  private static List<String> parts(DocumentNumber n) {
    return Arrays.asList(String.valueOf(n.sequence()), n.year().isPresent() ? String.valueOf(n.year().getAsInt()) : "",
        n.firstPart(), n.secondPart());
  }

  private static String describe(ReportingPeriod p) {
    return p.kind() + " " + p.index() + " " + p.year();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
