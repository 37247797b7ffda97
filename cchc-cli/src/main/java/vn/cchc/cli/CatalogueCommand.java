package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: 'cchc catalogue export' or 'cchc catalogue diff A B'");
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

    @Override
    public Integer call() {
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

    @Override
    public Integer call() {
      Catalogue a = load(older);
      Catalogue b = load(newer);
      CatalogueDiff d = CatalogueDiff.between(a, b);
      PrintWriter out = spec.commandLine().getOut();
      for (CatalogueDiff.Change c : d.changes()) {
        out.println(c.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + c.id() + "\t" + c.before() + "\t" + c.after());
      }
      out.println(a.id() + " (" + a.version() + ") → " + b.id() + " (" + b.version() + "): "
          + d.changes(CatalogueDiff.Kind.ADDED).size() + " added, " + d.changes(CatalogueDiff.Kind.REMOVED).size()
          + " removed, " + d.changes(CatalogueDiff.Kind.RELABELLED).size() + " relabelled, "
          + d.changes(CatalogueDiff.Kind.MOVED).size() + " moved, " + d.changes(CatalogueDiff.Kind.REDEFINED).size()
          + " redefined");
      out.flush();
      return ExitCodes.OK;
    }
  }
}
