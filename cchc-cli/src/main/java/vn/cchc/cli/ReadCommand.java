package vn.cchc.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.json.CchcJson;

/**
 * {@code cchc read FILE [--appendix FILE] [--sheet NAME] [--to text|json] [--lang TAG] [--lenient] [-v]}: reads a report and
 * prints it, the summary's labels in {@code --lang} (default vi, as every command's); read problems go to standard error as "FILE:line:column: severity: message: «text»". Exit codes: 0 read completely, 4 read
 * partly (--lenient: a read problem at error), 2 nothing done, 70 a bug ({@link ExitCodes}).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = {"Reads a report and prints it.",
        "FILE is a report as officials send it, found from its content: text (narrative, 'Nơi nhận', signature, "
            + "'PHỤ LỤC' table as tab-separated text), a Word document (DOCX), an Excel workbook (XLSX) or a PDF "
            + "with a text layer; or cchc JSON when its name ends in .json. An appendix sent as a file of its "
            + "own is given with --appendix.",
        "Read problems go to standard error, one a line: FILE:line:column: error|warning|info: message: «text»; "
            + "in a DOCX, XLSX or PDF the place is the file's own: FILE: table 3, row 5, cell 2 | Sheet1!D17 | "
            + "page 2, line 14."})
final class ReadCommand implements Callable<Integer> {

  /** Output formats of {@code read}. */
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the report to read: report text, a Word document (DOCX), an Excel workbook (XLSX), a PDF with text, or cchc JSON (*.json); the format is found from the content")
  private Path file;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "text",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format to;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
      description = "language of the summary's labels (the report's own text is as written; JSON is the same in "
          + "every language), of the read problems on standard error and of a message that stops the command, a "
          + "BCP 47 tag: vi, en, or any language you add a bundle for (default: ${DEFAULT-VALUE})")
  private String lang;

  @Mixin
  private ReadOptions reading;

  @Mixin
  private AppendixOption appendix;

  @Mixin
  private CatalogueOption catalogue;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = Texts.checked(spec, lang);
    Catalogue catalogue = this.catalogue.load();
    LoadedReport read = ReportInput.read(file, appendix.file(), catalogue, reading);
    ReadProblems.print(read, reading.verbose, spec.commandLine().getErr(), locale);
    if (to == Format.json) {
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      CchcJson.detect().writeReport(read.report(), json);
      out.println(json.toString(StandardCharsets.UTF_8));
    } else {
      ReportSummary.print(read.report(), locale, out);
    }
    out.flush();
    return ExitCodes.of(read.partial(), false);
  }
}
