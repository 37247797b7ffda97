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
      throw new InputException(f + e.location().map(l -> ":" + l).orElse("") + ": not a cchc catalogue: " + withoutPlace(e), e);
    } catch (NoSuchFileException e) {
      throw new InputException(f + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(f + ": cannot read: " + e.getMessage(), e);
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
          throw new InputException(file + ": the report is matched to catalogue " + report.catalogueId() + ", not "
              + catalogue.id() + " (give that catalogue with --catalogue)", null);
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
      boolean named = appendix.isPresent();
      ReadResult result = read.readResult();
      Function<ReadProblem, Optional<String>> origin = read::origin;
      if (!options.lenient) {
        List<ReadProblem> stopping = result.problems(ProblemSeverity.WARNING);
        if (!stopping.isEmpty()) {
          throw new InputException(ReadProblems.line(file, stopping.get(0), origin.apply(stopping.get(0)), named, false)
              + System.lineSeparator() + file
              + ": not read: without --lenient the first read problem at warning or error stops reading "
              + "(--lenient reads what it can and lists every problem)", null);
        }
      }
      if (result.report().isEmpty()) {
        List<String> lines = new ArrayList<>(ReadProblems.lines(file, result.problems(), origin, named, options.verbose,
            false));
        lines.add(file + ": no report could be built (" + ReadProblems.counts(result.problems(), false) + ")"
            + (read.format() == SourceFormat.XLSX && appendix.isEmpty()
                ? "; a workbook often holds the appendix alone: give the report with it, FILE --appendix WORKBOOK"
                : ""));
        throw new InputException(String.join(System.lineSeparator(), lines), null);
      }
      return new LoadedReport(file, result.report().get(), result.problems(), origin, named);
    } catch (FileFormatException e) {
      throw new InputException((current == null ? "" : current + ": ") + e.getMessage(), e);
    } catch (CchcJsonException e) {
      throw new InputException(file + e.location().map(l -> ":" + l).orElse("") + ": " + withoutPlace(e), e);
    } catch (NoSuchFileException e) {
      throw new InputException(e.getFile() + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException((current == null ? "" : current + ": ") + "cannot read: " + e.getMessage(), e);
    }
  }

  /** The message without its trailing " (at line:column)", which the caller puts in front as FILE:line:column. */
  private static String withoutPlace(CchcJsonException e) {
    String m = e.getMessage();
    String suffix = e.location().map(l -> " (at " + l + ")").orElse("");
    return !suffix.isEmpty() && m.endsWith(suffix) ? m.substring(0, m.length() - suffix.length()) : m;
  }
}
