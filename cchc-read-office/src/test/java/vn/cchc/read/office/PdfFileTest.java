package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.read.office.FileFormatException.Reason;

/**
 * PDFs that cannot be read say why: a scan without a text layer, a password, damage, too many pages;
 * a page without text amid others is a warning; too many lines stop reading. The PDFs are made with
 * PDFBox here (the scan, the encryption), not with this project's code.
 */
class PdfFileTest {
  private static final ReportFileReader READER = ReportFileReader.of(Catalogues.bundled());

  static FileFormatException refused(byte[] bytes) {
    return refused(bytes, READER);
  }

  static FileFormatException refused(byte[] bytes, ReportFileReader reader) {
    try {
      reader.readLenient(new ByteArrayInputStream(bytes));
    } catch (FileFormatException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected a FileFormatException", e);
    }
    throw new AssertionError("the PDF was read");
  }

  /** A PDF of the given pages: a page's text (ASCII, Helvetica) or, for null, an image and no text. */
  static byte[] pdf(StandardProtectionPolicy protection, String... pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (String text : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (text == null) {
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            img.getGraphics().drawString("BAO CAO (scanned)", 10, 50);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            cs.drawImage(x, 50, 500, 400, 200);
          } else {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.setLeading(14);
            cs.newLineAtOffset(60, 780);
            for (String l : text.split("\n")) {
              cs.showText(l);
              cs.newLine();
            }
            cs.endText();
          }
        }
      }
      if (protection != null) {
        doc.protect(protection);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aScanWithoutATextLayerIsRefusedAndSaysSo() throws Exception {
    FileFormatException e = refused(pdf(null, null, null));
    assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER);
    assertThat(e).hasMessageContaining("no text layer").hasMessageContaining("a scan")
        .hasMessageContaining("does no OCR");
  }

  @Test
  void aPageWithoutTextAmidOthersIsAWarningAtWhereItWas() throws Exception {
    FileReadResult r = READER.readLenient(new ByteArrayInputStream(pdf(null, "BAO CAO\nSo: 45/BC-UBND", null,
        "Noi nhan:")));
    assertThat(r.readResult().problems(ProblemSeverity.WARNING)).filteredOn(p -> p.kind() == ProblemKind.SKIPPED_TEXT)
        .extracting(p -> p.message()).anySatisfy(m -> assertThat(m).startsWith("page 2 of the PDF has no text"));
    assertThat(r.text()).contains("BAO CAO\nSo: 45/BC-UBND\n").contains("Noi nhan:");
    assertThat(r.format()).isEqualTo(SourceFormat.PDF);
  }

  @Test
  void aPasswordToOpenItIsEncryptedAnOwnerPasswordAloneIsReadAsEveryViewerShowsIt() throws Exception {
    StandardProtectionPolicy user = new StandardProtectionPolicy("chủ", "mở", new AccessPermission());
    user.setEncryptionKeyLength(128);
    FileFormatException e = refused(pdf(user, "BAO CAO"));
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e).hasMessageContaining("password");

    AccessPermission noCopy = new AccessPermission();
    noCopy.setCanExtractContent(false);
    StandardProtectionPolicy owner = new StandardProtectionPolicy("chủ", "", noCopy);
    owner.setEncryptionKeyLength(128);
    FileReadResult r = READER.readLenient(new ByteArrayInputStream(pdf(owner, "BAO CAO")));
    assertThat(r.text()).contains("BAO CAO");
    assertThat(r.format()).isEqualTo(SourceFormat.PDF);
  }

  @Test
  void aTruncatedPdfIsDamagedWithPdfBoxsExceptionAsTheCause() throws Exception {
    byte[] whole = pdf(null, "BAO CAO\nSo: 45/BC-UBND");
    FileFormatException e = refused(Arrays.copyOf(whole, 40));
    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    assertThat(e).hasMessageStartingWith("the PDF cannot be read");
    assertThat(e.getCause()).isNotNull();
    assertThat(e.getMessage()).doesNotContain("\tat ");
  }

  @Test
  void theLimitsOfPagesAndLinesAreKept() throws Exception {
    byte[] three = pdf(null, "BAO CAO", "1. One\n2. Two\n3. Three", "END");
    FileLimits d = FileLimits.defaults();
    FileFormatException e = refused(three, READER.withLimits(new FileLimits(d.maxInputBytes(),
        d.maxEntryBytes(), d.maxTotalBytes(), d.maxEntries(), d.minInflateRatio(), d.maxBlocks(), 2)));
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e).hasMessageContaining("3 pages, more than 2");

    FileReadResult r = READER.withLimits(new FileLimits(d.maxInputBytes(), d.maxEntryBytes(), d.maxTotalBytes(),
        d.maxEntries(), d.minInflateRatio(), 3, d.maxPages())).readLenient(new ByteArrayInputStream(three));
    assertThat(r.readResult().report()).isEmpty();
    assertThat(r.readResult().problems()).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE));
  }

  @Test
  void linesAreNumberedFromTheTopOfEachPage() throws Exception {
    DerivedText t = PdfText.derive(pdf(null, "BAO CAO\nSo: 45", "Noi nhan:\n- Luu: VP."), FileLimits.defaults());
    assertThat(t.lines()).extracting(SourceLine::origin).containsExactly(new FileOrigin.Page(1, 1),
        new FileOrigin.Page(1, 2), null, new FileOrigin.Page(2, 1), new FileOrigin.Page(2, 2));
    assertThat(t.lines().get(3).origin()).hasToString("page 2, line 1");
  }
}
