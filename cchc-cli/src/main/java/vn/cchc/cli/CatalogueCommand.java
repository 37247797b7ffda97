package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.CatalogueDiff;
import vn.cchc.model.catalogue.Catalogues;

/**
 * {@code cchc catalogue export [-o FILE]} and {@code cchc catalogue diff A B}: the bundled catalogue's JSON for a
 * user to copy and change, and what changed between two catalogue versions. Exit codes: 0 done, 2 nothing done
 * (a catalogue cannot be read, the output cannot be written), 70 a bug.
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
    description = "Works with indicator catalogues: export the bundled one, compare two versions.",
    subcommands = {CatalogueCommand.Export.class, CatalogueCommand.Diff.class})
final class CatalogueCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
      description = "language of this help page, of a usage error and, given before export or diff, of everything "
          + "it says (its own --lang, after it, wins); a BCP 47 tag: vi, en, or any language you add a bundle for "
          + "(default: ${DEFAULT-VALUE})")
  private String lang;

  @Override
  public void run() {
    Locale locale = Texts.checked(spec, lang);
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), Texts.text(locale, "catalogue.missing-command"));
  }

  /** Reads a catalogue named on the command line: "bundled" (cchc-2024) or a JSON file. */
  static Catalogue load(String name) {
    return name.equals("bundled") ? Catalogues.bundled() : ReportInput.catalogue(Optional.of(Path.of(name)));
  }

  /** {@code cchc catalogue export}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Writes the bundled catalogue cchc-2024 as JSON (exactly as shipped), for a province to copy and "
          + "change: its own code lists, indicators, aggregation, constraints, version and validity. "
          + "Read it back with --catalogue FILE. Format: docs/catalogue.schema.json, docs/catalogue-variants.md."})
  static final class Export implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    private Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
        description = "language of a message that stops the command (the JSON is the same in every language), a "
            + "BCP 47 tag: vi, en, or any language you add a bundle for (default: ${DEFAULT-VALUE})")
    private String lang;

    @Override
    public Integer call() {
      Texts.checked(spec, lang); // a message that stops the command is written in it
      byte[] json = Catalogues.bundledJson();
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
      }
      AtomicOutput.write(output, out -> out.write(json), AtomicOutput.FILES); // as render -o: all or nothing
      return ExitCodes.OK;
    }
  }

  /** {@code cchc catalogue diff A B}. */
  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Compares two catalogue versions indicator by indicator (matched by id): added, removed, "
          + "relabelled (another label), moved (another code or parent), redefined (another kind, unit, code list or "
          + "aggregation). One change a line: KIND<tab>id<tab>before<tab>after; then a count."})
  static final class Diff implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the older catalogue: a JSON file, or 'bundled'")
    private String older;

    @Parameters(index = "1", paramLabel = "B", description = "the newer catalogue: a JSON file, or 'bundled'")
    private String newer;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
        description = "language of the count line and of a message that stops the command (the change lines are the "
            + "same in every language), a BCP 47 tag: vi, en, or any language you add a bundle for (default: "
            + "${DEFAULT-VALUE})")
    private String lang;

    @Override
    public Integer call() {
      Locale locale = Texts.checked(spec, lang);
      Catalogue a = load(older);
      Catalogue b = load(newer);
      CatalogueDiff d = CatalogueDiff.between(a, b);
      PrintWriter out = spec.commandLine().getOut();
      for (CatalogueDiff.Change c : d.changes()) {
        out.println(c.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + c.id() + "\t" + c.before() + "\t" + c.after());
      }
      // the counts as text, never grouped, as they have always been written
      out.println(Texts.text(locale, "catalogue.diff.summary", a.id(), a.version(), b.id(), b.version(),
          count(d, CatalogueDiff.Kind.ADDED), count(d, CatalogueDiff.Kind.REMOVED), count(d, CatalogueDiff.Kind.RELABELLED),
          count(d, CatalogueDiff.Kind.MOVED), count(d, CatalogueDiff.Kind.REDEFINED)));
      out.flush();
      return ExitCodes.OK;
    }

    private static String count(CatalogueDiff d, CatalogueDiff.Kind kind) {
      return Integer.toString(d.changes(kind).size());
    }
  }
}
