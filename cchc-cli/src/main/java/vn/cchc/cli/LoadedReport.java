package vn.cchc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.read.office.FileOrigin;

/**
 * A report as a command read it, with the read problems the reader reported: in strict mode only
 * problems at info (anything worse stopped the command), in lenient mode every problem; none for cchc JSON.
 *
 * @param file the file read
 * @param report the report built
 * @param problems the read problems, in document order
 * @param place where a line and column of the text read came from in the file's own terms ("table 3, row 5,
 *     cell 2" in a DOCX, "Sheet1!D17" in an XLSX, "page 2, line 14" in a PDF), when the file is not text; with the
 *     file's name when a report and its appendix were read from two files ("phu-luc.xlsx, Sheet1!D17")
 */
record LoadedReport(Path file, Report report, List<ReadProblem> problems,
    Function<SourceLocation, Optional<FileOrigin>> place) {
  LoadedReport {
    problems = List.copyOf(problems);
  }

  /** A report read from text or JSON, whose problems are located by line and column alone. */
  LoadedReport(Path file, Report report, List<ReadProblem> problems) {
    this(file, report, problems, l -> Optional.empty());
  }

  /** {@return where a read problem is in the file's own terms: {@link #place()} of its location} */
  Function<ReadProblem, Optional<FileOrigin>> origin() {
    return p -> place.apply(p.location());
  }

  /** {@return true when a read problem is an error: something the text states is not in the report} */
  boolean partial() {
    return problems.stream().anyMatch(p -> p.severity() == ProblemSeverity.ERROR);
  }
}
