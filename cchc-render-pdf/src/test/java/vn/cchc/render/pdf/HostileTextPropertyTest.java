package vn.cchc.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;

/**
 * Whatever a recipient line holds — markup ("&lt;b&gt;", "&amp;amp;", "]]&gt;"), quotes, control characters, a lone
 * surrogate — the PDF is written and the line reads back as written (controls dropped or shown as spaces, never
 * as glyphs): no text of a report becomes markup or breaks the document. White space is not compared: a long line
 * wraps wherever a break is allowed, after a hyphen or a slash too.
 */
class HostileTextPropertyTest {
  static final String[] PIECES = {"<b>", "</p>", "&amp;", "&", "]]>", "<!--", "\"", "'", "Ủy ban", "Đình Cả", "x",
      "45/BC-UBND", "\u0000", "\u001B[2J", "\u0007", "\uD800", "\r", "ệ", "ỹ", "ữ"};

  @TempDir
  Path dir;

  static Gen<String> hostile() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 12)
        .map(ix -> ix.stream().map(i -> PIECES[i]).collect(Collectors.joining(" ")));
  }

  @Test
  void anyRecipientLineIsWrittenAsText() throws Exception {
    Report sample = ReportTextReader.of(Catalogues.bundled()).read(PdfRendererTest.SAMPLE);
    int[] n = {0};
    qt().withExamples(4).withShrinkCycles(20).forAll(hostile()).checkAssert(line -> {
      try {
        assertReadsBack(sample, line, dir.resolve("hostile-" + n[0]++ + ".pdf"));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /**
   * The line CI drew once: long enough to wrap after the hyphen of its second "45/BC-UBND" (poppler's reading order
   * then drops the hyphen, so the text is read in content order).
   */
  @Test
  void aLineWrappedAfterAHyphenReadsBackWithItsHyphen() throws Exception {
    Report sample = ReportTextReader.of(Catalogues.bundled()).read(PdfRendererTest.SAMPLE);
    assertReadsBack(sample, "Ủy ban ỹ &amp; 45/BC-UBND \u0000 <b> 45/BC-UBND \u001B[2J & ]]> ệ ệ", dir.resolve("wrap.pdf"));
  }

  static void assertReadsBack(Report sample, String line, Path pdf) throws Exception {
    Report r = Report.builder().from(sample).recipients(List.of(line)).build();
    Files.write(pdf, PdfRendererTest.render(RenderInput.builder().report(r).catalogue(Catalogues.bundled()).build()));
    String text = Poppler.compact(Poppler.contentOrder(pdf));
    String expected = r.recipients().get(0).replaceAll("[\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]", " ");
    assertThat(text).as("the line, white space aside, in:%n%s", text).contains(Poppler.compact("- " + expected + "."));
  }
}
