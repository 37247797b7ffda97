package vn.cchc.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --appendix FILE} option of the commands that read one report (a picocli mixin). */
final class AppendixOption {
  @Option(names = "--appendix", paramLabel = "FILE", description = {
      "the report's appendix, sent as a file of its own (usually an Excel workbook; any format FILE may be): read "
          + "after FILE as one report; the number, date and issuer both state must agree"})
  private Path file;

  /** {@return the appendix file, when given} */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
