package vn.cchc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.json.CchcJsonException;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.read.office.FileFormatException;
import vn.cchc.read.office.FileReadResult;
import vn.cchc.read.office.ReportFileReader;

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
   * Reads a report: cchc JSON when the file name ends in ".json"; a Word document (DOCX) when the file is a
   * zip archive, whatever its name (another office file is refused with a message that names it);
   * otherwise report text. A DOCX's problems are placed in its own terms ("table 3, row 5, cell 2").
   *
   * <p>Text is always read leniently, so that problems at info are kept for {@code --verbose}. Strictly
   * (without {@code --lenient}), the first problem at warning or error fails, as
   * {@link ReportTextReader#readStrict(Path)} does. Leniently, only a report that cannot be built fails, with
   * every problem in the message (those at info with {@code --verbose}); the caller shows the problems of a
   * report that was built.
   *
   * @throws InputException when the file cannot be read, or strictly read, or no report can be built
   */
  static LoadedReport read(Path file, Catalogue catalogue, ReadOptions options) {
    try {
      if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        Report report;
        try (InputStream in = Files.newInputStream(file)) {
          report = CchcJson.detect().readReport(in);
        }
        if (!report.catalogueId().equals(catalogue.id())) {
          // the rules and roll-ups refuse it (IllegalArgumentException); it is the input, not a bug in cchc
          throw new InputException(file + ": the report is matched to catalogue " + report.catalogueId() + ", not "
              + catalogue.id() + " (give that catalogue with --catalogue)", null);
        }
        return new LoadedReport(file, report, List.of());
      }
      ReadResult result;
      Function<ReadProblem, Optional<String>> origin = p -> Optional.empty();
      if (isZip(file)) {
        FileReadResult docx = ReportFileReader.of(catalogue).readLenient(file);
        result = docx.readResult();
        origin = docx::origin;
      } else {
        result = ReportTextReader.of(catalogue).readLenient(file);
      }
      if (!options.lenient) {
        List<ReadProblem> stopping = result.problems(ProblemSeverity.WARNING);
        if (!stopping.isEmpty()) {
          throw new InputException(ReadProblems.line(file, stopping.get(0), origin.apply(stopping.get(0)), false)
              + System.lineSeparator() + file
              + ": not read: without --lenient the first read problem at warning or error stops reading "
              + "(--lenient reads what it can and lists every problem)", null);
        }
      }
      if (result.report().isEmpty()) {
        List<String> lines = new ArrayList<>(ReadProblems.lines(file, result.problems(), origin, options.verbose, false));
        lines.add(file + ": no report could be built (" + ReadProblems.counts(result.problems(), false) + ")");
        throw new InputException(String.join(System.lineSeparator(), lines), null);
      }
      return new LoadedReport(file, result.report().get(), result.problems(), origin);
    } catch (FileFormatException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    } catch (CchcJsonException e) {
      throw new InputException(file + e.location().map(l -> ":" + l).orElse("") + ": " + withoutPlace(e), e);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Whether a file starts as a zip archive does ("PK\\3\\4"): a DOCX (or another office file, which the DOCX reader names). */
  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  /** The message without its trailing " (at line:column)", which the caller puts in front as FILE:line:column. */
  private static String withoutPlace(CchcJsonException e) {
    String m = e.getMessage();
    String suffix = e.location().map(l -> " (at " + l + ")").orElse("");
    return !suffix.isEmpty() && m.endsWith(suffix) ? m.substring(0, m.length() - suffix.length()) : m;
  }
}
