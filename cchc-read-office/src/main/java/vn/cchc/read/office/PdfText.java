package vn.cchc.read.office;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.read.office.FileFormatException.Reason;

/**
 * A PDF's text layer as the text {@code ReportTextReader} reads, rebuilt from the positions of its
 * glyphs with Apache PDFBox, page by page:
 * <ul>
 *   <li>glyphs (PDFBox's, with separate accents already merged into their letters) are grouped into
 *       visual lines by baseline; inside a line, a gap of at least {@link PdfLayout.Gaps#SPACE} of the font size
 *       is a space and a gap of at least {@link PdfLayout.Gaps#CELL} is a cell boundary, written as a tab — so
 *       the two columns of the Nghị định 30 header come out side by side on one line, as the text
 *       reader takes them; a word that starts exactly where a nearby line's second column starts is
 *       split off there too, even after a narrow gap (a long left cell nearly touching the right);</li>
 *   <li>a table with drawn ruling lines (the appendix) is read from its grid: its rows are the bands
 *       between horizontal rules, its columns the spaces between the vertical rules of each band; one
 *       row is one line, its cells joined by tabs, the lines of a wrapped cell joined by a space; a
 *       cell under which no rule is drawn continues into the next row (a "Trong đó" cell spanning its
 *       child rows: its text goes to the first row, the others get an empty cell), and a cell across
 *       which no vertical rule is drawn spans columns (its text, then empty cells);</li>
 *   <li>a table without rules (three or more consecutive lines split by gaps, one of three cells or
 *       more) takes its columns from the x-ranges of its fullest rows, so an empty cell stays empty; a
 *       line of one piece right of the first column is a wrapped cell and goes with the nearer row;</li>
 *   <li>a line that is full (the next line's first word would not have fitted after it) is joined with
 *       the next: a wrapped heading stays whole; each visual line keeps its own origin in the joined
 *       line; other wrapped lines the text reader rejoins itself;</li>
 *   <li>a blank line is written where the space between two lines is clearly wider than the page's
 *       usual line pitch (a paragraph's spacing) and between pages; a table row split by a page break
 *       is joined (an INFO problem); a list label set flush against its text ("III.ĐÁNH") gets its
 *       space back (an INFO problem);</li>
 *   <li>every line is NFC.</li>
 * </ul>
 * Each line's origin is "page P, line L", lines counted from 1 at the top of each page as rebuilt
 * (blank lines not counted); a table row's cells are "page P, line L, column C".
 *
 * <p>Not rebuilt: rows of a table without rules whose cells are set in the middle of their row beside
 * another cell's wrapped lines (the text reader then reports the rows it cannot read as errors); text in reading order other than top to bottom (columns of a newspaper layout); rotated
 * text. A PDF without any text is a scan and is refused ({@link Reason#NO_TEXT_LAYER}); one with a
 * password to open it is {@link Reason#ENCRYPTED}; one with an owner password only is read.
 */
final class PdfText {
  /** What the text of one page came to. */
  private record PageText(List<SourceLine> lines, boolean images) {}

  private PdfText() {}

  /**
   * Opens a PDF and turns its text layer into lines.
   *
   * @param bytes the whole file, starting with "%PDF-"
   * @param limits the limits: pages, lines, and the memory PDFBox may use
   * @return the text, with a problem for each page without text
   * @throws FileFormatException encrypted, damaged, without text, or with too many pages
   */
  static DerivedText derive(byte[] bytes, FileLimits limits) throws FileFormatException {
    // all in memory, bounded: no temporary files, at most maxTotalBytes for PDFBox's stream cache
    MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxTotalBytes());
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null, memory.streamCache)) {
      return read(doc, limits);
    } catch (InvalidPasswordException e) {
      throw new FileFormatException(Reason.ENCRYPTED, "the PDF is encrypted with a password needed to open it; "
          + "remove the password (print or save it without one) and read that file", e);
    } catch (FileFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new FileFormatException(Reason.DAMAGED, "the PDF cannot be read, it is damaged or truncated: "
          + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
    }
  }

  private static DerivedText read(PDDocument doc, FileLimits limits) throws IOException {
    int pages = doc.getNumberOfPages();
    if (pages > limits.maxPages()) {
      throw FileCheck.tooLarge("the PDF has " + pages + " pages, more than " + limits.maxPages());
    }
    List<SourceLine> lines = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    List<Integer> emptyPages = new ArrayList<>();
    List<Integer> emptyPageLines = new ArrayList<>();
    boolean anyText = false;
    boolean anyImage = false;
    int count = 0;
    // A PDF encrypted with an empty user password (an owner password only, restricting copying or printing
    // in viewers) has opened: its text is read, as every viewer shows it; nothing of the report is lost.
    Glyphs glyphs = new Glyphs();
    glyphs.setSortByPosition(true);
    glyphs.setSuppressDuplicateOverlappingText(true);
    glyphs.writeText(doc, new StringWriter()); // one pass over the document, the glyphs kept per page
    for (int p = 1; p <= pages; p++) {
      PageText page = page(doc, p, glyphs.positions.getOrDefault(p, List.of()));
      anyImage |= page.images;
      if (page.lines.isEmpty()) {
        emptyPages.add(p);
        emptyPageLines.add(lines.size() + 1);
        continue;
      }
      anyText = true;
      List<SourceLine> pageLines = page.lines;
      SourceLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      SourceLine first = pageLines.get(0);
      if (last != null && tableRow(last) && tableRow(first) && first.cellColumns().length == last.cellColumns().length) {
        // a table going on from the page before: no blank line between its rows
        Optional<SourceLine> joined = continued(last, first);
        if (joined.isPresent()) {
          lines.set(lines.size() - 1, joined.get());
          problems.add(ReadProblem.of(SourceLocation.of(lines.size(), 1), ProblemKind.REPAIRED_TEXT,
              ProblemSeverity.INFO, OfficeProblems.of("pdf.row-joined", String.valueOf(p - 1), String.valueOf(p),
                  first.origin().message(), last.origin().message()), first.text()));
          pageLines = pageLines.subList(1, pageLines.size());
        }
      } else if (!lines.isEmpty()) {
        lines.add(SourceLine.BLANK);
      }
      for (SourceLine l : pageLines) {
        if (l.placed() && ++count > limits.maxBlocks()) {
          return new DerivedText(lines, List.of(), Optional.of(ReadProblem.of(SourceLocation.of(1, 1),
              ProblemKind.INPUT_TOO_LARGE, OfficeProblems.of("pdf.too-large", (long) limits.maxBlocks()), "")));
        }
        java.util.regex.Matcher m = TOUCHING_LABEL.matcher(l.text());
        if (!tableRow(l) && m.lookingAt()) {
          // LibreOffice sets a list label wider than its indent flush against the text: "III.ĐÁNH GIÁ CHUNG"
          problems.add(ReadProblem.of(SourceLocation.of(lines.size() + 1, 1), ProblemKind.REPAIRED_TEXT,
              ProblemSeverity.INFO, OfficeProblems.of("pdf.label-touching", m.group(1)), m.group()));
          l = spaced(l, m.end(1));
        }
        lines.add(l);
      }
    }
    if (!anyText) {
      throw new FileFormatException(Reason.NO_TEXT_LAYER, "the PDF has no text layer: "
          + (anyImage ? "its " + pages + " page(s) are images, a scan" : "none of its " + pages + " page(s) has text")
          + "; cchc reads the text of a PDF and does no OCR: read the Word file the PDF was made from, or run OCR first",
          null);
    }
    for (int i = 0; i < emptyPages.size(); i++) {
      int at = Math.min(Math.max(1, emptyPageLines.get(i)), lines.size());
      problems.add(ReadProblem.of(SourceLocation.of(at, 1), ProblemKind.SKIPPED_TEXT, ProblemSeverity.WARNING,
          OfficeProblems.of("pdf.empty-page", String.valueOf(emptyPages.get(i))),
          ""));
    }
    return new DerivedText(lines, problems, Optional.empty());
  }

  /**
   * The last table row of a page joined with the first of the next, when that one is the rest of a row
   * the page break split: its first cell is empty, it has text only in cells the row above has text in,
   * and that text starts in lower case (a wrapped label going on; a row of its own starts with a capital
   * or a number).
   */
  static Optional<SourceLine> continued(SourceLine last, SourceLine first) {
    String[] a = last.text().split("\t", -1);
    String[] b = first.text().split("\t", -1);
    if (a.length != b.length || !b[0].isEmpty()) {
      return Optional.empty();
    }
    String firstText = "";
    for (int i = 0; i < b.length; i++) {
      if (!b[i].isEmpty() && a[i].isEmpty()) {
        return Optional.empty();
      }
      if (firstText.isEmpty()) {
        firstText = b[i];
      }
    }
    if (firstText.isEmpty() || !Character.isLowerCase(firstText.codePointAt(0))) {
      return Optional.empty();
    }
    List<String> cells = new ArrayList<>(a.length);
    for (int i = 0; i < a.length; i++) {
      cells.add(b[i].isEmpty() ? a[i] : a[i] + " " + b[i]);
    }
    return Optional.of(SourceLine.ofCells(cells, last.origin(), last.cellOrigins()));
  }

  /** A heading's or list item's label at the start of a line, a capital letter right after its dot. */
  private static final java.util.regex.Pattern TOUCHING_LABEL =
      java.util.regex.Pattern.compile("((?:[IVXLC]{1,6}|\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.)\\p{Lu}");

  /** True for a line made from a ruled table's row (its cells' origins name their column). */
  static boolean tableRow(SourceLine l) {
    return l.cellOrigins().length > 0 && l.cellOrigins()[0] instanceof FileOrigin.Page p && p.column().isPresent();
  }

  /** The line with a space inserted after the first {@code at} chars, later cell columns moved on. */
  private static SourceLine spaced(SourceLine l, int at) {
    int column = l.text().codePointCount(0, at) + 1;
    int[] columns = l.cellColumns().clone();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] > column) {
        columns[i]++;
      }
    }
    return new SourceLine(l.text().substring(0, at) + " " + l.text().substring(at), l.origin(), columns,
        l.cellOrigins());
  }

  /** One page's lines and tables. */
  private static PageText page(PDDocument doc, int number, List<TextPosition> positions) throws IOException {
    PDPage page = doc.getPage(number - 1);
    Rules rules = new Rules(page);
    rules.processPage(page);
    PDRectangle box = page.getCropBox();
    List<PdfLayout.Glyph> gs = new ArrayList<>();
    for (TextPosition t : positions) {
      String u = t.getUnicode();
      if (u == null || u.isEmpty()) {
        continue;
      }
      float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(1f, t.getHeightDir());
      gs.add(new PdfLayout.Glyph(Normalizer.normalize(u, Normalizer.Form.NFC), t.getXDirAdj(), t.getYDirAdj(),
          t.getWidthDirAdj(), size));
    }
    float top = box.getUpperRightY();
    List<PdfLayout.Rule> rs = new ArrayList<>();
    for (float[] r : rules.segments) {
      // PDF space is bottom-up; text positions are top-down from the crop box's top
      rs.add(new PdfLayout.Rule(r[0], top - r[1], r[2], top - r[3]));
    }
    return new PageText(PdfLayout.lines(gs, rs, number), rules.images > 0);
  }

  /** Collects the page's glyphs after PDFBox has merged separate accents into their letters. */
  private static final class Glyphs extends PDFTextStripper {
    /** The glyphs of each page, by page number from 1. */
    final java.util.Map<Integer, List<TextPosition>> positions = new java.util.HashMap<>();

    @Override
    protected void writePage() {
      List<TextPosition> page = positions.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>());
      for (List<TextPosition> article : getCharactersByArticle()) {
        page.addAll(article);
      }
    }
  }

  /** Collects the horizontal and vertical lines and thin rectangles drawn on a page, and counts its images. */
  private static final class Rules extends PDFGraphicsStreamEngine {
    /** Segments x1, y1, x2, y2 in PDF space. */
    final List<float[]> segments = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    /** The sides of large rectangles: rules when stroked, not when filled (a shaded cell). */
    private final List<float[]> boxSides = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    int images;

    Rules(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      double w = Math.abs(p2.getX() - p0.getX());
      double h = Math.abs(p2.getY() - p0.getY());
      if (h <= 2 && w > 2) {
        double y = (p0.getY() + p2.getY()) / 2;
        path.add(new float[] {(float) Math.min(p0.getX(), p2.getX()), (float) y, (float) Math.max(p0.getX(), p2.getX()),
            (float) y});
      } else if (w <= 2 && h > 2) {
        double x = (p0.getX() + p2.getX()) / 2;
        path.add(new float[] {(float) x, (float) Math.min(p0.getY(), p2.getY()), (float) x,
            (float) Math.max(p0.getY(), p2.getY())});
      } else if (w > 2 && h > 2) {
        // a cell's border drawn as a rectangle: its four sides
        float x0 = (float) Math.min(p0.getX(), p2.getX());
        float x1 = (float) Math.max(p0.getX(), p2.getX());
        float y0 = (float) Math.min(p0.getY(), p2.getY());
        float y1 = (float) Math.max(p0.getY(), p2.getY());
        boxSides.add(new float[] {x0, y0, x1, y0});
        boxSides.add(new float[] {x0, y1, x1, y1});
        boxSides.add(new float[] {x0, y0, x0, y1});
        boxSides.add(new float[] {x1, y0, x1, y1});
      }
      current = p0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
      images++;
    }

    @Override
    public void clip(int windingRule) {
      // clipping is not drawing
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      float x0 = (float) current.getX();
      float y0 = (float) current.getY();
      if (Math.abs(y - y0) <= 1 || Math.abs(x - x0) <= 1) {
        path.add(new float[] {Math.min(x0, x), Math.min(y0, y), Math.max(x0, x), Math.max(y0, y)});
      }
      current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {
      // a closed path's sides were added as they were drawn
    }

    @Override
    public void endPath() {
      path.clear();
      boxSides.clear();
    }

    @Override
    public void strokePath() {
      segments.addAll(path);
      segments.addAll(boxSides);
      path.clear();
      boxSides.clear();
    }

    @Override
    public void fillPath(int windingRule) {
      // a filled thin rectangle is a rule; a filled large one (a cell's shading) is not
      for (float[] s : path) {
        if (s[0] == s[2] || s[1] == s[3]) {
          segments.add(s);
        }
      }
      path.clear();
      boxSides.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // a shading is not a rule
    }
  }

}
