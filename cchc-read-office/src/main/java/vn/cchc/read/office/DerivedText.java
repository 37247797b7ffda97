package vn.cchc.read.office;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.model.text.ReadProblem;

/**
 * A file turned into the text {@code ReportTextReader} reads: its lines with their origins, and the
 * problems the file itself has (tracked changes, a chosen sheet, a line rebuilt from positions), each
 * located in that text.
 *
 * @param lines the lines, in order
 * @param problems the file's own problems, located in {@link #text()}
 * @param stop a problem that stops reading before the text reader is asked (the file has more
 *     blocks than allowed); the text is then not read
 */
record DerivedText(List<SourceLine> lines, List<ReadProblem> problems, Optional<ReadProblem> stop) {
  DerivedText {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /** {@return the lines joined, each ended by a line feed} */
  String text() {
    return lines.stream().map(SourceLine::text).collect(Collectors.joining("\n", "", "\n"));
  }
}
