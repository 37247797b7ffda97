package vn.cchc.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;

/**
 * veraPDF — the PDF/A validator of the PDF Association and the Open Preservation Foundation, an implementation
 * independent of the PDFBox that wrote the file — checks the real report's PDF against every rule of PDF/A-2b.
 */
class PdfAValidationTest {
  @BeforeAll
  static void foundry() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void theRealReportIsPdfA2b() throws Exception {
    byte[] pdf = PdfRendererTest.render(RenderInput.builder().catalogue(PdfRendererTest.CATALOGUE)
        .report(ReportTextReader.of(PdfRendererTest.CATALOGUE).read(PdfRendererTest.SAMPLE)).build());
    ValidationResult result = validate(pdf);
    assertThat(result.isCompliant()).as("veraPDF's failed rules:\n%s", failures(result)).isTrue();
  }

  /** The check can fail: a plain PDF (no XMP, no output intent) is not PDF/A-2b. */
  @Test
  void aPlainPdfIsNot() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(out);
    }
    ValidationResult result = validate(out.toByteArray());
    assertThat(result.isCompliant()).isFalse();
    assertThat(failures(result)).isNotEmpty();
  }

  private static String failures(ValidationResult result) {
    return result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
        .distinct().collect(Collectors.joining("\n"));
  }

  private static ValidationResult validate(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
         PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
      return result;
    }
  }
}
