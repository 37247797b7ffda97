package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.AggregateValue;
import vn.cchc.rules.rollup.RollUp;

/** {@code cchc aggregate FILE... [--to text|json]}: rolls many reports up into one. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
    description = {"Rolls reports up (communes → district → province): counts and money summed, ratios recomputed "
        + "from summed numerators and denominators, coded answers as distributions, with coverage.",
        "Progress goes to standard error on batches of 100 files or more."})
final class AggregateCommand implements Callable<Integer> {
  /** Output formats of {@code aggregate}. */
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the reports: report text, or cchc JSON (*.json)")
  private List<Path> files;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "text",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format to;

  @Option(names = "--catalogue", paramLabel = "JSON", description = "a catalogue JSON file instead of the bundled cchc-2024")
  private Path catalogueFile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Catalogue catalogue = ReportInput.catalogue(Optional.ofNullable(catalogueFile));
    int total = files.size();
    long step = total >= 100 ? Math.max(1, total / 20) : Long.MAX_VALUE;
    Aggregate aggregate = RollUp.of(catalogue).aggregate(
        files.stream().map(f -> ReportInput.read(f, catalogue, false, err)),
        done -> {
          if (done % step == 0 || (total >= 100 && done == total)) {
            err.printf(Locale.ROOT, "aggregate: %d/%d reports%n", done, total);
            err.flush();
          }
        });
    if (to == Format.json) {
      Json.print(aggregate, out);
    } else {
      out.println("Tổng hợp " + aggregate.reports() + " báo cáo (danh mục " + aggregate.catalogueId() + ")");
      for (AggregateValue v : aggregate.values().values()) {
        String figure = v.ratio().map(r -> r.stripTrailingZeros().toPlainString() + " %")
            .or(() -> v.sum().map(s -> s.toPlainString()))
            .orElse(v.distribution().isEmpty() ? "" : v.distribution().toString());
        out.println(String.format(Locale.ROOT, "  %-18s %-16s %s", v.indicatorId(), figure, v.coverage()));
      }
    }
    out.flush();
    return 0;
  }
}
