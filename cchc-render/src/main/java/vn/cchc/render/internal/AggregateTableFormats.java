package vn.cchc.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unbescape.json.JsonEscape;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.message.Message;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.render.spi.UnitTableRows;
import vn.cchc.render.spi.UnitTableRows.Figure;
import vn.cchc.render.spi.UnitTableRows.Row;
import vn.cchc.rules.rollup.PeriodTotal;
import vn.cchc.rules.rollup.RollUpProblem;
import vn.cchc.rules.rollup.UnitGroup;
import vn.cchc.rules.units.AdministrativeUnit;

/**
 * The per-unit table as CSV and as JSON: the same rows ({@link UnitTableRows}), machine-readable numbers. What a
 * program reads is the same in every language — the CSV's column names and cell words, the JSON's keys; the JSON's
 * texts for people (a period's label, a problem's message) are worded for {@link RenderOptions#locale()}, and each
 * problem keeps its message key and arguments.
 */
final class AggregateTableFormats {
  private AggregateTableFormats() {}

  static final FormatDescriptor CSV = new FormatDescriptor("csv", "The per-unit table of a roll-up: a total row per "
      + "group, one row per unit, a grand total; numerators, denominators and ratios of the key indicators",
      "text/csv; charset=UTF-8", "csv", false);
  static final FormatDescriptor JSON = new FormatDescriptor("json", "The per-unit table of a roll-up with its "
      + "coverage, problems and trend, as JSON", "application/json", "json", false);

  /** Ratios to 4 decimals in machine output; counts as written. */
  static String number(BigDecimal b) {
    BigDecimal s = b.scale() > 4 ? b.setScale(4, RoundingMode.HALF_UP) : b;
    s = s.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static final class Csv implements AggregateRenderer {
    @Override
    public FormatDescriptor descriptor() {
      return CSV;
    }

    @Override
    public void render(AggregateInput in, RenderOptions options, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(vn.cchc.render.spi.OutputStreams.nonClosing(out), StandardCharsets.UTF_8);
      if (options.csvBom()) {
        w.write('\uFEFF');
      }
      List<String> header = new ArrayList<>(UnitTableRows.fixedHeader());
      in.indicators().forEach(id -> header.addAll(UnitTableRows.indicatorHeader(in, id)));
      line(w, header);
      for (Row r : UnitTableRows.rows(in)) {
        List<String> cells = new ArrayList<>(List.of(r.kind().label(), r.groupCode(), r.groupName(), r.code(), r.name(),
            r.source().orElse(""), r.issueDate().map(Object::toString).orElse(""), r.late() ? "có" : "",
            Long.toString(r.errors()), Long.toString(r.warnings()), r.excluded() ? "có" : "", Long.toString(r.reports())));
        for (Figure f : r.figures().values()) {
          cells.add(f.numerator().map(AggregateTableFormats::number).orElse(""));
          cells.add(f.denominator().map(AggregateTableFormats::number).orElse(""));
          cells.add(f.value().map(AggregateTableFormats::number).orElse(""));
        }
        line(w, cells);
      }
      w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(CsvFormat.cell(cells.get(i)));
      }
      w.write("\r\n");
    }
  }

  static final class Json implements AggregateRenderer {
    @Override
    public FormatDescriptor descriptor() {
      return JSON;
    }

    private static String str(String s) {
      return "\"" + JsonEscape.escapeJson(s) + "\"";
    }

    private static String num(Optional<BigDecimal> b) {
      return b.map(AggregateTableFormats::number).orElse("null");
    }

    private static String period(ReportingPeriod p, Locale l) {
      return "{\"year\": " + p.year() + ", \"kind\": " + str(p.kind().name()) + ", \"index\": " + p.index()
          + ", \"label\": " + str(RenderTexts.period(p, l)) + "}";
    }

    /** A message's arguments as JSON: numbers as numbers, text as text (dates ISO-8601, nested messages worded). */
    private static String arguments(Message m, Locale l) {
      StringBuilder b = new StringBuilder("[");
      for (Object a : m.jsonArguments(l)) {
        b.append(b.length() > 1 ? ", " : "").append(a instanceof BigDecimal n ? number(n) : a instanceof Long n
            ? n.toString() : str(a.toString()));
      }
      return b.append(']').toString();
    }

    private static String figures(Map<String, Figure> fs) {
      StringBuilder b = new StringBuilder("{");
      fs.forEach((id, f) -> b.append(b.length() > 1 ? ", " : "").append(str(id)).append(": {\"numerator\": ")
          .append(num(f.numerator())).append(", \"denominator\": ").append(num(f.denominator())).append(", \"value\": ")
          .append(num(f.value())).append('}'));
      return b.append('}').toString();
    }

    @Override
    public void render(AggregateInput in, RenderOptions options, OutputStream out) throws IOException {
      StringBuilder b = new StringBuilder();
      var t = in.table();
      Locale l = options.locale();
      b.append("{\n  \"catalogueId\": ").append(str(t.catalogueId()))
          .append(",\n  \"period\": ").append(period(t.period(), l))
          .append(",\n  \"reportingLevel\": ").append(str(t.reportingLevel().name()))
          .append(",\n  \"groupLevel\": ").append(str(t.groupLevel().name()))
          .append(",\n  \"deadline\": ").append(str(t.deadline().toString()))
          .append(",\n  \"errorsExcluded\": ").append(t.errorsExcluded())
          .append(",\n  \"indicators\": [");
      for (int i = 0; i < in.indicators().size(); i++) {
        String id = in.indicators().get(i);
        b.append(i == 0 ? "\n    " : ",\n    ").append("{\"id\": ").append(str(id)).append(", \"label\": ")
            .append(str(in.label(id))).append(", \"target\": ").append(num(Optional.ofNullable(in.targets().get(id))))
            .append('}');
      }
      b.append("\n  ],\n  \"coverage\": {\"expected\": ").append(t.expected()).append(", \"reported\": ")
          .append(t.rows().size()).append(", \"late\": ").append(t.late().size()).append(", \"missing\": [");
      boolean first = true;
      for (UnitGroup g : t.groups()) {
        for (AdministrativeUnit u : g.missing()) {
          b.append(first ? "\n    " : ",\n    ").append("{\"code\": ").append(str(u.code())).append(", \"name\": ")
              .append(str(u.name())).append(", \"groupCode\": ").append(str(g.unit().code())).append('}');
          first = false;
        }
      }
      b.append(first ? "]},\n  \"rows\": [" : "\n  ]},\n  \"rows\": [");
      first = true;
      for (Row r : UnitTableRows.rows(in)) {
        b.append(first ? "\n    " : ",\n    ").append("{\"kind\": ").append(str(r.kind().name()))
            .append(", \"groupCode\": ").append(str(r.groupCode())).append(", \"groupName\": ").append(str(r.groupName()))
            .append(", \"code\": ").append(str(r.code())).append(", \"name\": ").append(str(r.name()))
            .append(", \"source\": ").append(r.source().map(Json::str).orElse("null"))
            .append(", \"issueDate\": ").append(r.issueDate().map(d -> str(d.toString())).orElse("null"))
            .append(", \"late\": ").append(r.late()).append(", \"errors\": ").append(r.errors())
            .append(", \"warnings\": ").append(r.warnings()).append(", \"excluded\": ").append(r.excluded())
            .append(", \"reports\": ").append(r.reports()).append(", \"figures\": ").append(figures(r.figures()))
            .append('}');
        first = false;
      }
      b.append("\n  ],\n  \"history\": [");
      first = true;
      for (PeriodTotal h : t.history()) {
        Map<String, Figure> fs = new java.util.LinkedHashMap<>();
        in.indicators().forEach(id -> fs.put(id, new Figure(h.total().value(id).flatMap(v -> v.numerator()),
            h.total().value(id).flatMap(v -> v.denominator()), h.total().value(id).flatMap(vn.cchc.rules.rollup.Figures::of))));
        b.append(first ? "\n    " : ",\n    ").append("{\"period\": ").append(period(h.period(), l)).append(", \"reports\": ")
            .append(h.sources().size()).append(", \"figures\": ").append(figures(fs)).append('}');
        first = false;
      }
      b.append("\n  ],\n  \"problems\": [");
      first = true;
      for (RollUpProblem p : t.problems()) {
        b.append(first ? "\n    " : ",\n    ").append("{\"kind\": ").append(str(p.kind().name())).append(", \"severity\": ")
            .append(str(p.severity().name())).append(", \"sources\": [");
        for (int i = 0; i < p.sources().size(); i++) {
          b.append(i == 0 ? "" : ", ").append(str(p.sources().get(i)));
        }
        b.append("], \"message\": ").append(str(p.message(l))).append(", \"messageKey\": ").append(str(p.text().key()))
            .append(", \"arguments\": ").append(arguments(p.text(), l)).append('}');
        first = false;
      }
      b.append("\n  ]\n}\n");
      out.write(b.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
