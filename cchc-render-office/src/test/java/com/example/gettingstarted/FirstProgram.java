package com.example.gettingstarted;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;

/** Reads a report, checks it and renders it as HTML: args[0] is the report text, args[1] the HTML file. */
public class FirstProgram {
  public static void main(String[] args) throws IOException {
    Catalogue catalogue = Catalogues.bundled();                            // the 2024 template, "cchc-2024"
    Report report = ReportTextReader.of(catalogue).read(Path.of(args[0])); // line:column on any problem
    CheckResult result = Checker.check(report, catalogue);                 // derived ratios + findings
    result.findings().forEach(f -> System.out.println(f.message(Locale.forLanguageTag("vi"))));
    RenderInput input = RenderInput.builder().report(report).catalogue(catalogue)
        .findings(result.findings()).derivedValues(result.derived().values()).build();
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      Renderers.find("html").render(input, RenderOptions.defaults(), out);   // or "xlsx", "docx", "csv"…
    }
  }
}
