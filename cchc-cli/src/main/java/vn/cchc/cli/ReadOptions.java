package vn.cchc.cli;

import picocli.CommandLine.Option;

/** How a command reads reports: {@code --lenient}, {@code -v/--verbose} and {@code --sheet} (a picocli mixin, the same on every command). */
final class ReadOptions {
  @Option(names = "--lenient", description = {
      "Read what can be read: list every read problem and go on as long as a report can be built; exit code 4 "
          + "when a problem is an error (something the text states is missing from the report).",
      "Without it, the first read problem at warning or error stops the command (exit code 2)."})
  boolean lenient;

  @Option(names = {"-v", "--verbose"}, description = "also list read problems at info: sure repairs and skipped "
      + "non-report text, where nothing was lost (listed or not, they never change the exit code)")
  boolean verbose;

  @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of an Excel workbook (XLSX) that holds "
      + "the appendix, by the name on its tab (default: the sheet found to hold it)")
  String sheet;
}
