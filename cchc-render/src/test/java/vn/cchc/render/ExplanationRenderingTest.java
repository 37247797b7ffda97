package vn.cchc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.cchc.model.SourceLocation;
import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;
import vn.cchc.rules.Explanation;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/** A finding's explanations in every format that shows findings, in both languages. */
class ExplanationRenderingTest {
  private static final Explanation CAUSE = Explanation.builder().causeId("cause.part-omitted").rank(1)
      .addCorrections(new Explanation.Correction("1.1/numerator", BigDecimal.TEN))
      .addEvidence(Explanation.Evidence.sentence("Trước hạn: 7 nhiệm vụ.", Optional.of(BigDecimal.valueOf(7)), SourceLocation.of(20, 3)))
      .message(Samples.text("Có thể đã bỏ sót 7 nhiệm vụ <trước hạn>", "Probably left out 7 early tasks <early>")).build();

  private static RenderInput input() {
    Finding f = Finding.builder().ruleId("ratio.mismatch").severity(Severity.ERROR).addIndicatorIds("1.1", "1.1/numerator")
        .message(Samples.text("Tỷ lệ không khớp", "Ratio mismatch")).addExplanations(CAUSE).build();
    Finding n = Finding.builder().ruleId("narrative.total-appendix").severity(Severity.WARNING).location(SourceLocation.of(12, 1))
        .message(Samples.text("Tổng số khác phụ lục", "Total differs")).addExplanations(CAUSE).build();
    return RenderInput.builder().report(Samples.report()).catalogue(Samples.catalogue()).addFindings(f, n).build();
  }

  private static RenderOptions lang(java.util.Locale l) {
    return RenderOptions.builder().locale(l).build();
  }

  @Test
  void htmlShowsTheExplanationInsideTheFindingOnTheFiguresRow() {
    for (java.util.Locale l : java.util.List.of(RenderOptions.VIETNAMESE, java.util.Locale.ENGLISH)) {
      Document doc = Jsoup.parse(Render.string("html", input(), lang(l)));
      Element row = doc.selectFirst("tr[data-indicator=1.1]");
      Element e = row.selectFirst("td.findings li.finding ol.explanations li.explanation");
      assertThat(e.attr("data-cause")).isEqualTo("cause.part-omitted");
      assertThat(e.selectFirst("code.cause").text()).isEqualTo("cause.part-omitted");
      assertThat(e.text()).contains(l == RenderOptions.VIETNAMESE ? "Nguyên nhân có thể 1" : "Likely cause 1")
          .contains(l == RenderOptions.VIETNAMESE ? "bỏ sót 7 nhiệm vụ <trước hạn>" : "left out 7 early tasks <early>");
      assertThat(doc.selectFirst("section.other-findings li.explanation").attr("data-cause")).isEqualTo("cause.part-omitted");
    }
  }

  @Test
  void textMarkdownAndCsvShowItAfterTheFinding() {
    for (String format : new String[] {"text", "markdown", "csv"}) {
      String vi = Render.string(format, input(), lang(RenderOptions.VIETNAMESE)).replace("\\", "");
      String en = Render.string(format, input(), lang(java.util.Locale.ENGLISH)).replace("\\", "");
      assertThat(vi.replaceAll("\\s+", " ")).as(format).contains("Nguyên nhân có thể 1").contains("cause.part-omitted");
      assertThat(en.replaceAll("\\s+", " ")).as(format).contains("Likely cause 1").contains("cause.part-omitted");
    }
  }
}
