package vn.cchc.read.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.read.office.DocxFormatException.Reason;

/**
 * Reads a CCHC report from a Word document (DOCX) into the same {@link Report}, with the same
 * problems, as {@link ReportTextReader} reads from text. Thread-safe and immutable.
 *
 * <p>The document's body is walked in order with Apache POI and written as the text the text reader
 * reads (nothing is read twice, no second reader): each paragraph on its own line, with the number or
 * bullet Word's automatic list numbering shows before it ("I.", "1.1.", "a)", "-") worked out from the
 * numbering definitions, because the narrative's sections depend on it and it is not in the paragraph's
 * text; each appendix table row on one line, cells separated by a tab, merged cells as empty cells so
 * that the columns line up; the two-column tables of the Nghị định 30 header and of "Nơi nhận" beside
 * the signature as two columns on one line. {@code docs/reading.md} describes it in full.
 *
 * <p><b>Tracked changes</b> are read as if accepted (inserted text read, deleted text not): that is how
 * the document looks in Word's "No Markup" view and what the author sends once the changes are
 * accepted. It is a {@link ProblemKind#REPAIRED_TEXT} problem at {@link ProblemSeverity#WARNING} at the
 * first change: a judgement (the changes may yet be rejected), so strict reading stops there.
 * <b>Comments</b> are not read and are a {@link ProblemKind#SKIPPED_TEXT} problem at
 * {@link ProblemSeverity#INFO}: they are remarks about the report, not part of it, and nothing the
 * report states is lost.
 *
 * <p>A problem's line and column are in the derived text ({@link DocxReadResult#text()}); {@link
 * DocxReadResult#origin(ReadProblem)} gives the place in the document. In strict reading the
 * exception's problem has that place before its message ("table 3, row 5, cell 2: no indicator …").
 *
 * <p>A file that is not a DOCX (a PDF, an XLSX, a Word 97–2003 .doc, an ODT, text), an encrypted or
 * damaged file, or one beyond the {@link DocxLimits} is a {@link DocxFormatException} that says which.
 */
public final class DocxReportReader {
  private final ReportTextReader textReader;
  private final DocxLimits limits;

  private DocxReportReader(ReportTextReader textReader, DocxLimits limits) {
    this.textReader = textReader;
    this.limits = limits;
  }

  /**
   * A reader with the {@linkplain DocxLimits#defaults() default limits}.
   *
   * @param catalogue the catalogue appendix rows are matched to, e.g. {@code Catalogues.bundled()}
   * @return the reader
   */
  public static DocxReportReader of(Catalogue catalogue) {
    return new DocxReportReader(ReportTextReader.of(Objects.requireNonNull(catalogue, "catalogue")),
        DocxLimits.defaults());
  }

  /**
   * This reader with other limits.
   *
   * @param limits the limits
   * @return a reader with the same catalogue and those limits
   */
  public DocxReportReader withLimits(DocxLimits limits) {
    return new DocxReportReader(textReader, Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the catalogue rows are matched to} */
  public Catalogue catalogue() {
    return textReader.catalogue();
  }

  /** {@return the limits this reader keeps to} */
  public DocxLimits limits() {
    return limits;
  }

  /**
   * Reads a DOCX file leniently.
   *
   * @param file the file
   * @return the report, if one could be built, every problem, the derived text and the problems' origins
   * @throws DocxFormatException when the file is not a readable DOCX
   * @throws IOException when the file cannot be read
   */
  public DocxReadResult readLenient(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readLenient(in);
    }
  }

  /**
   * Reads a DOCX stream leniently; the stream is read to its end (at most
   * {@link DocxLimits#maxInputBytes()} + 1 bytes) and not closed.
   *
   * @param in the stream
   * @return the report, if one could be built, every problem, the derived text and the problems' origins
   * @throws DocxFormatException when the content is not a readable DOCX
   * @throws IOException when the stream cannot be read
   */
  public DocxReadResult readLenient(InputStream in) throws IOException {
    byte[] bytes = readAll(in);
    FileCheck.check(bytes, limits);
    DocxText docx;
    try (XWPFDocument doc = open(bytes)) {
      docx = DocxText.of(doc, limits.maxBlocks());
    }
    String text = docx.text();
    if (docx.truncated()) {
      ReadProblem p = ReadProblem.of(SourceLocation.of(1, 1), ProblemKind.INPUT_TOO_LARGE,
          "the document has more than " + limits.maxBlocks() + " paragraphs and table cells", "");
      return new DocxReadResult(ReadResult.of(Optional.empty(), List.of(p)), text, docx.lines());
    }
    ReadResult read = textReader.readLenient(text);
    List<ReadProblem> problems = new ArrayList<>(read.problems());
    if (docx.insertions() + docx.deletions() > 0) {
      problems.add(ReadProblem.of(SourceLocation.of(docx.firstChangeLine(), 1), ProblemKind.REPAIRED_TEXT,
          ProblemSeverity.WARNING, "the document has tracked changes (" + docx.insertions() + " insertions, "
              + docx.deletions() + " deletions); read as if they were accepted: accept or reject them in Word",
          ""));
    }
    if (docx.comments() > 0) {
      problems.add(ReadProblem.of(SourceLocation.of(docx.firstCommentLine(), 1), ProblemKind.SKIPPED_TEXT,
          ProblemSeverity.INFO, "the document has " + docx.comments() + " comment(s); comments are not read", ""));
    }
    problems.sort(Comparator.comparing(ReadProblem::location)); // stable: the text reader's order kept
    return new DocxReadResult(ReadResult.of(read.report(), problems), text, docx.lines());
  }

  /**
   * Reads a DOCX file strictly.
   *
   * @param file the file
   * @return the report
   * @throws ReportReadException on the first problem at {@link ProblemSeverity#WARNING} or above, its
   *     message starting with the place in the document
   * @throws DocxFormatException when the file is not a readable DOCX
   * @throws IOException when the file cannot be read
   */
  public Report readStrict(Path file) throws IOException {
    return strict(readLenient(file));
  }

  /**
   * Reads a DOCX stream strictly; the stream is read to its end and not closed.
   *
   * @param in the stream
   * @return the report
   * @throws ReportReadException on the first problem at {@link ProblemSeverity#WARNING} or above, its
   *     message starting with the place in the document
   * @throws DocxFormatException when the content is not a readable DOCX
   * @throws IOException when the stream cannot be read
   */
  public Report readStrict(InputStream in) throws IOException {
    return strict(readLenient(in));
  }

  private static Report strict(DocxReadResult result) {
    for (ReadProblem p : result.readResult().problems()) {
      if (p.severity() != ProblemSeverity.INFO) {
        throw new ReportReadException(located(result, p));
      }
    }
    return result.readResult().report().orElseThrow(() -> new ReportReadException(ReadProblem.of(
        SourceLocation.of(1, 1), ProblemKind.MISSING_METADATA, "no report could be built", "")));
  }

  private static ReadProblem located(DocxReadResult result, ReadProblem p) {
    return result.origin(p).map(o -> ReadProblem.of(p.location(), p.kind(), p.severity(), o + ": " + p.message(),
        p.offendingText())).orElse(p);
  }

  private static XWPFDocument open(byte[] bytes) throws DocxFormatException {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      // POI's POIXMLException, XmlException wrapped, NotOfficeXmlFileException, an invalid part…
      throw new DocxFormatException(Reason.DAMAGED, "the DOCX cannot be read, its content is damaged: "
          + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
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
