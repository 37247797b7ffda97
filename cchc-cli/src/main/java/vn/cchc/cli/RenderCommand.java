package vn.cchc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.render.CsvProfile;
import vn.cchc.render.FormatInfo;
import vn.cchc.render.Profile;
import vn.cchc.render.RenderException;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderer;
import vn.cchc.render.Renderers;
import vn.cchc.render.UnknownFormatException;
import vn.cchc.rules.CheckResult;

/**
 * {@code cchc render FILE --format FMT [-o OUT] [--lenient] [-v]} and {@code cchc render --list}. Read problems go
 * to standard error. Exit codes: 0 read completely (and rendered, error findings or not), 4 read partly and
 * rendered (--lenient), 2 nothing done, 70 a bug ({@link ExitCodes}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Renders a report, with its derived ratios and findings, in a format found by name "
        + "(built in: text, markdown, html, csv, json, xlsx, docx; applications add their own).",
        "Binary formats (xlsx, docx) need -o.",
        "Read problems go to standard error, one a line: FILE:line:column: error|warning|info: message: «text». "
            + "With --lenient a partly read report is rendered too, and the exit code 4 says it is partial: "
            + "the rendering does not show what the reader could not read."})
final class RenderCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the report: report text, a Word document (DOCX), an Excel workbook (XLSX), a PDF with text, or cchc JSON (*.json); the format is found from the content")
  private Path file;

  @Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "the format name, e.g. html")
  private String format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "the output file (default: standard output)")
  private Path output;

  @Option(names = "--list", description = "list the formats found and exit")
  private boolean list;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
      description = "language of the labels, of the read problems and warnings on standard error and of a message "
          + "that stops the command, a BCP 47 tag: vi, en, or any language you add a bundle for (default: ${DEFAULT-VALUE})")
  private String lang;

  @Option(names = "--no-derived", negatable = false, description = "leave out derived ratios")
  private boolean noDerived;

  @Option(names = "--no-findings", negatable = false, description = "leave out the findings of the standard rules")
  private boolean noFindings;

  @Option(names = "--bom", description = "CSV: start with a byte-order mark (for Excel)")
  private boolean bom;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "docx: issue (default; the document to sign and send, nothing added) or review (findings as "
          + "comments, derived values, a watermark); pdf: issue only (the PDF/A to sign and send); csv: pipeline (default; RFC 4180, \".\" decimals) or "
          + "spreadsheet (BOM, \";\" separator, \",\" decimals, codes kept as text)")
  private String profile;

  @Mixin
  private ReadOptions reading;

  /** How the output file's temporary stream is opened (tests simulate a full device). */
  AtomicOutput.Opener opener = AtomicOutput.FILES;

  /** How a format's renderer is found (tests use one that fails). */
  java.util.function.Function<String, Renderer> renderers = Renderers::find;

  @Mixin
  private AppendixOption appendix;

  @Mixin
  private CatalogueOption catalogue;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (FormatInfo f : Renderers.formats()) {
        out.println(String.format(Locale.ROOT, "%-10s %-28s %s (%s)", f.format(), f.descriptor().mediaType(),
            f.descriptor().description(), f.providerName()));
      }
      out.flush();
      return 0;
    }
    Locale language = Texts.checked(spec, lang);
    if (file == null || format == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), Texts.text(language, "render.needs-file-and-format"));
    }
    Renderer renderer;
    try {
      renderer = renderers.apply(format);
    } catch (UnknownFormatException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (renderer.descriptor().binary() && output == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Texts.text(language, "render.binary-needs-output", renderer.descriptor().name()));
    }
    Catalogue catalogue = this.catalogue.load();
    LoadedReport read = ReportInput.read(file, appendix.file(), catalogue, reading);
    ReadProblems.print(read, reading.verbose, spec.commandLine().getErr(), language);
    Report report = read.report();
    CheckResult result = CliChecks.check(file, report, catalogue);
    RenderInput input = RenderInput.builder().report(report).catalogue(catalogue)
        .findings(noFindings ? java.util.List.of() : result.findings())
        .derivedValues(noDerived ? java.util.List.of() : new ArrayList<>(result.derived().values()))
        .build();
    vn.cchc.render.ImmutableRenderOptions.Builder builder = RenderOptions.builder();
    if (profile != null) {
      switch (profile.toLowerCase(Locale.ROOT)) {
        case "issue" -> builder.profile(Profile.ISSUE);
        case "review" -> builder.profile(Profile.REVIEW);
        case "pipeline" -> builder.csvProfile(CsvProfile.PIPELINE);
        case "spreadsheet" -> builder.csvProfile(CsvProfile.SPREADSHEET);
        default -> throw new CommandLine.ParameterException(spec.commandLine(),
            Texts.text(language, "render.profile", profile));
      }
    }
    RenderOptions options = builder.locale(language).includeDerived(!noDerived)
        .includeFindings(!noFindings).csvBom(bom)
        // what a renderer changed to fit its format (a text cut to an Excel cell's limit) is said, not hidden
        // (the renderer's own text after the localised severity: "render: cảnh báo: xlsx: 'Phụ lục'!C5: …")
        .onWarning(w -> spec.commandLine().getErr().println("render: " + Texts.text(language, "render.warning",
            w.toString()))).build();
    if (output == null) {
      // Text formats only (binary ones need -o): through the command's writer, so that it honours UTF-8.
      java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
      render(renderer, input, options, buffer, locale -> "");
      out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    } else {
      boolean existed = Files.exists(output);
      Function<Locale, String> kept = locale -> "; " + (existed ? Texts.text(locale, "render.kept", output.toString())
          : Texts.text(locale, "render.nothing-written"));
      AtomicOutput.write(output, target -> render(renderer, input, options, target, kept), opener);
      spec.commandLine().getErr().println("render: " + Texts.text(language, "wrote", output.toString()));
    }
    return ExitCodes.of(read.partial(), false);
  }

  /** The renderer's failure as an input failure (exit 2) naming the file, never a stack trace. */
  private void render(Renderer renderer, RenderInput input, RenderOptions options, OutputStream target,
      Function<Locale, String> kept) throws IOException {
    try {
      renderer.render(input, options, target);
    } catch (RenderException | UncheckedIOException e) {
      // the renderer's own message, as it gives it
      String message = String.valueOf(e.getMessage());
      throw new InputException(locale -> CommandFailure.about(file, "render.cannot", format, message).apply(locale)
          + kept.apply(locale), e);
    } catch (RuntimeException e) {
      String bug = e.toString();
      throw new InputException(locale -> CommandFailure.about(file, "render.cannot.bug", format,
          renderer.getClass().getName(), bug).apply(locale) + kept.apply(locale), e);
    }
  }
}
