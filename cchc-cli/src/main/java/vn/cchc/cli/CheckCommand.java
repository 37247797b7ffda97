package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.read.office.FileOrigin;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.batch.BatchSummary;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/**
 * {@code cchc check FILE... [--previous PREV] [--format text|json] [--lang TAG] [--lenient] [-v]}: runs the standard
 * rules on each report (with the previous period's report, when given, for the explanations of findings) and lists the read problems beside the findings (text: problems first, then findings, then a
 * summary; JSON: an object with {@code readProblems} and {@code findings}). Exit codes: 0 read completely
 * and no error finding, bit 1 error findings, bit 4 read partly (--lenient), 5 both, 2 nothing done, 70 a
 * bug ({@link ExitCodes}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a report with the standard rules: ratios against their parts, parts against their whole, "
        + "ranges, units, codes, levels, narrative claims, document references and the data window.",
        "Text output lists the read problems first (FILE:line:column: severity: message: «text»; with --lenient "
            + "there may be errors and warnings, those at info only with -v), then the findings, then one summary "
            + "line counting both by severity.",
        "JSON output is an object: \"readProblems\" (location {line, column}, kind, severity, message, "
            + "offendingText; every problem, always present, empty when there is none) and \"findings\"."})
final class CheckCommand implements Callable<Integer> {
  /** Output formats of {@code check}. */
  enum Format { text, json }

  /** Message languages. */

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the report: report text, a Word document (DOCX), an Excel workbook (XLSX), a PDF with text, or cchc JSON (*.json); the format is found from the content. Several files are checked on every core, each listed in turn")
  private List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
      description = "message language, a BCP 47 tag: vi, en, or any language you add a bundle for (default: ${DEFAULT-VALUE})")
  private String lang;

  @Option(names = "--previous", paramLabel = "PREV",
      description = "the same unit's report of the previous period (any format FILE may have), read like FILE: a figure "
          + "copied from it is named as the likely cause of a finding (cause.copied-value)")
  private Path previous;

  @Mixin
  private ReadOptions reading;

  @Mixin
  private AppendixOption appendix;

  @Mixin
  private CatalogueOption catalogue;

  @Mixin
  private BatchOptions batch;

  @Override
  public Integer call() {
    if (files.size() > 1) {
      return many();
    }
    Path file = files.get(0);
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = Texts.checked(spec, lang); // first: a message that stops the command is written in it
    Catalogue catalogue = this.catalogue.load();
    LoadedReport read = ReportInput.read(file, appendix.file(), catalogue, reading);
    CheckResult result = previous == null ? CliChecks.check(file, read.report(), catalogue)
        : CliChecks.check(file, read.report(), catalogue, ReportInput.read(previous, Optional.empty(), catalogue, reading).report());
    if (format == Format.json) {
      Json.print(json(read, result, locale), out);
    } else {
      printText(read, result, catalogue, locale, reading.verbose, out);
    }
    out.flush();
    return ExitCodes.of(read.partial(), result.hasErrors());
  }

  /**
   * Several files: each checked through the batch API and printed in turn as one file alone would be (JSON: an
   * array of those objects, each with its "file"), then, in text, one line for the whole batch. The exit code
   * adds up the files' bit flags; 2 when a file could not be read or checked (it is listed on standard error,
   * and the others are still checked).
   */
  private int many() {
    Locale locale = Texts.checked(spec, lang);
    if (appendix.file().isPresent()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          Texts.text(locale, "check.one-file-only", "--appendix", Integer.toString(files.size())));
    }
    if (previous != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          Texts.text(locale, "check.one-file-only", "--previous", Integer.toString(files.size())));
    }
    PrintWriter out = spec.commandLine().getOut();
    Catalogue catalogue = this.catalogue.load();
    boolean[] first = {true};
    boolean[] errors = {false};
    if (format == Format.json) {
      out.println("[");
    }
    FileBatch.Done done = FileBatch.run(spec, "check", files, catalogue, reading, batch, true, false, locale, r -> {
      LoadedReport read = r.read().orElseThrow();
      CheckResult result = r.check().orElseThrow();
      errors[0] |= result.hasErrors();
      if (format == Format.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", r.file().toString());
        json.putAll(json(read, result, locale));
        if (!first[0]) {
          out.println(",");
        }
        Json.print(json, out);
      } else {
        out.println((first[0] ? "" : System.lineSeparator()) + "== " + r.file());
        printText(read, result, catalogue, locale, reading.verbose, out);
      }
      first[0] = false;
      out.flush();
    });
    BatchSummary s = done.summary();
    if (format == Format.json) {
      out.println("]");
    } else {
      out.println(Texts.text(locale, "check.batch-summary", Texts.count(locale, "files", s.files()), (long) s.read(),
          (long) s.failures().size(), Texts.count(locale, "errors", s.errors()), Texts.count(locale, "warnings", s.warnings()),
          Texts.count(locale, "infos", s.infos())));
    }
    out.flush();
    return done.failed() ? ExitCodes.FAILED : ExitCodes.of(done.partial(), errors[0]);
  }

  /** {@return one report's check as JSON: "readProblems", then "findings"} */
  private static Map<String, Object> json(LoadedReport read, CheckResult result, Locale locale) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("readProblems", ReadProblems.toJson(read.problems(), read.origin(), locale));
    json.put("findings", findingsJson(read, result, locale));
    return json;
  }

  /**
   * {@return the findings as JSON; a finding located in a DOCX, XLSX or PDF also has its "origin" there, after its
   * "location" (of the text read), as read problems have it}
   */
  private static List<Map<String, Object>> findingsJson(LoadedReport read, CheckResult result, Locale locale) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      Optional<FileOrigin> origin = f.location().flatMap(l -> read.place().apply(l));
      f.toJsonMap(locale).forEach((key, value) -> {
        m.put(key, value);
        if (key.equals("location")) {
          origin.ifPresent(o -> m.put("origin", ReadProblems.toJson(o, locale)));
        }
      });
      out.add(m);
    }
    return out;
  }

  private static void printText(LoadedReport read, CheckResult result, Catalogue catalogue, Locale locale, boolean verbose,
      PrintWriter out) {
    Report report = read.report();
    ReadProblems.lines(read.file(), read.problems(), read.origin(), verbose, locale).forEach(out::println);
    out.println(Texts.text(locale, "check.heading", report.numberOrDraft(), report.issuer().displayName()));
    for (Finding f : result.findings()) {
      StringBuilder where = new StringBuilder();
      if (!f.indicatorIds().isEmpty()) {
        where.append(String.join(", ", f.indicatorIds()));
      }
      // a finding on a DOCX, XLSX or PDF is placed in the file ("bảng 3, dòng 5, ô 1"), on text by its line
      f.location().ifPresent(l -> where.append(where.length() > 0 ? " " : "").append(read.place().apply(l)
          .map(o -> o.describe(locale)).orElseGet(() -> Texts.text(locale, "location.line", l.toString()))));
      // the sentence names the row by its code and catalogue label: «3.4.2 "Tỷ lệ …": …» (the line is in the column
      // before it, so it is not repeated)
      String row = RenderTexts.row(Finding.builder().from(f).location(Optional.empty()).build(),
          locale, catalogue).map(r -> r + ": ").orElse("");
      out.println(String.format(Locale.ROOT, "%-9s %-28s %-24s %s",
          Texts.text(locale, "severity." + f.severity().name().toLowerCase(Locale.ROOT)), f.ruleId(), where,
          row + f.message(locale)));
      for (vn.cchc.rules.Explanation e : f.explanations()) {
        out.println(String.format(Locale.ROOT, "%-9s %-28s %-24s %s", "", e.causeId(), "",
            Texts.text(locale, "check.likely-cause", Integer.toString(e.rank()), e.message(locale))));
      }
    }
    long errors = result.findings(Severity.ERROR).size();
    long warnings = result.findings(Severity.WARNING).size();
    long infos = result.findings(Severity.INFO).size();
    String readCounts = ReadProblems.counts(read.problems(), locale);
    out.println(Texts.text(locale, "check.summary", readCounts,
        Texts.text(locale, read.partial() ? "read.partly" : "read.completely"), Texts.count(locale, "errors", errors),
        Texts.count(locale, "warnings", warnings), Texts.count(locale, "infos", infos),
        Texts.count(locale, "ratios", result.derived().size())));
  }
}
