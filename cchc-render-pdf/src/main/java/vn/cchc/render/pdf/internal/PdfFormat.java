package vn.cchc.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.Signer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Profile;
import vn.cchc.render.RenderException;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.RenderWarning;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.NarrativeText;
import vn.cchc.render.spi.OutputStreams;
import vn.cchc.render.spi.IssuerHeader;
import vn.cchc.render.spi.RenderTexts;

/**
 * The issuable report as a PDF/A-2b file in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I — the same document
 * as the {@code docx} renderer's issue profile: A4 portrait, margins top 20 mm, bottom 20 mm, left 30 mm, right
 * 15 mm; issuer (upper case, bold) and "Số: …" top left; national name (bold, 12 pt) and motto (bold, 13 pt,
 * underlined) top right; the place-and-date line in italics; "BÁO CÁO" and the title centred and bold; the
 * narrative (14 pt, justified, first-line indent; headings kept with the next paragraph; numbered tasks written as
 * paragraphs; the copy's artefacts cleaned through {@link NarrativeText}); "Nơi nhận" and the signature block side
 * by side, kept together on one page; on a new page the appendix table with the template's two header rows, repeated
 * on every page; page numbers centred at the top from page 2.
 *
 * <p>The report is written as an XHTML document ({@link XhtmlReport}, built as a DOM, so no text of the report can
 * become markup) and laid out by openhtmltopdf on Apache PDFBox. Every font is Liberation Serif (metric-compatible
 * with Times New Roman, every Vietnamese letter), bundled with this module and embedded as a subset; the file
 * carries XMP metadata (title, the issuing body as author, dates, {@code pdfaid:part=2}, {@code conformance=B}) and
 * an sRGB output intent. No encryption, the signer's name as real text: ready for a digital signature.
 *
 * <p>Always the issued document in Vietnamese: {@link Profile#REVIEW} is not served (a {@link RenderWarning} says to
 * use {@code docx}), findings and derived values are not shown. A batch puts each report on new pages of one file,
 * laid out in memory.
 */
final class PdfFormat implements Renderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("pdf",
      "PDF/A-2b of the issuable report in the layout of Nghị định 30/2020 (A4, fonts embedded)",
      "application/pdf", "pdf", true);

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
      throws IOException {
    if (options.profile() == Profile.REVIEW) {
      options.onWarning().accept(new RenderWarning("pdf", "document",
          "PDF là văn bản ban hành: bản rà soát (--profile review) chỉ có ở định dạng docx"));
    }
    boolean strict = options.property("pdf.dateStyle").map("decree"::equals).orElse(false);
    PdfResources.quietLogging();
    Document doc = newDocument();
    XhtmlReport x = new XhtmlReport(doc, strict);
    String title = null;
    String author = null;
    for (RenderInput in : inputs) {
      Report r = in.report();
      if (title == null) {
        title = Label.REPORT.text(vn.cchc.render.RenderOptions.VIETNAMESE) + " " + r.numberOrDraft() + " - " + r.title();
        author = r.issuer().displayName();
      }
      x.report(in);
    }
    if (title == null) {
      throw new RenderException("pdf: no report to render (a PDF needs at least one page)");
    }
    x.metadata(title, author);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.usePdfAConformance(PdfAConformance.PDFA_2_B);
    b.useColorProfile(PdfResources.srgb());
    PdfResources.fonts(b);
    b.withProducer("cchc (openhtmltopdf, Apache PDFBox)");
    b.withW3cDocument(doc, "about:blank");
    b.toStream(OutputStreams.nonClosing(out));
    b.withDiagnosticConsumer(d -> {
      if (d.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        options.onWarning().accept(new RenderWarning("pdf", "layout", d.getFormattedMessage()));
      }
    });
    try {
      b.run();
    } catch (RuntimeException e) {
      throw new RenderException("pdf: the document could not be laid out: " + e.getMessage(), e);
    }
    out.flush();
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser is not configured", e);
    }
  }

  /** The XHTML document of one or more reports, built element by element. */
  static final class XhtmlReport {
    private static final String NS = "http://www.w3.org/1999/xhtml";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("[^\\s/\\-][/\\-][^\\s/\\-]");
    private final Document doc;
    private final Element head;
    private final Element body;
    private final boolean strictDate;
    private int reports;

    XhtmlReport(Document doc, boolean strictDate) {
      this.doc = doc;
      this.strictDate = strictDate;
      Element html = doc.createElementNS(NS, "html");
      html.setAttribute("lang", "vi");
      doc.appendChild(html);
      head = el(html, "head", null);
      el(head, "style", null).setTextContent(PdfResources.css());
      body = el(html, "body", null);
    }

    void metadata(String title, String author) {
      Element t = doc.createElementNS(NS, "title");
      t.setTextContent(clean(title));
      head.insertBefore(t, head.getFirstChild());
      meta("author", author);
      meta("subject", "Báo cáo công tác cải cách hành chính");
    }

    private void meta(String name, String content) {
      Element m = el(head, "meta", null);
      m.setAttribute("name", name);
      m.setAttribute("content", clean(content));
    }

    private Element el(Element parent, String name, String cls) {
      Element e = doc.createElementNS(NS, name);
      if (cls != null) {
        e.setAttribute("class", cls);
      }
      parent.appendChild(e);
      return e;
    }

    private Element text(Element parent, String name, String cls, String text) {
      Element e = el(parent, name, cls);
      e.appendChild(doc.createTextNode(clean(text)));
      return e;
    }

    /** The text as the PDF can show it: control characters and characters XML cannot carry become spaces. */
    static String clean(String text) {
      String s = RenderTexts.printable(text).replace('\t', ' ');
      StringBuilder sb = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean ok;
        if (Character.isHighSurrogate(c)) {
          ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (ok) {
            if (sb != null) {
              sb.append(c).append(s.charAt(i + 1));
            }
            i++;
            continue;
          }
        } else {
          ok = !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
        }
        if (!ok && sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        if (sb != null) {
          sb.append(ok ? c : ' ');
        }
      }
      return sb == null ? s : sb.toString();
    }

    void report(RenderInput in) {
      Report r = in.report();
      Element rep = el(body, "div", reports++ == 0 ? "report" : "report next");
      Element top = el(rep, "table", "head");
      Element row = el(top, "tr", null);
      Element left = el(row, "td", "issuer");
      IssuerHeader issuer = IssuerHeader.of(r.issuer());
      issuer.superior().forEach(line -> text(left, "p", "n13", line));
      issuer.issuer().forEach(line -> text(left, "p", "b13", line));
      el(left, "div", "rule");
      text(left, "p", "n13", "Số: " + r.number().map(DocumentNumber::asWritten)
          .orElse("      /BC-" + r.issuer().body()));
      Element right = el(row, "td", "nation");
      text(right, "p", "b12", RenderTexts.NATIONAL_NAME);
      text(right, "p", "b13 motto", RenderTexts.MOTTO);
      Element row2 = el(top, "tr", null);
      el(row2, "td", "issuer");
      text(el(row2, "td", "nation"), "p", "date", RenderTexts.placeAndDate(r, strictDate));

      text(rep, "p", "doc-kind", Label.REPORT.text(vn.cchc.render.RenderOptions.VIETNAMESE));
      text(rep, "p", "doc-title", r.title());
      blocks(rep, r.preamble());
      for (NarrativeSection s : r.sections()) {
        section(rep, s, 0);
      }
      blocks(rep, r.closing());
      signature(rep, r);
      if (!r.appendix().isEmpty()) {
        appendix(rep, in);
      }
    }

    private void section(Element parent, NarrativeSection s, int depth) {
      String text = s.marker() + (s.title().isEmpty() ? "" : " " + s.title());
      if (NarrativeText.isNumberedParagraph(s)) {
        runs(el(parent, "p", "body"), text);
      } else {
        text(parent, "p", depth == 0 ? "h1" : depth == 1 ? "h2" : "h3", NarrativeText.plain(text));
      }
      blocks(parent, s.blocks());
      for (NarrativeSection c : s.children()) {
        section(parent, c, depth + 1);
      }
    }

    private void blocks(Element parent, List<NarrativeBlock> blocks) {
      for (NarrativeBlock b : blocks) {
        String marker = NarrativeText.marker(b);
        Element p = el(parent, "p", b.kind() == NarrativeBlock.Kind.SUB_BULLET ? "body sub" : "body");
        runs(p, (marker.isEmpty() ? "" : marker + " ") + b.text());
      }
    }

    /**
     * The text with the copy's emphasis as italics ({@link NarrativeText#runs(String)}), word by word: a word that
     * changes style inside ("(" then italic "như") is set wholly in italics, since the layout may break a line
     * between two inline elements and would leave "(" at the end of a line; a word with a slash or a hyphen inside
     * ("45/BC-UBND", "31/01/2024", "QĐ-TTg") is put in a span that is never broken across lines, so "20" is
     * never cut from "/KH-UBND".
     */
    private void runs(Element p, String text) {
      List<NarrativeText.Run> runs = NarrativeText.runs(text);
      StringBuilder chars = new StringBuilder();
      java.util.BitSet italic = new java.util.BitSet();
      for (NarrativeText.Run r : runs) {
        String t = clean(r.text());
        if (r.italic()) {
          italic.set(chars.length(), chars.length() + t.length());
        }
        chars.append(t);
      }
      int n = chars.length();
      int i = 0;
      while (i < n) {
        int j = i;
        boolean space = Character.isWhitespace(chars.charAt(i));
        while (j < n && Character.isWhitespace(chars.charAt(j)) == space) {
          j++;
        }
        String word = chars.substring(i, j);
        int styleChange = italic.get(i, j).cardinality();
        boolean mixed = styleChange != 0 && styleChange != j - i;
        if (mixed) {
          italic.set(i, j); // one style per word: the layout breaks lines between inline elements
        }
        if (space) {
          p.appendChild(doc.createTextNode(word));
        } else if (JOINED.matcher(word).find()) {
          styled(el(p, "span", "nw"), chars, italic, i, j);
        } else {
          styled(p, chars, italic, i, j);
        }
        i = j;
      }
    }

    /** Characters {@code from..to} as text nodes, italic stretches in {@code <i>}. */
    private void styled(Element parent, CharSequence chars, java.util.BitSet italic, int from, int to) {
      int i = from;
      while (i < to) {
        boolean it = italic.get(i);
        int k = italic.nextSetBit(i);
        int j = it ? Math.min(italic.nextClearBit(i), to) : k < 0 || k > to ? to : k;
        String piece = chars.subSequence(i, j).toString();
        if (it) {
          text(parent, "i", null, piece);
        } else {
          parent.appendChild(doc.createTextNode(piece));
        }
        i = j;
      }
    }

    /** "Nơi nhận" left and the signature block right, in one table row the layout keeps on one page. */
    private void signature(Element parent, Report r) {
      Element t = el(parent, "table", "sign");
      Element row = el(t, "tr", null);
      Element left = el(row, "td", "recipients");
      if (!r.recipients().isEmpty()) {
        text(left, "p", "rec-head", Label.RECIPIENTS.text(vn.cchc.render.RenderOptions.VIETNAMESE) + ":");
        List<String> recs = r.recipients();
        for (int i = 0; i < recs.size(); i++) {
          text(left, "p", "rec", "- " + recs.get(i) + (i == recs.size() - 1 ? "." : ";"));
        }
      }
      Element right = el(row, "td", "signer");
      if (r.signer().isPresent()) {
        Signer s = r.signer().get();
        s.onBehalfOf().ifPresent(o -> text(right, "p", "b14", o));
        text(right, "p", "b14", s.position());
        el(right, "div", "sign-space");
        text(right, "p", "b14", s.name());
      }
    }

    private void appendix(Element parent, RenderInput in) {
      Report rep = in.report();
      Element box = el(parent, "div", "appendix");
      text(box, "p", "app-h", Label.APPENDIX.text(vn.cchc.render.RenderOptions.VIETNAMESE));
      text(box, "p", "app-cap", Label.APPENDIX_TITLE.text(vn.cchc.render.RenderOptions.VIETNAMESE) + " "
          + RenderTexts.period(rep.period(), vn.cchc.render.RenderOptions.VIETNAMESE).toUpperCase(VI));
      text(box, "p", "app-ref", "(" + Label.ATTACHED_TO.text(vn.cchc.render.RenderOptions.VIETNAMESE) + " " + rep.numberOrDraft()
          + rep.issueDate().map(d -> " ngày " + RenderTexts.date(d)).orElse("") + " của "
          + rep.issuer().displayName() + ")");
      Element t = el(box, "table", "grid");
      Element cols = el(t, "colgroup", null);
      for (String w : new String[] {"15mm", "auto", "23mm", "21mm", "23mm"}) {
        el(cols, "col", null).setAttribute("style", "width: " + w);
      }
      Element thead = el(t, "thead", null);
      Element h1 = el(thead, "tr", null);
      text(h1, "th", null, Label.CODE.text(vn.cchc.render.RenderOptions.VIETNAMESE)).setAttribute("rowspan", "2");
      text(h1, "th", null, Label.INDICATOR.text(vn.cchc.render.RenderOptions.VIETNAMESE)).setAttribute("rowspan", "2");
      text(h1, "th", null, Label.RESULT.text(vn.cchc.render.RenderOptions.VIETNAMESE)).setAttribute("colspan", "2");
      text(h1, "th", null, Label.NOTE.text(vn.cchc.render.RenderOptions.VIETNAMESE)).setAttribute("rowspan", "2");
      Element h2 = el(thead, "tr", null);
      text(h2, "th", null, Label.UNIT.text(vn.cchc.render.RenderOptions.VIETNAMESE));
      text(h2, "th", null, Label.VALUE.text(vn.cchc.render.RenderOptions.VIETNAMESE));
      Element tbody = el(t, "tbody", null);
      for (AppendixEntry e : rep.appendix()) {
        Element row = el(tbody, "tr", null);
        text(row, "td", null, e.codeAsWritten().orElse(""));
        text(row, "td", e.codeAsWritten().isEmpty() ? "child" : null, e.label());
        text(row, "td", null, e.unitAsWritten());
        text(row, "td", "num", RenderTexts.value(e.value(), in.catalogue()));
        text(row, "td", null, e.note().orElse(""));
      }
    }
  }
}
