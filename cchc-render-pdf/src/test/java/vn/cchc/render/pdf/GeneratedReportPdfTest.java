package vn.cchc.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.render.RenderInput;
import vn.cchc.testkit.ReportGenerators;

/**
 * Generated reports (cchc-testkit) whose catalogue labels are three times as long as the template's, so that rows
 * wrap over several lines and the table runs over many pages: every row's code is extractable, the two header rows
 * are on every page of the table, "Nơi nhận" stays with the signer's name, the pages are A4.
 */
class GeneratedReportPdfTest {
  @TempDir
  Path dir;

  static Catalogue longLabels(Catalogue c) {
    List<IndicatorDefinition> defs = c.indicators().stream()
        .map(d -> IndicatorDefinition.builder().from(d)
            .label(d.label() + " — " + d.label() + " (nhắc lại để nhãn thật dài) " + d.label()).build())
        .collect(Collectors.toList());
    return Catalogue.builder().from(c).indicators(defs).build();
  }

  @Test
  void longLabelsAndManyRowsKeepTheHeaderOnEveryPageAndEveryCode() throws Exception {
    Catalogue catalogue = longLabels(Catalogues.bundled());
    List<Report> reports = ReportGenerators.consistent(catalogue).narrative(true).smallestFirst(20261202L, 3);
    for (int n = 0; n < reports.size(); n++) {
      Report report = reports.get(n);
      Path pdf = dir.resolve("generated-" + n + ".pdf");
      Files.write(pdf, PdfRendererTest.render(RenderInput.builder().report(report).catalogue(catalogue).build()));
      List<String> pages = PdfRendererTest.bodies(pdf);
      String all = Poppler.flat(String.join(" ", pages));
      for (AppendixEntry e : report.appendix()) {
        e.codeAsWritten().ifPresent(code -> assertThat(all).as("report, row %s", code).contains(code));
      }
      int first = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("PHỤ LỤC")) {
          first = i;
          break;
        }
      }
      if (report.appendix().isEmpty()) {
        continue;
      }
      assertThat(first).as("report %d has its appendix", n).isPositive();
      if (n == reports.size() - 1) {
        assertThat(pages.size() - first).as("the largest report's table runs over pages").isGreaterThan(2);
      }
      for (int i = first; i < pages.size(); i++) {
        assertThat(pages.get(i)).as("report %d, page %d", n, i + 1).contains("Các chỉ tiêu").contains("Đơn vị tính")
            .contains("Số liệu");
      }
      if (report.signer().isPresent() && !report.recipients().isEmpty()) {
        String name = report.signer().get().name();
        int rec = -1;
        int sig = -1;
        for (int i = 0; i < pages.size(); i++) {
          rec = rec < 0 && pages.get(i).contains("Nơi nhận:") ? i : rec;
          sig = sig < 0 && Poppler.flat(pages.get(i)).contains(Poppler.flat(name)) ? i : sig;
        }
        assertThat(sig).as("report %d: the signer's name is on the page of Nơi nhận", n).isEqualTo(rec);
      }
      assertThat(PdfRendererTest.pagesInfo(pdf, pages.size()).lines().filter(l -> l.matches("Page\\s+\\d+ size:.*")))
          .allMatch(l -> l.contains("(A4)"));
    }
  }
}
