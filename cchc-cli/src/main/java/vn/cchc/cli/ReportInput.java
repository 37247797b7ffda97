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
import vn.cchc.read.office.FileFormatException;
import vn.cchc.read.office.FileOrigin;
import vn.cchc.read.office.FileReadResult;
import vn.cchc.read.office.ReportFileReader;
import vn.cchc.read.office.SourceFormat;

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
      throw new InputException(CommandFailure.about(f + e.location().map(l -> ":" + l).orElse(""), "input.not-a-catalogue",
          withoutPlace(e)), e);
    } catch (NoSuchFileException e) {
      throw new InputException(CommandFailure.about(f, "input.no-such-file"), e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(CommandFailure.about(f, "input.cannot-read", String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Reads a report: cchc JSON when the file name ends in ".json"; otherwise, whatever its name, report text, a
   * Word document (DOCX), an Excel workbook (XLSX) or a PDF with a text layer, found by the content
   * ({@link ReportFileReader}); another format is refused with a message that names it. Problems in a DOCX,
   * XLSX or PDF are placed in its own terms ("table 3, row 5, cell 2", "Sheet1!D17", "page 2, line 14").
   *
   * <p>Files are always read leniently, so that problems at info are kept for {@code --verbose}. Strictly
   * (without {@code --lenient}), the first problem at warning or error fails, as
   * {@link ReportFileReader#read(Path)} does. Leniently, only a report that cannot be built fails, with
   * every problem in the message (those at info with {@code --verbose}); the caller shows the problems of a
   * report that was built.
   *
   * @param appendix the report's appendix as a file of its own ({@code --appendix}), read after {@code file}
   * @throws InputException when a file cannot be read, or strictly read, or no report can be built
   */
  static LoadedReport read(Path file, Optional<Path> appendix, Catalogue catalogue, ReadOptions options) {
    return read(file, appendix, catalogue, options, reader(catalogue, options));
  }

  /**
   * The reader of report files for a command: built once and shared by every file it reads (building one
   * costs milliseconds; it is immutable and thread-safe).
   */
  static ReportFileReader reader(Catalogue catalogue, ReadOptions options) {
    ReportFileReader reader = ReportFileReader.of(catalogue);
    return options.sheet != null ? reader.withSheet(options.sheet) : reader;
  }

  /**
   * Reads a report with a reader built once by {@link #reader(Catalogue, ReadOptions)}; see
   * {@link #read(Path, Optional, Catalogue, ReadOptions)}.
   */
  static LoadedReport read(Path file, Optional<Path> appendix, Catalogue catalogue, ReadOptions options,
      ReportFileReader reader) {
    Path current = file;
    try {
      if (appendix.isEmpty() && file.getFileName() != null
          && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        Report report;
        try (InputStream in = Files.newInputStream(file)) {
          report = CchcJson.detect().readReport(in);
        }
        if (!report.catalogueId().equals(catalogue.id())) {
          // the rules and roll-ups refuse it (IllegalArgumentException); it is the input, not a bug in cchc
          throw new InputException(CommandFailure.about(file, "input.other-catalogue", report.catalogueId(), catalogue.id()),
              null);
        }
        return new LoadedReport(file, report, List.of());
      }
      FileReadResult read;
      if (appendix.isPresent()) {
        current = null; // the exception names its file
        read = reader.readLenient(file, appendix.get());
      } else {
        read = reader.readLenient(file);
      }
      ReadResult result = read.readResult();
      Function<ReadProblem, Optional<FileOrigin>> origin = read::origin;
      if (!options.lenient) {
        List<ReadProblem> stopping = result.problems(ProblemSeverity.WARNING);
        if (!stopping.isEmpty()) {
          ReadProblem first = stopping.get(0);
          // the problem in the command's language, as the reader's bundle has it
          throw new InputException(locale -> ReadProblems.line(file, first, origin.apply(first), locale)
              + System.lineSeparator() + CommandFailure.about(file, "input.strict-stop").apply(locale), null);
        }
      }
      if (result.report().isEmpty()) {
        List<ReadProblem> problems = result.problems();
        boolean workbook = read.format() == SourceFormat.XLSX && appendix.isEmpty();
        throw new InputException(locale -> {
          List<String> lines = new ArrayList<>(ReadProblems.lines(file, problems, origin, options.verbose, locale));
          lines.add(CommandFailure.about(file, workbook ? "input.not-built.workbook" : "input.not-built",
              ReadProblems.counts(problems, locale)).apply(locale));
          return String.join(System.lineSeparator(), lines);
        }, null);
      }
      return new LoadedReport(file, result.report().get(), result.problems(), read::origin);
    } catch (FileFormatException e) {
      // the reader's own text, which says the format it found ("a legacy Word document (.doc)…")
      throw new InputException((current == null ? "" : current + ": ") + e.getMessage(), e);
    } catch (CchcJsonException e) {
      throw new InputException(file + e.location().map(l -> ":" + l).orElse("") + ": " + withoutPlace(e), e);
    } catch (NoSuchFileException e) {
      throw new InputException(CommandFailure.about(e.getFile(), "input.no-such-file"), e);
    } catch (IOException | UncheckedIOException e) {
      String message = String.valueOf(e.getMessage());
      Path named = current;
      throw new InputException(named == null ? locale -> Texts.text(locale, "input.cannot-read", message)
          : CommandFailure.about(named, "input.cannot-read", message), e);
    }
  }

  /** The message without its trailing " (at line:column)", which the caller puts in front as FILE:line:column. */
  private static String withoutPlace(CchcJsonException e) {
    String m = e.getMessage();
    String suffix = e.location().map(l -> " (at " + l + ")").orElse("");
    return !suffix.isEmpty() && m.endsWith(suffix) ? m.substring(0, m.length() - suffix.length()) : m;
  }
}
