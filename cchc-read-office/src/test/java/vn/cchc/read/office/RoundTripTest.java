package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;

/**
 * The project's own DOCX renderer writes the sample; this reader reads it back to the same appendix.
 * This proves little on its own (one project writing what it reads, both shaped by the same idea of
 * the document): {@link LibreOfficeDocxTest} and {@link WordShapedDocxTest} test files of other
 * shapes. It guards that the two modules keep agreeing, and shows where they do not yet: the renderer
 * writes two lines under the appendix heading that are neither its title nor its caption. Those two
 * problems are asserted, so the test fails when either side changes. (A coded answer the renderer
 * writes with its meaning, "2 (3 cấp)", reads back as the code.)
 */
class RoundTripTest {
  @Test
  void theRenderedSampleReadsBackToTheSameAppendix() throws Exception {
    Catalogue catalogue = Catalogues.bundled();
    Report sample = ReportTextReader.of(catalogue).read(SampleHtml.SAMPLE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.find("docx").render(RenderInput.builder().report(sample).catalogue(catalogue).build(),
        RenderOptions.defaults(), out);

    FileReadResult back = ReportFileReader.of(catalogue).readLenient(new ByteArrayInputStream(out.toByteArray()));

    Report r = back.readResult().report().orElseThrow(() -> new AssertionError(back.readResult().problems()));
    // the appendix is headed as the template heads it ("BÁO CÁO KẾT QUẢ …", "(Kèm theo Báo cáo số …)"): every line is read
    assertThat(back.readResult().problems()).extracting(p -> p.kind() + " " + p.offendingText()).isEmpty();
    java.util.Map<String, String> expected = new java.util.TreeMap<>(LibreOfficeDocxTest.values(sample));
    // the renderer writes coded answers with their meaning: the same code, written otherwise
    assertThat(expected.put("1.5", "CODED 0 (Không)")).isEqualTo("CODED 0");
    assertThat(expected.put("7.2", "CODED 2 (3 cấp)")).isEqualTo("CODED 2");
    // the renderer writes a percentage without the "%" the sample has: the same figure, written otherwise
    assertThat(expected.put("1.1", "PERCENTAGE 30")).isEqualTo("PERCENTAGE 30%");
    assertThat(LibreOfficeDocxTest.values(r)).hasSize(121).isEqualTo(expected);
    assertThat(r.number()).isEqualTo(sample.number());
    assertThat(r.issueDate()).isEqualTo(sample.issueDate());
  }
}
