package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.json.CchcJson;

/** {@code cchc read FILE [--to text|json]}: reads a report and prints it. */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = {"Reads a report and prints it.",
        "FILE is report text as officials produce it (narrative, 'Nơi nhận', signature, 'PHỤ LỤC' table "
            + "as tab-separated text), or cchc JSON when its name ends in .json."})
final class ReadCommand implements Callable<Integer> {

  /** Output formats of {@code read}. */
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the report to read")
  private Path file;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "text",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format to;

  @Option(names = "--lenient", description = "print every problem as a warning and go on; fail only when no report can be built")
  private boolean lenient;

  @Mixin
  private CatalogueOption catalogue;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Catalogue catalogue = this.catalogue.load();
    Report report = ReportInput.read(file, catalogue, lenient, err);
    if (to == Format.json) {
      java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
      CchcJson.detect().writeReport(report, json);
      out.println(json.toString(java.nio.charset.StandardCharsets.UTF_8));
    } else {
      ReportSummary.print(report, out);
    }
    out.flush();
    return 0;
  }
}
