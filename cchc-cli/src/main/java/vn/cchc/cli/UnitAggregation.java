package vn.cchc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.AggregateRenderers;
import vn.cchc.render.RenderException;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.UnknownFormatException;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.render.spi.UnitTableRows;
import vn.cchc.rules.Severity;
import vn.cchc.rules.rollup.RollUpProblem;
import vn.cchc.rules.rollup.RollUpSource;
import vn.cchc.rules.rollup.UnitRollUp;
import vn.cchc.rules.rollup.UnitTable;
import vn.cchc.rules.units.UnitRegistry;
import vn.cchc.rules.units.UnitRegistryException;

/**
 * {@code cchc aggregate FILE... --units UNITS [--by district|province] [--to text|json|csv|html|xlsx] [-o OUT]}:
 * reads and checks every report, rolls them up by unit ({@link UnitRollUp}) and renders the result through the
 * aggregate renderer SPI. Roll-up problems (a report left out or counted once) go to standard error, one a line.
 */
final class UnitAggregation {
  private UnitAggregation() {}

  /** Exit code when a report was left out of the roll-up or counted once (and nothing worse happened). */
  static final int LEFT_OUT = ExitCodes.ERROR_FINDINGS;

  static int run(List<Path> files, Catalogue catalogue, ReadOptions reading, UnitAggregateOptions options, String to,
      Locale locale, PrintWriter out, PrintWriter err) {
    UnitRegistry registry;
    try {
      registry = UnitRegistry.read(options.units);
    } catch (UnitRegistryException e) {
      throw new InputException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new InputException(CommandFailure.about(options.units, "input.cannot-read",
          String.valueOf(e.getCause().getMessage())), e);
    } catch (IllegalStateException e) {
      throw new InputException(options.units + ": " + e.getMessage(), e);
    }
    AggregateRenderer renderer = null;
    if (!"text".equals(to)) {
      try {
        renderer = AggregateRenderers.find(to);
      } catch (UnknownFormatException e) {
        throw new InputException("aggregate: " + e.getMessage(), e);
      }
      if (renderer.descriptor().binary() && options.output == null) {
        throw new InputException(l -> Texts.text(l, "aggregate.binary-needs-output", to), null);
      }
    }
    int total = files.size();
    long step = total >= 100 ? Math.max(1, total / 20) : Long.MAX_VALUE;
    boolean partial = false;
    List<RollUpSource> sources = new ArrayList<>();
    for (Path f : files) {
      LoadedReport read = ReportInput.read(f, Optional.empty(), catalogue, reading);
      ReadProblems.print(read, reading.verbose, err, locale);
      partial |= read.partial();
      sources.add(RollUpSource.of(f.toString(), read.report(),
          CliChecks.check(f, read.report(), catalogue).findings()));
      if (sources.size() % step == 0 || (total >= 100 && sources.size() == total)) {
        // counts as text: never grouped ("1234/5000"), as the progress line has always been
        err.println("aggregate: " + Texts.text(locale, "progress", Integer.toString(sources.size()),
            Integer.toString(total)));
        err.flush();
      }
    }
    UnitTable table;
    try {
      table = UnitRollUp.of(catalogue, registry).excludingErrors(options.excludeErrors)
          .groupedBy(options.by == UnitAggregateOptions.Level.province ? AdministrativeLevel.PROVINCE
              : AdministrativeLevel.DISTRICT)
          .roll(sources);
    } catch (IllegalArgumentException e) {
      throw new InputException("aggregate: " + e.getMessage(), e);
    }
    for (RollUpProblem p : table.problems()) {
      err.println("aggregate: " + Texts.text(locale, "severity." + p.severity().name().toLowerCase(Locale.ROOT)) + ": "
          + String.join(", ", p.sources()) + ": " + p.message(locale));
    }
    err.flush();
    AggregateInput input;
    try {
      input = AggregateInput.of(table, catalogue).withTargets(options.targets);
      if (options.indicators != null && !options.indicators.isEmpty()) {
        input = input.withIndicators(options.indicators);
      }
    } catch (IllegalArgumentException e) {
      throw new InputException("aggregate: " + e.getMessage(), e);
    }
    byte[] bytes = renderer == null ? text(input, locale).getBytes(StandardCharsets.UTF_8)
        : render(renderer, input, locale);
    if (options.output == null) {
      out.print(new String(bytes, StandardCharsets.UTF_8));
      out.flush();
    } else {
      AtomicOutput.write(options.output, target -> target.write(bytes), AtomicOutput.FILES);
      err.println("aggregate: " + Texts.text(locale, "wrote", options.output.toString()));
      err.flush();
    }
    boolean leftOut = table.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
    int code = ExitCodes.of(partial, false);
    return code | (leftOut ? LEFT_OUT : 0);
  }

  private static byte[] render(AggregateRenderer renderer, AggregateInput input, Locale locale) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      renderer.render(input, RenderOptions.builder().locale(locale).build(), buffer);
    } catch (IOException | RenderException e) {
      throw new InputException(CommandFailure.about("aggregate", "render.cannot", renderer.descriptor().name(),
          String.valueOf(e.getMessage())), e);
    }
    return buffer.toByteArray();
  }

  /**
   * The per-unit table as plain text: group totals, units beneath, figures written for the language. Counts are
   * passed as text, written as they always were ("1234", never grouped).
   */
  static String text(AggregateInput in, Locale locale) {
    UnitTable t = in.table();
    StringBuilder b = new StringBuilder();
    b.append(Texts.text(locale, "aggregate.units.heading", RenderTexts.period(t.period(), locale),
        Long.toString(t.total().reports()), Integer.toString(t.rows().size()), Integer.toString(t.expected()),
        Integer.toString(t.late().size()), t.deadline().toString())).append('\n');
    for (UnitTableRows.Row r : UnitTableRows.rows(in)) {
      b.append(r.kind() == UnitTableRows.Kind.UNIT ? "    " : "  ").append(r.code().isEmpty() ? "" : r.code() + " ")
          .append(UnitTableRows.name(r, locale));
      if (r.kind() == UnitTableRows.Kind.UNIT) {
        b.append(r.errors() > 0 ? " [" + Texts.count(locale, "errors", r.errors()) + (r.excluded() ? ", "
            + Texts.text(locale, "aggregate.units.not-counted") : "") + "]" : "")
            .append(r.late() ? " [" + Texts.text(locale, "aggregate.units.late") + "]" : "");
      }
      for (String id : in.indicators()) {
        UnitTableRows.Figure f = r.figures().get(id);
        b.append(" | ").append(id).append(' ').append(f.value().map(v -> RenderTexts.number(
            v.setScale(2, RoundingMode.HALF_UP), locale) + (f.denominator().isPresent() ? " %" : "")).orElse("—"));
      }
      b.append('\n');
    }
    if (!t.missing().isEmpty()) {
      b.append("  ").append(Texts.text(locale, "aggregate.units.missing", Integer.toString(t.missing().size()),
          String.join(", ", t.missing().stream().map(u -> u.name()).toList()))).append('\n');
    }
    return b.toString();
  }

}
