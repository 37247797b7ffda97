package vn.cchc.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.AggregateValue;
import vn.cchc.rules.rollup.Coverage;

/**
 * {@code cchc aggregate FILE... [--to text|json] [--lenient] [-v]}: rolls many reports up into one. Exit codes:
 * 0 every report read completely, 4 some read partly (--lenient), 2 nothing done, 70 a bug ({@link ExitCodes}).
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Rolls reports up (communes → district → province): counts and money summed, ratios recomputed "
        + "from summed numerators and denominators, coded answers as distributions, with coverage.",
        "Files are read on every core (--threads), results in the order of the files. Progress goes to standard "
            + "error on batches of 100 files or more (or with --progress), and so do read problems, one a line: "
            + "FILE:line:column: error|warning|info: message: «text». With --lenient, a partly read report is rolled "
            + "up with what was read (its dropped rows count as absent) and the exit code is 4. A file that cannot "
            + "be read is listed and the others are still read, so that one run lists every such file; then nothing "
            + "is rolled up and the exit code is 2.",
        "With --units, reports are placed in the administrative units, checked, grouped (--by) with one row per unit "
            + "and rendered --to text, json, csv, html (a dashboard with charts) or xlsx (needs -o); reports left out "
            + "or counted once are listed on standard error and the exit code is 1."})
final class AggregateCommand implements Callable<Integer> {
  /** Output formats of {@code aggregate}. */
  enum Format { text, json, csv, html, xlsx }

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the reports: report text, DOCX, XLSX, PDF, or cchc JSON (*.json)")
  private List<Path> files;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "text",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv, html and xlsx need --units")
  private Format to;

  @Mixin
  private ReadOptions reading;

  @Mixin
  private CatalogueOption catalogue;

  @Mixin
  private UnitAggregateOptions byUnit = new UnitAggregateOptions();

  @Mixin
  private BatchOptions batch;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
      description = "language of what the command writes — the table, the roll-up problems, read problems and progress "
          + "on standard error, the dashboard's and the workbook's texts — a BCP 47 tag: vi, en, or any language you add "
          + "a bundle for (default: ${DEFAULT-VALUE}); CSV column names and JSON keys are the same in every language")
  private String lang;

  /** The aggregated figure written for the language: a ratio to two decimals with "%", a sum, or a code distribution. */
  private static String figure(AggregateValue v, Locale locale) {
    if (v.ratio().isPresent()) {
      return RenderTexts.number(v.ratio().get().setScale(2, RoundingMode.HALF_UP), locale) + " %";
    }
    if (v.sum().isPresent()) {
      return RenderTexts.number(v.sum().get(), locale);
    }
    StringBuilder codes = new StringBuilder();
    v.distribution().forEach((code, count) -> codes.append(codes.length() == 0 ? "" : ", ").append(count)
        .append("×[").append(code).append(']'));
    return codes.toString();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Texts.checked(spec, lang);
    Catalogue catalogue = this.catalogue.load();
    if (byUnit.requested()) {
      return UnitAggregation.run(files, catalogue, reading, byUnit, to.name(), locale, out, err);
    }
    if (to != Format.text && to != Format.json) {
      throw new InputException(l -> Texts.text(l, "aggregate.needs-units", to.name()), null);
    }
    FileBatch.Done done = FileBatch.run(spec, "aggregate", files, catalogue, reading, batch, false, true, locale,
        r -> ReadProblems.print(r.read().orElseThrow(), reading.verbose, err, locale));
    if (done.failed()) {
      return ExitCodes.FAILED; // every file that failed is listed on standard error; nothing is rolled up
    }
    Aggregate aggregate = done.summary().aggregate().orElseThrow();
    boolean[] partial = {done.partial()};
    if (to == Format.json) {
      Json.print(aggregate, out);
    } else {
      // the count as text, as it has always been written ("1234", never grouped)
      out.println(Texts.text(locale, "aggregate.heading", Long.toString(aggregate.reports()), aggregate.catalogueId()));
      out.println(String.format(Locale.ROOT, "  %-18s %-16s %s", Texts.text(locale, "aggregate.column.indicator"),
          Texts.text(locale, "aggregate.column.figure"), Texts.text(locale, "aggregate.column.coverage")));
      for (AggregateValue v : aggregate.values().values()) {
        Coverage c = v.coverage();
        out.println(String.format(Locale.ROOT, "  %-18s %-16s %d / %d / %d / %d", v.indicatorId(), figure(v, locale),
            c.reported(), c.notApplicable(), c.notReported(), c.absent()));
      }
    }
    out.flush();
    return ExitCodes.of(partial[0], false);
  }
}
