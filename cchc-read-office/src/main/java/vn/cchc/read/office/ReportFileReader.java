package vn.cchc.read.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.model.message.Message;

/**
 * The one entry point for reading a CCHC report from a file: report text, a Word document (DOCX), an
 * Excel workbook (XLSX) or a PDF with a text layer, found by the file's content and never its name,
 * into the same {@link Report} with the same problems as {@link ReportTextReader} gives for text.
 * Thread-safe and immutable.
 *
 * <p>Each format is turned into the text the text reader reads (nothing is read twice, there is no
 * second reader), remembering where each line came from, so that every problem is also placed in the
 * file's own terms ({@link FileReadResult#origin(ReadProblem)}): "table 3, row 5, cell 2" in a DOCX,
 * "Sheet1!D17" in an XLSX, "page 2, line 14" in a PDF. {@code docs/reading.md} says how each format is
 * turned into text.
 *
 * <p>A report is often sent as two files, the narrative in Word and the appendix in Excel:
 * {@link #readLenient(Path, Path)} reads them as one report, the appendix after the narrative, and the
 * metadata each states (the number, date and issuer in the header and in the appendix's
 * "(Kèm theo Báo cáo số …)" caption) must agree, or it is an
 * {@link ProblemKind#INVALID_METADATA} problem at the appendix's statement.
 *
 * <p>A file of another format (a Word 97–2003 .doc, an ODT, an image), an encrypted or damaged file, a
 * scanned PDF without text, or one beyond the {@link FileLimits} is a {@link FileFormatException} that
 * says which.
 */
public final class ReportFileReader {
  private final ReportTextReader textReader;
  private final FileLimits limits;
  private final Optional<String> sheet;

  private ReportFileReader(ReportTextReader textReader, FileLimits limits, Optional<String> sheet) {
    this.textReader = textReader;
    this.limits = limits;
    this.sheet = sheet;
  }

  /**
   * A reader with the {@linkplain FileLimits#defaults() default limits}, finding the appendix sheet of
   * a workbook itself.
   *
   * @param catalogue the catalogue appendix rows are matched to, e.g. {@code Catalogues.bundled()}
   * @return the reader
   */
  public static ReportFileReader of(Catalogue catalogue) {
    return new ReportFileReader(ReportTextReader.of(Objects.requireNonNull(catalogue, "catalogue")),
        FileLimits.defaults(), Optional.empty());
  }

  /**
   * This reader with other limits.
   *
   * @param limits the limits
   * @return a reader with the same catalogue and sheet choice, and those limits
   */
  public ReportFileReader withLimits(FileLimits limits) {
    return new ReportFileReader(textReader, Objects.requireNonNull(limits, "limits"), sheet);
  }

  /**
   * This reader reading the named sheet of a workbook, instead of finding the appendix sheet itself.
   * A workbook without a sheet of that name is a {@link FileFormatException}. Other formats ignore it.
   *
   * @param sheetName the sheet's name as Excel shows it on its tab, e.g. "Phụ lục"
   * @return a reader with the same catalogue and limits, reading that sheet
   */
  public ReportFileReader withSheet(String sheetName) {
    Objects.requireNonNull(sheetName, "sheetName");
    if (sheetName.isBlank()) {
      throw new IllegalArgumentException("the sheet name is blank");
    }
    return new ReportFileReader(textReader, limits, Optional.of(sheetName));
  }

  /** {@return the catalogue rows are matched to} */
  public Catalogue catalogue() {
    return textReader.catalogue();
  }

  /** {@return the limits this reader keeps to} */
  public FileLimits limits() {
    return limits;
  }

  /** {@return the workbook sheet this reader reads, when the caller chose one} */
  public Optional<String> sheet() {
    return sheet;
  }

  /**
   * The format of a file, by its content, as this reader would find it (a ZIP archive is inflated
   * within the limits to tell a DOCX from an XLSX).
   *
   * @param file the file
   * @return the format
   * @throws FileFormatException when the file is of no format read here, or beyond the limits
   * @throws IOException when the file cannot be read
   */
  public SourceFormat formatOf(Path file) throws IOException {
    return FileCheck.detect(readAll(file), limits);
  }

  /**
   * Reads a file leniently.
   *
   * @param file the file: text, DOCX, XLSX or PDF
   * @return the format, the report if one could be built, every problem, the derived text and the
   *     problems' origins
   * @throws FileFormatException when the file is of no format read here, encrypted, damaged, a scan
   *     or beyond the limits
   * @throws IOException when the file cannot be read
   */
  public FileReadResult readLenient(Path file) throws IOException {
    return readLenient(readAll(file));
  }

  /**
   * Reads a stream leniently; the stream is read to its end (at most
   * {@link FileLimits#maxInputBytes()} + 1 bytes) and not closed.
   *
   * @param in the stream: text, DOCX, XLSX or PDF
   * @return the format, the report if one could be built, every problem, the derived text and the
   *     problems' origins
   * @throws FileFormatException when the content is of no format read here, encrypted, damaged, a
   *     scan or beyond the limits
   * @throws IOException when the stream cannot be read
   */
  public FileReadResult readLenient(InputStream in) throws IOException {
    return readLenient(readAll(in));
  }

  /**
   * Reads a file's content leniently.
   *
   * @param bytes the content: text, DOCX, XLSX or PDF
   * @return the format, the report if one could be built, every problem, the derived text and the
   *     problems' origins
   * @throws FileFormatException when the content is of no format read here, encrypted, damaged, a
   *     scan or beyond the limits
   */
  public FileReadResult readLenient(byte[] bytes) throws FileFormatException {
    checkSize(bytes);
    SourceFormat format = FileCheck.detect(bytes, limits);
    if (format == SourceFormat.TEXT) {
      // the text reader itself: byte-order mark, malformed bytes at their line and column
      return new FileReadResult(format, textReader.readLenient(bytes), bytes);
    }
    return read(format, derive(format, bytes));
  }

  /**
   * Reads a report whose appendix was sent as a file of its own, leniently, as one report: the
   * appendix file's text after the report file's. Each file may be of any format read here; usually
   * the report is a DOCX and the appendix an XLSX. The number, date and issuer the report states and
   * those the appendix's "(Kèm theo Báo cáo số …)" caption states must agree, or it is an
   * {@link ProblemKind#INVALID_METADATA} problem. Each origin starts with its file's name.
   *
   * @param reportFile the narrative report (header, title, sections, signature)
   * @param appendixFile the appendix table
   * @return the report file's format, the report if one could be built, every problem of both files,
   *     the derived text and the problems' origins
   * @throws FileFormatException when either file is of no format read here, encrypted, damaged, a
   *     scan or beyond the limits; its message starts with the file's name
   * @throws IOException when a file cannot be read
   */
  public FileReadResult readLenient(Path reportFile, Path appendixFile) throws IOException {
    Part report = part(reportFile);
    Part appendix = part(appendixFile);
    List<SourceLine> lines = new ArrayList<>(report.text.lines());
    List<ReadProblem> own = new ArrayList<>(report.text.problems());
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
      lines.add(SourceLine.BLANK);
    }
    int offset = lines.size();
    lines.addAll(appendix.text.lines());
    appendix.text.problems().forEach(p -> own.add(shifted(p, offset)));
    Optional<ReadProblem> stop = report.text.stop().or(() -> appendix.text.stop().map(p -> shifted(p, offset)));
    return read(report.format, new DerivedText(lines, own, stop));
  }

  /**
   * Reads a file strictly.
   *
   * @param file the file: text, DOCX, XLSX or PDF
   * @return the report
   * @throws ReportReadException on the first problem at {@link ProblemSeverity#WARNING} or above, its
   *     message starting with the place in the file
   * @throws FileFormatException when the file is of no format read here, encrypted, damaged, a scan
   *     or beyond the limits
   * @throws IOException when the file cannot be read
   */
  public Report read(Path file) throws IOException {
    return strict(readLenient(file));
  }

  /**
   * Reads a stream strictly; the stream is read to its end and not closed.
   *
   * @param in the stream: text, DOCX, XLSX or PDF
   * @return the report
   * @throws ReportReadException on the first problem at {@link ProblemSeverity#WARNING} or above, its
   *     message starting with the place in the file
   * @throws FileFormatException when the content is of no format read here, encrypted, damaged, a
   *     scan or beyond the limits
   * @throws IOException when the stream cannot be read
   */
  public Report read(InputStream in) throws IOException {
    return strict(readLenient(in));
  }

  /**
   * Reads a report and its appendix from two files strictly, as {@link #readLenient(Path, Path)} does.
   *
   * @param reportFile the narrative report
   * @param appendixFile the appendix table
   * @return the report
   * @throws ReportReadException on the first problem at {@link ProblemSeverity#WARNING} or above, its
   *     message starting with the file's name and the place in it
   * @throws FileFormatException when either file is of no format read here, encrypted, damaged, a
   *     scan or beyond the limits
   * @throws IOException when a file cannot be read
   */
  public Report read(Path reportFile, Path appendixFile) throws IOException {
    return strict(readLenient(reportFile, appendixFile));
  }

  private record Part(SourceFormat format, DerivedText text) {}

  private Part part(Path file) throws IOException {
    String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
    try {
      byte[] bytes = readAll(file);
      SourceFormat format = FileCheck.detect(bytes, limits);
      DerivedText t = derive(format, bytes);
      List<SourceLine> named = new ArrayList<>(t.lines().size());
      for (SourceLine l : t.lines()) {
        if (!l.placed()) {
          named.add(l);
          continue;
        }
        FileOrigin[] cells = l.cellOrigins().clone();
        for (int i = 0; i < cells.length; i++) {
          cells[i] = new FileOrigin.InFile(name, cells[i]);
        }
        named.add(new SourceLine(l.text(), new FileOrigin.InFile(name, l.origin()), l.cellColumns(), cells));
      }
      return new Part(format, new DerivedText(named, t.problems(), t.stop()));
    } catch (FileFormatException e) {
      throw new FileFormatException(e.reason(), name + ": " + e.getMessage(), e.getCause());
    }
  }

  private DerivedText derive(SourceFormat format, byte[] bytes) throws FileFormatException {
    return switch (format) {
      case TEXT -> TextLines.derive(bytes);
      case DOCX -> DocxText.derive(bytes, limits);
      case XLSX -> XlsxText.derive(bytes, limits, sheet);
      case PDF -> PdfText.derive(bytes, limits);
    };
  }

  private FileReadResult read(SourceFormat format, DerivedText derived) {
    String text = derived.text();
    if (derived.stop().isPresent()) {
      return new FileReadResult(format, ReadResult.of(Optional.empty(), List.of(derived.stop().get())),
          derived.lines(), text);
    }
    ReadResult read = textReader.readTextLenient(text);
    List<ReadProblem> problems = new ArrayList<>(read.problems());
    problems.addAll(derived.problems());
    problems.sort(Comparator.comparing(ReadProblem::location)); // stable: the text reader's order kept
    return new FileReadResult(format, ReadResult.of(read.report(), problems), derived.lines(), text);
  }

  private static ReadProblem shifted(ReadProblem p, int lines) {
    return ReadProblem.of(SourceLocation.of(p.location().line() + lines, p.location().column()), p.kind(),
        p.severity(), p.text(), p.offendingText());
  }

  private static Report strict(FileReadResult result) {
    for (ReadProblem p : result.readResult().problems()) {
      if (p.severity() != ProblemSeverity.INFO) {
        throw new ReportReadException(located(result, p));
      }
    }
    return result.readResult().report().orElseThrow(() -> new ReportReadException(ReadProblem.of(
        SourceLocation.of(1, 1), ProblemKind.MISSING_METADATA, Message.of(ReadProblem.bundle(), "report.none"), "")));
  }

  private static ReadProblem located(FileReadResult result, ReadProblem p) {
    return result.origin(p).map(o -> ReadProblem.of(p.location(), p.kind(), p.severity(), OfficeProblems.of("located", o.message(), p.text()),
        p.offendingText())).orElse(p);
  }

  private void checkSize(byte[] bytes) throws FileFormatException {
    if (bytes.length > limits.maxInputBytes()) {
      throw FileCheck.tooLarge("the file is larger than " + limits.maxInputBytes() + " bytes");
    }
  }

  private byte[] readAll(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(in);
    }
  }

  private byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
      if (out.size() > limits.maxInputBytes()) {
        throw FileCheck.tooLarge("the file is larger than " + limits.maxInputBytes() + " bytes");
      }
    }
    return out.toByteArray();
  }
}
