package vn.cchc.cli.readme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;

/** The Java example on the README's first screen, compiled against the public API only. */
final class ReadmeExample {
  private ReadmeExample() {}

  // BEGIN README
  static void main(String[] args) throws Exception {
    Catalogue catalogue = Catalogues.bundled();                                    // the 2024 template, "cchc-2024"
    Report report = ReportTextReader.of(catalogue)
        .read(Path.of("docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt"));     // line:column on any problem
    report.number().map(DocumentNumber::asWritten);                                // Optional["45/BC-UBND"]
    report.value("3.2.4/numerator").flatMap(IndicatorValue::number);               // Optional[1482]
    CheckResult result = Checker.check(report, catalogue);                         // derived ratios + findings
    result.findings().forEach(f -> System.out.println(f.message(Locale.forLanguageTag("vi"))));
    RenderInput in = RenderInput.builder().report(report).catalogue(catalogue)
        .findings(result.findings()).derivedValues(result.derived().values()).build();
    Renderers.find("html").render(in, RenderOptions.defaults(), Files.newOutputStream(Path.of("bc-45.html")));
  }
  // END README
}
