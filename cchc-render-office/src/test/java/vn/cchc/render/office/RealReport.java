package vn.cchc.render.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;

/** The real report of docs/samples (Báo cáo 45/BC-UBND), read and checked once, with its findings and derived values. */
final class RealReport {
  static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static RenderInput input;

  private RealReport() {}

  static synchronized RenderInput input() {
    if (input == null) {
      Catalogue catalogue = Catalogues.bundled();
      try {
        Report report = ReportTextReader.of(catalogue).read(SAMPLE);
        CheckResult result = Checker.check(report, catalogue);
        input = RenderInput.builder().report(report).catalogue(catalogue).findings(result.findings())
            .derivedValues(result.derived().values()).build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return input;
  }
}
