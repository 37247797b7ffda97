package vn.cchc.read.office;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;

/**
 * The outcome of reading a file leniently with {@link ReportFileReader}: the format found, the
 * {@link ReadResult} of the text reader (the report and every problem, the file's own problems among
 * them), the text the file was turned into, and where in the file each line of that text came from.
 *
 * <p>A problem's {@linkplain ReadProblem#location() line and column} are in the derived
 * {@link #text()}; {@link #origin(ReadProblem)} names the place in the file, in the file's own terms, as a
 * {@link FileOrigin}:
 * <ul>
 *   <li>DOCX: {@link FileOrigin.Paragraph} "paragraph 12" (the 12th paragraph of the body, empty ones
 *       counted, paragraphs inside tables not), {@link FileOrigin.Table} "table 3, row 5, cell 2" (rows and
 *       cells counted from 1 as they stand in the document, a merged cell counting once),
 *       {@link FileOrigin.ContentControl} "content control 2" (a block-level form field);</li>
 *   <li>XLSX: {@link FileOrigin.Sheet}, the cell as Excel names it, "Sheet1!D17", or the row, "Sheet1, row 17";</li>
 *   <li>PDF: {@link FileOrigin.Page} "page 2, line 14" (lines counted from the top of the page as they were
 *       rebuilt), "page 9, line 41, column 2" in a table;</li>
 *   <li>text: none — the line and column are the file's own.</li>
 * </ul>
 * When a report and its appendix were read from two files, each origin is a {@link FileOrigin.InFile} naming
 * the file ("phu-luc.xlsx, Sheet1!D17"; a text file's lines are {@link FileOrigin.TextLine}s, "line 12").
 * {@link FileOrigin#describe(java.util.Locale)} words an origin in a language ("bảng 3, dòng 5, ô 2").
 * Immutable.
 */
public final class FileReadResult {
  private final SourceFormat format;
  private final ReadResult readResult;
  private final List<SourceLine> lines;
  /**
   * A text file's bytes, decoded by {@link #text()} when it is first asked for: most callers (the command line,
   * a batch) never ask, and decoding every file a second time cost about a tenth of reading it. Null when the text
   * was derived from a DOCX, XLSX or PDF (it is then built anyway).
   */
  private final byte[] textBytes;
  private volatile String text;

  FileReadResult(SourceFormat format, ReadResult readResult, List<SourceLine> lines, String text) {
    this.format = Objects.requireNonNull(format, "format");
    this.readResult = Objects.requireNonNull(readResult, "readResult");
    this.lines = List.copyOf(lines);
    this.text = Objects.requireNonNull(text, "text");
    this.textBytes = null;
  }

  /** The result of reading a text file: its text is its bytes as UTF-8, decoded when asked for. */
  FileReadResult(SourceFormat format, ReadResult readResult, byte[] textBytes) {
    this.format = Objects.requireNonNull(format, "format");
    this.readResult = Objects.requireNonNull(readResult, "readResult");
    this.lines = List.of();
    // a copy (a few microseconds): the bytes may be the caller's, who could change them after the read
    this.textBytes = Objects.requireNonNull(textBytes, "textBytes").clone();
  }

  FileReadResult(SourceFormat format, ReadResult readResult, List<SourceLine> lines) {
    this(format, readResult, lines, lines.stream().map(SourceLine::text).collect(Collectors.joining("\n", "", "\n")));
  }

  /**
   * {@return the format the file was found to be, by its content; for a report and appendix read
   * from two files, the report file's}
   */
  public SourceFormat format() {
    return format;
  }

  /** {@return the report, if one could be built, and every problem, located in {@link #text()}} */
  public ReadResult readResult() {
    return readResult;
  }

  /**
   * {@return the text the file was turned into and the text reader read: for debugging, and to see a
   * problem's line in context; for a text file, its text}
   */
  public String text() {
    String t = text;
    if (t == null) { // a text file's: decoded once (two threads may both decode it, to the same string)
      t = new String(textBytes, StandardCharsets.UTF_8);
      text = t;
    }
    return t;
  }

  /**
   * Where in the file a problem is.
   *
   * @param problem a problem of {@link #readResult()}
   * @return "table 3, row 5, cell 2", "Sheet1!D17", "page 2, line 14"; empty for text, and when the
   *     problem's line is a blank line between blocks or beyond the text
   */
  public Optional<FileOrigin> origin(ReadProblem problem) {
    return origin(problem.location());
  }

  /**
   * Where in the file a place in {@link #text()} came from.
   *
   * @param location a line and column of {@link #text()}
   * @return "table 3, row 5, cell 2", "Sheet1!D17", "page 2, line 14"; empty for text, and when the
   *     line is a blank line between blocks or beyond the text
   */
  public Optional<FileOrigin> origin(SourceLocation location) {
    int i = location.line() - 1;
    if (i < 0 || i >= lines.size() || !lines.get(i).placed()) {
      return Optional.empty();
    }
    return Optional.of(lines.get(i).originAt(location.column()));
  }

  /**
   * A problem as a person reads it, located in the file first, in English (for logs; a program speaking
   * another language puts {@link FileOrigin#describe(java.util.Locale)} before
   * {@link ReadProblem#message(java.util.Locale)}).
   *
   * @param problem a problem of {@link #readResult()}
   * @return "table 3, row 5, cell 2 (376:1): message: «offending text»", or the problem's own
   *     {@code toString()} when it has no origin
   */
  public String describe(ReadProblem problem) {
    return origin(problem).map(o -> o + " (" + problem + ")").orElse(problem.toString());
  }
}
