package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/** {@code cchc check FILE [--format text|json] [--lang vi|en]}: runs the standard rules on a report. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a report with the standard rules: ratios against their parts, parts against their whole, "
        + "ranges, units, codes, levels, narrative claims, document references and the data window.",
        "Exit code 0 when there is no error, 1 when there are errors, 2 when the file cannot be read."})
final class CheckCommand implements Callable<Integer> {
  /** Output formats of {@code check}. */
  enum Format { text, json }

  /** Message languages. */
  enum Lang { vi, en }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the report: report text, or cchc JSON (*.json)")
  private Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
      description = "message language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Lang lang;

  @Mixin
  private CatalogueOption catalogue;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Catalogue catalogue = this.catalogue.load();
    Report report = ReportInput.read(file, catalogue, false, spec.commandLine().getErr());
    CheckResult result = Checker.check(report, catalogue);
    Locale locale = Locale.forLanguageTag(lang.name());
    if (format == Format.json) {
      Json.print(result.toJson(locale), out);
    } else {
      printText(report, result, locale, out);
    }
    out.flush();
    return result.hasErrors() ? 1 : 0;
  }

  private static void printText(Report report, CheckResult result, Locale locale, PrintWriter out) {
    boolean vi = "vi".equals(locale.getLanguage());
    out.println((vi ? "Kiểm tra báo cáo số " : "Checked report ") + report.numberOrDraft() + " ("
        + report.issuer().asWritten() + ")");
    for (Finding f : result.findings()) {
      StringBuilder where = new StringBuilder();
      if (!f.indicatorIds().isEmpty()) {
        where.append(String.join(", ", f.indicatorIds()));
      }
      f.location().ifPresent(l -> where.append(where.length() > 0 ? " " : "").append(vi ? "dòng " : "line ").append(l));
      out.println(String.format(Locale.ROOT, "%-9s %-28s %-24s %s",
          vi ? f.severity().label() : f.severity().name().toLowerCase(Locale.ROOT), f.ruleId(), where, f.message(locale)));
    }
    long errors = result.findings(Severity.ERROR).size();
    long warnings = result.findings(Severity.WARNING).size();
    long infos = result.findings(Severity.INFO).size();
    out.println(vi
        ? String.format(Locale.ROOT, "%d lỗi, %d cảnh báo, %d thông tin; %d tỷ lệ được tính lại.", errors, warnings, infos,
            result.derived().size())
        : String.format(Locale.ROOT, "%d errors, %d warnings, %d info; %d ratios derived.", errors, warnings, infos,
            result.derived().size()));
  }
}
