package vn.cchc.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.cchc.model.catalogue.Catalogue;

/** The {@code --catalogue JSON} option every command shares (a picocli mixin). */
final class CatalogueOption {
  @Option(names = "--catalogue", paramLabel = "JSON", description = "a catalogue JSON file instead of the bundled cchc-2024")
  private Path file;

  /** {@return the catalogue named by the option, or the bundled one} */
  Catalogue load() {
    return ReportInput.catalogue(Optional.ofNullable(file));
  }
}
