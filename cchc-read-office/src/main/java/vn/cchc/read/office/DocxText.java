package vn.cchc.read.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import org.w3c.dom.Node;

/**
 * A Word document's body as the text {@code ReportTextReader} reads, line by line, with where each
 * line came from. Paragraphs and tables in document order:
 * <ul>
 *   <li>a paragraph is one line (a line break {@code w:br} inside it starts another line), its list
 *       label first ({@link ListNumbering}), a blank line before it; tabs inside it are kept (a run of
 *       tabs as one), white space at its ends is dropped;</li>
 *   <li>a table with three or more grid columns (the appendix) is one line per row, its cells joined
 *       by a tab, each cell's paragraphs joined by a space; a cell spanning n grid columns
 *       ({@code w:gridSpan}) is followed by n − 1 empty cells, {@code w:gridBefore}/{@code w:gridAfter}
 *       give empty cells too, and a cell continuing a vertical merge ({@code w:vMerge} without
 *       "restart") is empty;</li>
 *   <li>a table of one or two columns (the Nghị định 30 header, the "Nơi nhận" | signature block) puts
 *       the cells side by side line by line: line k holds the k-th non-empty paragraph line of each
 *       cell, joined by a tab;</li>
 *   <li>tracked changes are read as accepted: inserted and moved-to text is read, deleted and
 *       moved-from text and deleted table rows are not; comments are not read. Both are counted.</li>
 * </ul>
 * Not read: page headers and footers (page numbers, running titles), footnotes and endnotes (an INFO
 * problem counts them), text boxes (a WARNING problem quotes the first: a report's text belongs in its
 * paragraphs, and a header put in a text box would otherwise vanish without a word), drawings, field
 * instructions (a field's shown result is read). Every line is NFC.
 */
final class DocxText {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Thrown inside the walk when the document has more blocks than allowed. */
  private static final class TooManyBlocks extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyBlocks() {
      super(null, null, false, false);
    }
  }

  private final List<SourceLine> lines = new ArrayList<>();
  private final ListNumbering numbering;
  private final int maxBlocks;
  private int blocks;
  private int insertions;
  private int deletions;
  private int firstChangeLine;
  private final Set<String> commentIds = new LinkedHashSet<>();
  private int firstCommentLine;
  private int notes;
  private int firstNoteLine;
  private int textBoxes;
  private String firstTextBox = "";
  private int firstTextBoxLine;
  private boolean truncated;

  private DocxText(XWPFDocument doc, int maxBlocks) {
    this.numbering = new ListNumbering(doc.getNumbering(), doc.getStyles());
    this.maxBlocks = maxBlocks;
  }

  /**
   * Walks a document's body.
   *
   * @param doc the document
   * @param maxBlocks the most paragraphs and table cells to read; beyond it the text is cut short
   * @return the text
   */
  private static DocxText of(XWPFDocument doc, int maxBlocks) {
    DocxText t = new DocxText(doc, maxBlocks);
    try {
      t.body(doc);
    } catch (TooManyBlocks e) {
      t.truncated = true;
    }
    return t;
  }

  /**
   * Opens a DOCX and turns it into text, with its tracked changes (a warning) and comments (info) as
   * problems.
   *
   * @param bytes the whole file, already checked by {@link FileCheck#detect}
   * @param limits the limits
   * @return the text
   * @throws FileFormatException when POI cannot read the document
   */
  static DerivedText derive(byte[] bytes, FileLimits limits) throws FileFormatException {
    DocxText docx;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      docx = of(doc, limits.maxBlocks());
    } catch (IOException | RuntimeException e) {
      // POI's POIXMLException, XmlException wrapped, NotOfficeXmlFileException, an invalid part…
      throw new FileFormatException(FileFormatException.Reason.DAMAGED, "the DOCX cannot be read, its content is "
          + "damaged: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
    }
    if (docx.truncated) {
      return new DerivedText(docx.lines, List.of(), Optional.of(ReadProblem.of(SourceLocation.of(1, 1),
          ProblemKind.INPUT_TOO_LARGE, OfficeProblems.of("docx.too-large", (long) limits.maxBlocks()), "")));
    }
    List<ReadProblem> problems = new ArrayList<>();
    if (docx.insertions + docx.deletions > 0) {
      problems.add(ReadProblem.of(SourceLocation.of(docx.firstChangeLine, 1), ProblemKind.REPAIRED_TEXT,
          ProblemSeverity.WARNING, OfficeProblems.of("docx.tracked-changes", (long) docx.insertions,
              (long) docx.deletions), ""));
    }
    if (!docx.commentIds.isEmpty()) {
      problems.add(ReadProblem.of(SourceLocation.of(docx.firstCommentLine, 1), ProblemKind.SKIPPED_TEXT,
          ProblemSeverity.INFO, OfficeProblems.of("docx.comments", (long) docx.commentIds.size()),
          ""));
    }
    if (docx.textBoxes > 0) {
      problems.add(ReadProblem.of(SourceLocation.of(docx.firstTextBoxLine, 1), ProblemKind.SKIPPED_TEXT,
          ProblemSeverity.WARNING, OfficeProblems.of("docx.text-boxes", (long) docx.textBoxes), docx.firstTextBox));
    }
    if (docx.notes > 0) {
      problems.add(ReadProblem.of(SourceLocation.of(docx.firstNoteLine, 1), ProblemKind.SKIPPED_TEXT,
          ProblemSeverity.INFO, OfficeProblems.of("docx.notes", (long) docx.notes), ""));
    }
    return new DerivedText(docx.lines, problems, Optional.empty());
  }


  private void body(XWPFDocument doc) {
    int paragraph = 0;
    int table = 0;
    int control = 0;
    for (IBodyElement e : doc.getBodyElements()) {
      int changesBefore = insertions + deletions;
      int commentsBefore = commentIds.size();
      int notesBefore = notes;
      int textBoxesBefore = textBoxes;
      int linesBefore = lines.size();
      if (e instanceof XWPFParagraph) {
        paragraph++;
        block();
        List<String> ls = paragraph((XWPFParagraph) e);
        if (!ls.isEmpty()) {
          blank();
          for (String l : ls) {
            add(l, new FileOrigin.Paragraph(paragraph));
          }
        }
      } else if (e instanceof XWPFTable) {
        table++;
        blank();
        table((XWPFTable) e, table);
      } else if (e instanceof XWPFSDT) {
        control++;
        block();
        blank();
        for (String l : ((XWPFSDT) e).getContent().getText().split("\n", -1)) {
          if (!l.isBlank()) {
            add(clean(l), new FileOrigin.ContentControl(control));
          }
        }
      }
      // a change or comment is placed at its block's first line (or where the next block starts)
      int at = Math.min(lines.size(), linesBefore + 1);
      while (at < lines.size() && lines.get(at - 1).text().isEmpty()) {
        at++;
      }
      at = Math.max(1, at);
      if (firstChangeLine == 0 && insertions + deletions > changesBefore) {
        firstChangeLine = at;
      }
      if (firstCommentLine == 0 && commentIds.size() > commentsBefore) {
        firstCommentLine = at;
      }
      if (firstNoteLine == 0 && notes > notesBefore) {
        firstNoteLine = at;
      }
      if (firstTextBoxLine == 0 && textBoxes > textBoxesBefore) {
        firstTextBoxLine = at;
      }
    }
  }

  private void block() {
    if (++blocks > maxBlocks) {
      throw new TooManyBlocks();
    }
  }

  private void blank() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
      lines.add(SourceLine.BLANK);
    }
  }

  private void add(String text, FileOrigin origin) {
    lines.add(SourceLine.of(nfc(text), origin));
  }

  /** A paragraph's non-blank lines, its list label before the first. */
  private List<String> paragraph(XWPFParagraph p) {
    List<String> raw = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    runs(p.getCTP().getDomNode(), cur, raw);
    raw.add(cur.toString());
    List<String> out = new ArrayList<>();
    for (String l : raw) {
      String c = clean(l);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    Optional<String> label = numbering.next(p);
    if (label.isPresent() && !out.isEmpty()) {
      out.set(0, label.get() + " " + out.get(0));
    }
    return out;
  }

  /** Text inside a paragraph, tracked changes accepted; a break starts a new line. */
  private void runs(Node parent, StringBuilder cur, List<String> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() != Node.ELEMENT_NODE || !W.equals(n.getNamespaceURI())) {
        continue;
      }
      switch (n.getLocalName()) {
        case "pPr", "rPr", "delText", "instrText", "delInstrText", "softHyphen", "sym", "fldData" -> {
          // formatting, deleted text and field instructions are not read
        }
        case "footnoteReference", "endnoteReference" -> notes++; // the note's text is elsewhere; counted
        case "drawing", "pict", "object" -> textBox(n); // a text box's text is counted and quoted, not read
        case "t" -> text(n, cur);
        case "tab", "ptab" -> cur.append('\t');
        case "br", "cr" -> {
          out.add(cur.toString());
          cur.setLength(0);
        }
        case "noBreakHyphen" -> cur.append('-');
        case "del", "moveFrom" -> change(false);
        case "ins", "moveTo" -> {
          change(true);
          runs(n, cur, out);
        }
        case "commentReference", "commentRangeStart" -> comment(((Element) n).getAttributeNS(W, "id"));
        default -> runs(n, cur, out); // r, hyperlink, smartTag, sdt, sdtContent, fldSimple, customXml, …
      }
    }
  }

  /** The text nodes under a node (XmlBeans' DOM has no getTextContent). */
  private static void text(Node parent, StringBuilder cur) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        cur.append(n.getNodeValue());
      }
    }
  }

  /** Counts a drawing that holds a text box with text, keeping the first such text for the problem. */
  private void textBox(Node drawing) {
    StringBuilder t = new StringBuilder();
    boxText(drawing, t, false);
    String c = clean(t.toString().replace('\n', ' '));
    if (!c.isEmpty()) {
      textBoxes++;
      if (firstTextBox.isEmpty()) {
        firstTextBox = c.length() > 80 ? c.substring(0, 80) + "…" : c;
      }
    }
  }

  private static void boxText(Node parent, StringBuilder out, boolean inBox) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      boolean box = inBox || "txbxContent".equals(n.getLocalName());
      if (box && "t".equals(n.getLocalName()) && W.equals(n.getNamespaceURI())) {
        text(n, out);
      } else if (box && "p".equals(n.getLocalName()) && W.equals(n.getNamespaceURI()) && out.length() > 0) {
        out.append(' ');
        boxText(n, out, true);
      } else {
        boxText(n, out, box);
      }
    }
  }

  private void change(boolean inserted) {
    if (inserted) {
      insertions++;
    } else {
      deletions++;
    }
  }

  private void comment(String id) {
    commentIds.add(id);
  }

  private void table(XWPFTable t, int table) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Integer> rowNumbers = new ArrayList<>();
    int columns = 0;
    int r = 0;
    for (XWPFTableRow row : t.getRows()) {
      r++;
      Element trPr = child(row.getCtRow().getDomNode(), "trPr");
      if (trPr != null && child(trPr, "del") != null) {
        change(false); // a deleted row: not there once the changes are accepted
        continue;
      }
      if (trPr != null && child(trPr, "ins") != null) {
        change(true);
      }
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < gridValue(trPr, "gridBefore"); i++) {
        cells.add(Cell.EMPTY);
      }
      int number = 0;
      for (ICell ic : row.getTableICells()) {
        number++;
        block();
        Cell c = cell(ic, number);
        cells.add(c);
        for (int i = 1; i < c.span; i++) {
          cells.add(new Cell(List.of(), 1, number));
        }
      }
      for (int i = 0; i < gridValue(trPr, "gridAfter"); i++) {
        cells.add(Cell.EMPTY);
      }
      columns = Math.max(columns, cells.size());
      rows.add(cells);
      rowNumbers.add(r);
    }
    for (int i = 0; i < rows.size(); i++) {
      int row = rowNumbers.get(i);
      if (columns <= 2) {
        sideBySide(rows.get(i), table, row);
      } else {
        List<Cell> cells = rows.get(i);
        List<String> texts = cells.stream().map(c -> String.join(" ", c.lines).replace('\t', ' ').strip()
            .replaceAll("\\s{2,}", " ")).collect(Collectors.toList());
        addCells(texts, cells.stream().mapToInt(c -> c.number).toArray(), table, row);
      }
    }
  }

  /** Cells of a layout table: the k-th line of each cell on line k. */
  private void sideBySide(List<Cell> cells, int table, int row) {
    int height = cells.stream().mapToInt(c -> c.lines.size()).max().orElse(0);
    int[] numbers = cells.stream().mapToInt(c -> c.number).toArray();
    for (int k = 0; k < height; k++) {
      final int line = k;
      List<String> texts = cells.stream().map(c -> line < c.lines.size() ? c.lines.get(line).replace('\t', ' ') : "")
          .collect(Collectors.toList());
      while (texts.size() > 1 && texts.get(texts.size() - 1).isEmpty()) {
        texts.remove(texts.size() - 1);
      }
      addCells(texts, Arrays.copyOf(numbers, texts.size()), table, row);
    }
  }

  /** A line of a table's row; a cell numbered 0 (added to line the columns up) is placed at the row. */
  private void addCells(List<String> texts, int[] numbers, int table, int row) {
    List<String> cells = texts.stream().map(DocxText::nfc).collect(Collectors.toList());
    FileOrigin origin = new FileOrigin.Table(table, row);
    FileOrigin[] origins = new FileOrigin[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      origins[i] = numbers[i] > 0 ? new FileOrigin.Table(table, row, numbers[i]) : origin;
    }
    lines.add(SourceLine.ofCells(cells, origin, origins));
  }

  /** A cell's content: its non-blank lines, how many grid columns it spans, its number in the row. */
  private record Cell(List<String> lines, int span, int number) {
    static final Cell EMPTY = new Cell(List.of(), 1, 0);
  }

  private Cell cell(ICell ic, int number) {
    if (ic instanceof XWPFSDTCell) {
      List<String> ls = Arrays.stream(((XWPFSDTCell) ic).getContent().getText().split("\n"))
          .map(DocxText::clean).filter(s -> !s.isEmpty()).collect(Collectors.toList());
      return new Cell(ls, 1, number);
    }
    XWPFTableCell c = (XWPFTableCell) ic;
    Element tcPr = child(c.getCTTc().getDomNode(), "tcPr");
    int span = Math.max(1, gridValue(tcPr, "gridSpan"));
    Element vMerge = tcPr == null ? null : child(tcPr, "vMerge");
    if (vMerge != null && !"restart".equals(vMerge.getAttributeNS(W, "val"))) {
      // the continuation of a vertically merged cell is empty: its text is the first cell's
      skipCell(c);
      return new Cell(List.of(), span, number);
    }
    List<String> ls = new ArrayList<>();
    cellContent(c.getBodyElements(), ls);
    return new Cell(ls, span, number);
  }

  /** Walks a merged-away cell only to keep list counters, changes and comments right. */
  private void skipCell(XWPFTableCell c) {
    cellContent(c.getBodyElements(), new ArrayList<>());
  }

  private void cellContent(List<IBodyElement> elements, List<String> out) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph) {
        block();
        out.addAll(paragraph((XWPFParagraph) e));
      } else if (e instanceof XWPFTable) {
        for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
          List<String> parts = new ArrayList<>();
          for (ICell ic : row.getTableICells()) {
            block();
            parts.add(String.join(" ", cell(ic, 0).lines));
          }
          String joined = clean(String.join(" ", parts));
          if (!joined.isEmpty()) {
            out.add(joined);
          }
        }
      } else if (e instanceof XWPFSDT) {
        String s = clean(((XWPFSDT) e).getContent().getText().replace('\n', ' '));
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
  }

  private static int gridValue(Element parent, String name) {
    Element e = parent == null ? null : child(parent, name);
    if (e == null) {
      return 0;
    }
    try {
      return Math.min(64, Integer.parseInt(e.getAttributeNS(W, "val").strip()));
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  private static Element child(Node parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && W.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName())) {
        return (Element) n;
      }
    }
    return null;
  }

  /** Ends stripped, a run of tabs (with spaces around) as one tab, other control characters as spaces. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 && c != '\t' ? ' ' : c);
    }
    return b.toString().replaceAll("[ ]*\t[\t ]*", "\t").strip();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
