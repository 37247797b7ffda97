package vn.cchc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.json.CchcJsonException;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;

/** Loads reports and catalogues for the commands, turning every read failure into an {@link InputException}. */
final class ReportInput {
  private ReportInput() {}

  static Catalogue catalogue(Optional<Path> file) {
    if (file.isEmpty()) {
      return Catalogues.bundled();
    }
    Path f = file.get();
    try (InputStream in = Files.newInputStream(f)) {
      return CchcJson.detect().readCatalogue(in);
    } catch (CchcJsonException e) {
      throw new InputException(f + e.location().map(l -> ":" + l).orElse("") + ": not a cchc catalogue: " + withoutPlace(e), e);
    } catch (NoSuchFileException e) {
      throw new InputException(f + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(f + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a report: cchc JSON when the file name ends in ".json", otherwise report text.
   * In lenient mode, problems go to {@code err} as warnings and only a report that cannot be built fails.
   */
  static Report read(Path file, Catalogue catalogue, boolean lenient, PrintWriter err) {
    try {
      if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        try (InputStream in = Files.newInputStream(file)) {
          return CchcJson.detect().readReport(in);
        }
      }
      ReportTextReader reader = ReportTextReader.of(catalogue);
      if (!lenient) {
        return reader.readStrict(file);
      }
      ReadResult result = reader.readLenient(file);
      for (ReadProblem p : result.problems()) {
        err.println(file + ":" + p.location() + ": warning: " + p.message()
            + (p.offendingText().isEmpty() ? "" : ": «" + p.offendingText() + "»"));
      }
      return result.report().orElseThrow(() -> new InputException(
          file + ": no report could be built (" + result.problems().size() + " problems above)", null));
    } catch (ReportReadException e) {
      throw new InputException(file + ":" + e.getMessage(), e);
    } catch (CchcJsonException e) {
      throw new InputException(file + e.location().map(l -> ":" + l).orElse("") + ": " + withoutPlace(e), e);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The message without its trailing " (at line:column)", which the caller puts in front as FILE:line:column. */
  private static String withoutPlace(CchcJsonException e) {
    String m = e.getMessage();
    String suffix = e.location().map(l -> " (at " + l + ")").orElse("");
    return !suffix.isEmpty() && m.endsWith(suffix) ? m.substring(0, m.length() - suffix.length()) : m;
  }
}
