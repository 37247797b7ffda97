package vn.cchc.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import vn.cchc.render.testing.ExternalTools;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;
import vn.cchc.render.spi.NarrativeText;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;

/**
 * The real report (Báo cáo 45/BC-UBND) as PDF, read back by poppler as a reader's viewer would and by PDFBox for
 * the PDF/A markers: the header, the number, every narrative sentence as written, every appendix row's code and
 * figure on one line, every font embedded, A4 pages, page numbers from page 2, "Nơi nhận" on the page of the
 * signer's name, the appendix's header rows on every page of the table.
 */
class PdfRendererTest {
  static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  static final Catalogue CATALOGUE = Catalogues.bundled();
  @TempDir
  static Path dir;
  static RenderInput input;
  static Path pdf;

  @BeforeAll
  static void render() throws IOException {
    Report report = ReportTextReader.of(CATALOGUE).read(SAMPLE);
    CheckResult result = Checker.check(report, CATALOGUE);
    input = RenderInput.builder().report(report).catalogue(CATALOGUE).findings(result.findings())
        .derivedValues(result.derived().values()).build();
    pdf = dir.resolve("bc-45.pdf");
    Files.write(pdf, render(input));
  }

  static byte[] render(RenderInput in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Renderers.find("pdf").render(in, RenderOptions.defaults(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The pages' text with each page's number (pages 2 on) taken off its top, checked to be there. */
  static List<String> bodies(Path file) throws IOException, InterruptedException {
    List<String> pages = Poppler.pages(file);
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String p = pages.get(i).stripLeading();
      if (i > 0) {
        String number = Integer.toString(i + 1);
        assertThat(p).as("page %d starts with its number", i + 1).startsWith(number);
        p = p.substring(number.length());
      }
      bodies.add(p);
    }
    return bodies;
  }

  @Test
  void theHeaderNumberAndTitleAreExtractableText() throws Exception {
    String page1 = Poppler.pages(pdf).get(0);
    // the decree's header writes the body in full: "UBND" is "ỦY BAN NHÂN DÂN" above the unit
    assertThat(page1).contains("ỦY BAN NHÂN DÂN").contains("THỊ TRẤN ĐÌNH CẢ")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc").contains("Số: 45/BC-UBND")
        .contains(RenderTexts.placeAndDate(input.report())).contains("BÁO CÁO");
    assertThat(Poppler.flat(page1)).contains(Poppler.flat(input.report().title()));
  }

  @Test
  void everyNarrativeSentenceIsThereAsWritten() throws Exception {
    String text = Poppler.flat(String.join(" ", bodies(pdf)));
    List<String> paragraphs = new ArrayList<>();
    input.report().preamble().forEach(b -> paragraphs.add(b.text()));
    input.report().sections().forEach(s -> collect(s, paragraphs));
    input.report().closing().forEach(b -> paragraphs.add(b.text()));
    assertThat(paragraphs).hasSizeGreaterThan(40);
    for (String p : paragraphs) {
      assertThat(text).as("paragraph as written").contains(Poppler.flat(NarrativeText.plain(p)));
    }
    // the copy's artefacts are not printed
    assertThat(text).doesNotContain("- +").doesNotContain("**");
  }

  private static void collect(NarrativeSection s, List<String> out) {
    out.add(s.title());
    for (NarrativeBlock b : s.blocks()) {
      out.add(b.text());
    }
    s.children().forEach(c -> collect(c, out));
  }

  @Test
  void everyAppendixRowShowsItsCodeAndFigureOnOneLine() throws Exception {
    String text = Poppler.text(pdf);
    int rows = 0;
    for (AppendixEntry e : input.report().appendix()) {
      if (e.codeAsWritten().isEmpty()) {
        continue;
      }
      String value = RenderTexts.value(e.value(), CATALOGUE);
      String first = value.isEmpty() ? "" : value.split(" ")[0];
      Pattern line = Pattern.compile("(?m)^\\s*" + Pattern.quote(e.codeAsWritten().get()) + "\\s"
          + (first.isEmpty() ? "" : ".*\\s" + Pattern.quote(first) + "(\\s|$)"));
      assertThat(line.matcher(text).find()).as("row %s with %s", e.codeAsWritten().get(), value).isTrue();
      rows++;
    }
    assertThat(rows).isGreaterThan(60);
    assertThat(text).contains("1.492").contains("99,3").contains("1.481");
  }

  @Test
  void nơiNhậnIsOnThePageOfTheSignersName() throws Exception {
    List<String> pages = Poppler.pages(pdf);
    String name = input.report().signer().orElseThrow().name();
    String position = input.report().signer().orElseThrow().position();
    int recipients = indexOf(pages, "Nơi nhận:");
    assertThat(recipients).isNotNegative();
    assertThat(indexOf(pages, name)).isEqualTo(recipients);
    assertThat(indexOf(pages, position)).isEqualTo(recipients);
    for (String r : input.report().recipients()) {
      assertThat(Poppler.flat(pages.get(recipients))).contains(Poppler.flat(r));
    }
  }

  private static int indexOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theAppendixHeaderIsRepeatedOnEveryPageOfTheTable() throws Exception {
    List<String> pages = bodies(pdf);
    int first = indexOf(pages, "PHỤ LỤC");
    assertThat(first).as("the appendix starts on a page of its own").isPositive();
    assertThat(pages.get(first - 1)).doesNotContain("PHỤ LỤC");
    assertThat(pages.size() - first).as("121 rows take more than one page").isGreaterThan(1);
    for (int i = first; i < pages.size(); i++) {
      assertThat(pages.get(i)).as("page %d", i + 1).contains("STT").contains("Các chỉ tiêu").contains("Kết quả")
          .contains("Đơn vị tính").contains("Số liệu").contains("Ghi chú");
    }
  }

  @Test
  void everyFontIsEmbeddedLiberationSerifWithUnicode() throws Exception {
    List<String[]> fonts = Poppler.fonts(pdf);
    assertThat(fonts).hasSizeGreaterThanOrEqualTo(3); // regular, bold, italic at least
    for (String[] f : fonts) {
      int n = f.length;
      assertThat(f[0]).as("font name").contains("LiberationSerif");
      assertThat(f[n - 5]).as("%s embedded", f[0]).isEqualTo("yes");
      assertThat(f[n - 4]).as("%s subset", f[0]).isEqualTo("yes");
      assertThat(f[n - 3]).as("%s has a ToUnicode map", f[0]).isEqualTo("yes");
    }
  }

  @Test
  void pagesAreA4AndRenderAsPages() throws Exception {
    int pages = Poppler.pageCount(pdf);
    assertThat(pages).as("narrative 3-6 pages, appendix 3-6").isBetween(5, 14);
    String sizes = pagesInfo(pdf, pages);
    assertThat(sizes.lines().filter(l -> l.matches("Page\\s+\\d+ size:.*")).toList()).hasSize(pages)
        .allMatch(l -> l.contains("595.") && l.contains("x 841.") && l.contains("(A4)"));
    List<Path> pngs = Poppler.render(pdf, dir.resolve("png"), 30);
    assertThat(pngs).hasSize(pages);
    for (Path png : pngs) {
      BufferedImage img = ImageIO.read(png.toFile());
      // 210 x 297 mm at 30 dpi is 248.0 x 350.8 pixels; poppler rounds up
      assertThat(img.getWidth()).isBetween(248, 249);
      assertThat(img.getHeight()).isBetween(350, 351);
      assertThat(darkShare(img)).as("%s has printed text", png.getFileName()).isGreaterThan(0.005);
    }
  }

  static String pagesInfo(Path file, int pages) throws IOException, InterruptedException {
    return ExternalTools.run(List.of(Poppler.tool("pdfinfo"), "-f", "1", "-l",
        Integer.toString(pages), file.toString()));
  }

  static double darkShare(BufferedImage img) {
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (lum < 3 * 128) {
          dark++;
        }
      }
    }
    return (double) dark / ((long) img.getWidth() * img.getHeight());
  }

  @Test
  void theFileCarriesThePdfAMarkersAndIsReadyToSign() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.isEncrypted()).isFalse();
      assertThat(doc.getSignatureDictionaries()).isEmpty();
      assertThat(doc.getVersion()).isEqualTo(1.7f);
      XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
      assertThat(xmp.getDublinCoreSchema().getTitle()).contains("45/BC-UBND");
      assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(input.report().issuer().displayName());
      assertThat(xmp.getXMPBasicSchema().getCreateDate()).isNotNull();
      assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo(input.report().issuer().displayName());
      assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier())
          .contains("sRGB");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi");
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (var name : res.getFontNames()) {
          PDFont f = res.getFont(name);
          assertThat(f.isEmbedded()).as("%s embedded", f.getName()).isTrue();
          fonts++;
        }
      }
      assertThat(fonts).isPositive();
    }
  }
}
