package vn.cchc.read.office;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;

/**
 * The outcome of reading a DOCX leniently: the {@link ReadResult} of the text reader (the report and
 * every problem, the DOCX's own problems among them), the text the document was turned into, and
 * where in the document each line of that text came from. A problem's
 * {@linkplain ReadProblem#location() line and column} are in the derived {@link #text()};
 * {@link #origin(ReadProblem)} names the place in the document: "paragraph 12" (the 12th paragraph
 * of the body, empty ones counted, paragraphs inside tables not), "table 3, row 5, cell 2" (rows and
 * cells counted from 1 as they stand in the document, a merged cell counting once). Immutable.
 */
public final class DocxReadResult {
  private final ReadResult readResult;
  private final String text;
  private final List<DocxText.Line> lines;

  DocxReadResult(ReadResult readResult, String text, List<DocxText.Line> lines) {
    this.readResult = Objects.requireNonNull(readResult, "readResult");
    this.text = Objects.requireNonNull(text, "text");
    this.lines = List.copyOf(lines);
  }

  /** {@return the report, if one could be built, and every problem, located in {@link #text()}} */
  public ReadResult readResult() {
    return readResult;
  }

  /**
   * {@return the text the document was turned into and the text reader read: for debugging, and to
   * see a problem's line in context}
   */
  public String text() {
    return text;
  }

  /**
   * Where in the document a problem is.
   *
   * @param problem a problem of {@link #readResult()}
   * @return "paragraph 12" or "table 3, row 5, cell 2"; empty when the problem's line is a blank line
   *     between blocks or beyond the text
   */
  public Optional<String> origin(ReadProblem problem) {
    return origin(problem.location());
  }

  /**
   * Where in the document a place in {@link #text()} came from.
   *
   * @param location a line and column of {@link #text()}
   * @return "paragraph 12" or "table 3, row 5, cell 2"; empty when the line is a blank line between
   *     blocks or beyond the text
   */
  public Optional<String> origin(SourceLocation location) {
    int i = location.line() - 1;
    if (i < 0 || i >= lines.size() || lines.get(i).origin().isEmpty()) {
      return Optional.empty();
    }
    DocxText.Line line = lines.get(i);
    int[] columns = line.cellColumns();
    if (columns.length == 0) {
      return Optional.of(line.origin());
    }
    int cell = 0;
    for (int k = 0; k < columns.length; k++) {
      if (columns[k] <= location.column()) {
        cell = line.cellNumbers()[k];
      }
    }
    return Optional.of(cell > 0 ? line.origin() + ", cell " + cell : line.origin());
  }

  /**
   * A problem as a person reads it, located in the document first.
   *
   * @param problem a problem of {@link #readResult()}
   * @return "table 3, row 5, cell 2 (376:1): message: «offending text»", or the problem's own
   *     {@code toString()} when it has no origin
   */
  public String describe(ReadProblem problem) {
    return origin(problem).map(o -> o + " (" + problem + ")").orElse(problem.toString());
  }
}
