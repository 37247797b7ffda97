package vn.cchc.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.render.spi.UnitTableRows;
import vn.cchc.render.spi.UnitTableRows.Figure;
import vn.cchc.render.spi.UnitTableRows.Kind;
import vn.cchc.render.spi.UnitTableRows.Row;
import vn.cchc.rules.rollup.Figures;
import vn.cchc.rules.rollup.PeriodTotal;
import vn.cchc.rules.rollup.RollUpProblem;
import vn.cchc.rules.rollup.UnitGroup;
import vn.cchc.rules.rollup.UnitRow;
import vn.cchc.rules.rollup.UnitTable;
import vn.cchc.rules.units.AdministrativeUnit;

/**
 * The roll-up as one self-contained HTML page: the totals, charts drawn as inline SVG (per-unit bars of
 * each key ratio against its target line, coverage per group, findings per unit, a trend line per period),
 * each with a {@code <title>}, a {@code <desc>} and a table holding the same numbers, then the per-unit table
 * and the problems. No script, no network, no external file; print CSS for A4. Every word the page adds is
 * worded for {@link RenderOptions#locale()} from the render labels' bundle (keys {@code aggregate.*}); numbers
 * are written for that language.
 */
final class DashboardFormat implements AggregateRenderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("html", "A self-contained HTML dashboard of a "
      + "roll-up: totals, per-unit table, inline SVG charts (no script, no network), printable on A4",
      "text/html; charset=UTF-8", "html", false);

  private static final int WIDTH = 720;
  private static final int LABEL = 230;
  private static final int PLOT = 400;
  private static final int BAR = 18;
  private static final int GAP = 6;

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  static String esc(String s) {
    return HtmlEscape.escapeHtml(s, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
        HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
  }

  static String pct(BigDecimal b, Locale l) {
    return RenderTexts.number(b.setScale(2, RoundingMode.HALF_UP), l) + " %";
  }

  static String num(BigDecimal b, Locale l) {
    return RenderTexts.number(b.stripTrailingZeros().scale() < 0 ? b.setScale(0) : b.stripTrailingZeros(), l);
  }

  /**
   * A text of the labels' bundle in the page's language. Counts are passed as text, written as they always were
   * ("1234", never grouped): the Vietnamese page stays what it was, whatever the number of units.
   */
  private static String w(Locale l, String key, Object... args) {
    return RenderTexts.message(key, args).format(l);
  }

  private static String level(Locale l, vn.cchc.model.AdministrativeLevel level) {
    return w(l, "aggregate.level." + level.name().toLowerCase(Locale.ROOT));
  }

  private static String period(ReportingPeriod p, Locale l) {
    return RenderTexts.period(p, l);
  }

  /** SVG coordinates: a dot as decimal mark, one decimal. */
  static String c(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static final String CSS = String.join("\n",
      "@page { size: A4; margin: 15mm 12mm; }",
      "body { font-family: 'Times New Roman', 'DejaVu Serif', 'Liberation Serif', serif; font-size: 12pt; margin: 1.5em; color: #111; }",
      "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.4em; border-bottom: 1px solid #999; }",
      "table { border-collapse: collapse; margin: .5em 0; font-size: 10pt; }",
      "th, td { border: 1px solid #888; padding: 2px 5px; vertical-align: top; }",
      "td.n { text-align: right; white-space: nowrap; }",
      "tr.group td { font-weight: bold; background: #eef2f7; } tr.total td { font-weight: bold; background: #dde6f0; }",
      "tr.excluded td { color: #777; text-decoration: line-through; } .err { color: #b00020; font-weight: bold; }",
      ".kpi { display: inline-block; border: 1px solid #888; padding: .4em .8em; margin: 0 .5em .5em 0; }",
      ".kpi b { display: block; font-size: 15pt; }",
      "figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }",
      "figcaption { font-weight: bold; margin-bottom: .3em; } svg text { font-family: inherit; font-size: 11px; }",
      "details table { font-size: 9pt; }",
      "@media print { body { margin: 0; font-size: 11pt; } details { display: block; } details > summary { display: none; }"
          + " h2 { break-after: avoid; } tr { break-inside: avoid; } svg { max-width: 100%; height: auto; } }");

  @Override
  public void render(AggregateInput in, RenderOptions options, OutputStream out) throws IOException {
    UnitTable t = in.table();
    Locale l = options.locale();
    List<Row> rows = UnitTableRows.rows(in);
    StringBuilder h = new StringBuilder(64 * 1024);
    String title = in.title().orElseGet(() -> w(l, "aggregate.title")) + " — " + period(t.period(), l);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(l.toLanguageTag())).append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(esc(title))
        .append("</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n")
        .append(CSS).append("\n</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p>").append(esc(w(l, "aggregate.intro", t.catalogueId(), level(l, t.reportingLevel()),
        level(l, t.groupLevel()), date(t.deadline())))).append(' ');
    if (t.errorsExcluded()) {
      // the negation in bold: the sentence is escaped around a mark that stands for it
      h.append(esc(w(l, "aggregate.errors-excluded", EMPHASIS)).replace(EMPHASIS,
          "<b>" + esc(w(l, "aggregate.errors-excluded.not")) + "</b>"));
    } else {
      h.append(esc(w(l, "aggregate.errors-counted")));
    }
    h.append("</p>\n");
    summary(h, t, l);
    totals(h, in, rows, l);
    h.append("<h2>").append(esc(w(l, "aggregate.charts"))).append("</h2>\n");
    int n = 0;
    for (String id : in.indicators()) {
      barChart(h, in, id, ++n, l);
    }
    coverageChart(h, t, ++n, l);
    findingsChart(h, t, ++n, l);
    trendChart(h, in, ++n, l);
    table(h, in, rows, l);
    missing(h, t, l);
    problems(h, t, l);
    h.append("</body>\n</html>\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Stands for a word set in bold inside a sentence of the bundle (a private-use character, never in a text). */
  private static final String EMPHASIS = "\uE000";

  private static String date(java.time.LocalDate d) {
    return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private static void summary(StringBuilder h, UnitTable t, Locale l) {
    long errors = t.rows().stream().filter(r -> r.errors() > 0).count();
    h.append("<section aria-label=\"").append(esc(w(l, "aggregate.summary"))).append("\">\n");
    kpi(h, w(l, "aggregate.kpi.expected"), Integer.toString(t.expected()));
    kpi(h, w(l, "aggregate.kpi.reported"), Integer.toString(t.rows().size()));
    kpi(h, w(l, "aggregate.kpi.missing"), Integer.toString(t.missing().size()));
    kpi(h, w(l, "aggregate.kpi.late"), Integer.toString(t.late().size()));
    kpi(h, w(l, "aggregate.kpi.errors"), t.errorsExcluded() ? w(l, "aggregate.kpi.errors.excluded", Long.toString(errors))
        : Long.toString(errors));
    kpi(h, w(l, "aggregate.kpi.counted"), Long.toString(t.total().reports()));
    h.append("</section>\n");
  }

  private static void kpi(StringBuilder h, String label, String value) {
    h.append("<div class=\"kpi\">").append(esc(label)).append("<b>").append(esc(value)).append("</b></div>\n");
  }

  private static String fig(Optional<BigDecimal> v, boolean percent, Locale l) {
    return v.map(b -> percent ? pct(b, l) : num(b, l)).orElse("—");
  }

  private static boolean percent(AggregateInput in, String id) {
    return in.catalogue().indicator(id).map(d -> d.kind() == vn.cchc.model.catalogue.IndicatorKind.PERCENTAGE)
        .orElse(false);
  }

  private static void totals(StringBuilder h, AggregateInput in, List<Row> rows, Locale l) {
    h.append("<h2>").append(esc(w(l, "aggregate.totals"))).append("</h2>\n<table>\n<caption>")
        .append(esc(w(l, "aggregate.totals.caption"))).append("</caption>\n<thead><tr><th scope=\"col\">")
        .append(esc(w(l, "aggregate.column.group"))).append("</th><th scope=\"col\">")
        .append(esc(w(l, "aggregate.column.reports"))).append("</th>");
    for (String id : in.indicators()) {
      h.append("<th scope=\"col\">").append(esc(id + " " + in.label(id))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      if (r.kind() == Kind.UNIT) {
        continue;
      }
      h.append("<tr class=\"").append(r.kind() == Kind.TOTAL ? "total" : "group").append("\"><th scope=\"row\">")
          .append(esc(UnitTableRows.name(r, l))).append("</th><td class=\"n\">").append(r.reports()).append("</td>");
      figureCells(h, in, r, l);
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** One cell per indicator: the figure, and a ratio's numerator/denominator beneath it. */
  private static void figureCells(StringBuilder h, AggregateInput in, Row r, Locale l) {
    for (String id : in.indicators()) {
      Figure f = r.figures().get(id);
      h.append("<td class=\"n\">").append(esc(fig(f.value(), percent(in, id), l)));
      if (f.numerator().isPresent() && f.denominator().isPresent()) {
        h.append("<br>(").append(esc(num(f.numerator().get(), l))).append('/').append(esc(num(f.denominator().get(), l)))
            .append(')');
      }
      h.append("</td>");
    }
  }

  private static void svgOpen(StringBuilder h, int n, int height, String title, String desc) {
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" aria-labelledby=\"chart").append(n).append("-title chart").append(n).append("-desc\">\n<title id=\"chart")
        .append(n).append("-title\">").append(esc(title)).append("</title>\n<desc id=\"chart").append(n).append("-desc\">")
        .append(esc(desc)).append("</desc>\n");
  }

  private static void text(StringBuilder h, double x, double y, String anchor, String s, String extra) {
    h.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"").append(anchor)
        .append('"').append(extra).append('>').append(esc(s)).append("</text>\n");
  }

  /** Bars of one ratio per unit against the target line, 0–100 %. */
  private static void barChart(StringBuilder h, AggregateInput in, String id, int n, Locale l) {
    UnitTable t = in.table();
    List<UnitRow> units = t.rows();
    Optional<BigDecimal> target = Optional.ofNullable(in.targets().get(id));
    String title = w(l, "aggregate.bar.title", id + " " + in.label(id));
    int top = 26;
    int height = top + units.size() * (BAR + GAP) + 30;
    long below = target.map(tg -> units.stream().filter(u -> u.figure(id).map(v -> v.compareTo(tg) < 0).orElse(false))
        .count()).orElse(0L);
    String desc = w(l, "aggregate.bar.desc", Integer.toString(units.size()), target.map(tg -> RenderTexts.message(
        "aggregate.bar.target", pct(tg, l), Long.toString(below))).orElseGet(() -> RenderTexts.message("aggregate.bar.no-target")));
    h.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n");
    svgOpen(h, n, height, title, desc);
    double x0 = LABEL;
    for (int p = 0; p <= 100; p += 25) {
      double x = x0 + PLOT * p / 100.0;
      h.append("<line x1=\"").append(c(x)).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(c(x))
          .append("\" y2=\"").append(height - 24).append("\" stroke=\"#ccc\"/>\n");
      text(h, x, height - 10, "middle", p + " %", "");
    }
    int y = top;
    for (UnitRow u : units) {
      Optional<BigDecimal> v = u.figure(id);
      String label = u.unit().name() + (u.errors() > 0 ? " ⚠" : "");
      text(h, LABEL - 6, y + BAR - 4, "end", label, u.errors() > 0 ? " fill=\"#b00020\"" : "");
      if (v.isPresent()) {
        double w = PLOT * Math.max(0, Math.min(100, v.get().doubleValue())) / 100.0;
        boolean low = target.map(tg -> v.get().compareTo(tg) < 0).orElse(false);
        String fill = u.excluded() ? "#bbbbbb" : low ? "#d9822b" : "#2f6fb0";
        h.append("<rect x=\"").append(c(x0)).append("\" y=\"").append(y).append("\" width=\"").append(c(w))
            .append("\" height=\"").append(BAR).append("\" fill=\"").append(fill).append("\"><title>")
            .append(esc(u.unit().name() + ": " + (u.excluded() ? w(l, "aggregate.bar.excluded", pct(v.get(), l))
                : pct(v.get(), l)))).append("</title></rect>\n");
        text(h, x0 + w + 4, y + BAR - 4, "start", u.excluded() ? w(l, "aggregate.bar.excluded-short", pct(v.get(), l))
            : pct(v.get(), l), "");
      } else {
        text(h, x0 + 4, y + BAR - 4, "start", w(l, "aggregate.no-data"), " fill=\"#777\"");
      }
      y += BAR + GAP;
    }
    if (target.isPresent()) {
      double x = x0 + PLOT * target.get().doubleValue() / 100.0;
      h.append("<line x1=\"").append(c(x)).append("\" y1=\"").append(top - 8).append("\" x2=\"").append(c(x))
          .append("\" y2=\"").append(height - 24).append("\" stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n");
      text(h, x, 14, "middle", w(l, "aggregate.target", pct(target.get(), l)), " fill=\"#b00020\"");
    }
    h.append("</svg>\n");
    dataTable(h, l, "aggregate.column.unit", "aggregate.column.numerator", "aggregate.column.denominator",
        "aggregate.column.ratio", "aggregate.column.against-target");
    for (UnitRow u : units) {
      var v = u.values().value(id);
      Optional<BigDecimal> f = u.figure(id);
      h.append("<tr><th scope=\"row\">").append(esc(u.unit().name())).append("</th><td class=\"n\">")
          .append(esc(fig(v.flatMap(a -> a.numerator()), false, l))).append("</td><td class=\"n\">")
          .append(esc(fig(v.flatMap(a -> a.denominator()), false, l))).append("</td><td class=\"n\">")
          .append(esc(fig(f, true, l))).append("</td><td>")
          .append(esc(target.flatMap(tg -> f.map(x -> w(l, x.compareTo(tg) < 0 ? "aggregate.below-target"
              : "aggregate.target-met"))).orElse("—")))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
  }

  /** Per group: reported on time, late, missing — stacked. */
  private static void coverageChart(StringBuilder h, UnitTable t, int n, Locale l) {
    String title = w(l, "aggregate.coverage.title", level(l, t.groupLevel()));
    int top = 10;
    int height = top + t.groups().size() * (BAR + GAP) + 40;
    String desc = w(l, "aggregate.coverage.desc", Integer.toString(t.rows().size() - t.late().size()),
        Integer.toString(t.late().size()), Integer.toString(t.missing().size()));
    h.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n");
    svgOpen(h, n, height, title, desc);
    int max = Math.max(1, t.groups().stream().mapToInt(g -> g.rows().size() + g.missing().size()).max().orElse(1));
    int y = top;
    for (UnitGroup g : t.groups()) {
      long late = g.rows().stream().filter(UnitRow::late).count();
      long onTime = g.rows().size() - late;
      text(h, LABEL - 6, y + BAR - 4, "end", g.unit().name(), "");
      double x = LABEL;
      long[] parts = {onTime, late, g.missing().size()};
      String[] colours = {"#2f6fb0", "#d9822b", "#bbbbbb"};
      String[] names = {"aggregate.coverage.on-time", "aggregate.coverage.late", "aggregate.coverage.missing"};
      for (int i = 0; i < 3; i++) {
        double w = PLOT * parts[i] / (double) max;
        if (parts[i] > 0) {
          h.append("<rect x=\"").append(c(x)).append("\" y=\"").append(y).append("\" width=\"").append(c(w))
              .append("\" height=\"").append(BAR).append("\" fill=\"").append(colours[i]).append("\"><title>")
              .append(esc(g.unit().name() + ": " + w(l, names[i], Long.toString(parts[i])))).append("</title></rect>\n");
        }
        x += w;
      }
      text(h, x + 4, y + BAR - 4, "start", onTime + " / " + late + " / " + g.missing().size(), "");
      y += BAR + GAP;
    }
    legend(h, y + 14, colours(), new String[] {w(l, "aggregate.column.on-time"), w(l, "aggregate.column.late"),
        w(l, "aggregate.column.missing")});
    h.append("</svg>\n");
    dataTable(h, l, "aggregate.column.group", "aggregate.column.on-time", "aggregate.column.late",
        "aggregate.column.missing");
    for (UnitGroup g : t.groups()) {
      long late = g.rows().stream().filter(UnitRow::late).count();
      h.append("<tr><th scope=\"row\">").append(esc(g.unit().name())).append("</th><td class=\"n\">")
          .append(g.rows().size() - late).append("</td><td class=\"n\">").append(late).append("</td><td class=\"n\">")
          .append(g.missing().size()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
  }

  /** The table beneath a chart: its summary and its header row, the body left to the chart. */
  private static void dataTable(StringBuilder h, Locale l, String... columns) {
    h.append("<details open><summary>").append(esc(w(l, "aggregate.chart-data"))).append("</summary>\n<table>\n<thead><tr>");
    for (String k : columns) {
      h.append("<th scope=\"col\">").append(esc(w(l, k))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
  }

  private static String[] colours() {
    return new String[] {"#2f6fb0", "#d9822b", "#bbbbbb"};
  }

  private static void legend(StringBuilder h, int y, String[] colours, String[] labels) {
    double x = LABEL;
    for (int i = 0; i < labels.length; i++) {
      h.append("<rect x=\"").append(c(x)).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colours[i]).append("\"/>\n");
      text(h, x + 16, y, "start", labels[i], "");
      x += 110;
    }
  }

  /** Errors and warnings per unit. */
  private static void findingsChart(StringBuilder h, UnitTable t, int n, Locale l) {
    List<UnitRow> units = t.rows();
    String title = w(l, "aggregate.findings.title");
    int top = 10;
    int height = top + units.size() * (BAR + GAP) + 40;
    long max = Math.max(1, units.stream().mapToLong(u -> u.errors() + u.warnings()).max().orElse(1));
    String desc = w(l, "aggregate.findings.desc", Long.toString(units.stream().filter(u -> u.errors() > 0).count()));
    h.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n");
    svgOpen(h, n, height, title, desc);
    int y = top;
    for (UnitRow u : units) {
      text(h, LABEL - 6, y + BAR - 4, "end", u.unit().name(), "");
      double we = PLOT * u.errors() / (double) max;
      double ww = PLOT * u.warnings() / (double) max;
      h.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(c(we))
          .append("\" height=\"").append(BAR).append("\" fill=\"#b00020\"><title>").append(esc(u.unit().name() + ": "
              + w(l, "aggregate.errors", Long.toString(u.errors())))).append("</title></rect>\n");
      h.append("<rect x=\"").append(c(LABEL + we)).append("\" y=\"").append(y).append("\" width=\"").append(c(ww))
          .append("\" height=\"").append(BAR).append("\" fill=\"#e0b000\"><title>").append(esc(u.unit().name() + ": "
              + w(l, "aggregate.warnings", Long.toString(u.warnings())))).append("</title></rect>\n");
      text(h, LABEL + we + ww + 4, y + BAR - 4, "start", w(l, "aggregate.errors", Long.toString(u.errors())) + ", "
          + w(l, "aggregate.warnings", Long.toString(u.warnings())), "");
      y += BAR + GAP;
    }
    legend(h, y + 14, new String[] {"#b00020", "#e0b000"}, new String[] {w(l, "aggregate.column.errors"),
        w(l, "aggregate.column.warnings")});
    h.append("</svg>\n");
    dataTable(h, l, "aggregate.column.unit", "aggregate.column.errors", "aggregate.column.warnings");
    for (UnitRow u : units) {
      h.append("<tr><th scope=\"row\">").append(esc(u.unit().name())).append("</th><td class=\"n\">").append(u.errors())
          .append("</td><td class=\"n\">").append(u.warnings()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
  }

  /** The totals of each period in the input, one line per key indicator, 0–100 %. */
  private static void trendChart(StringBuilder h, AggregateInput in, int n, Locale l) {
    List<PeriodTotal> hist = in.table().history();
    String title = w(l, "aggregate.trend.title");
    int height = 260;
    int left = 60;
    int plotW = WIDTH - left - 200;
    int top = 20;
    int plotH = 180;
    String[] colours = {"#2f6fb0", "#d9822b", "#3c8c3c", "#7b3fa0", "#555555"};
    String desc = w(l, "aggregate.trend.desc", Integer.toString(hist.size()),
        String.join(", ", hist.stream().map(p -> period(p.period(), l)).toList()));
    h.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n");
    svgOpen(h, n, height, title, desc);
    for (int p = 0; p <= 100; p += 25) {
      double y = top + plotH - plotH * p / 100.0;
      h.append("<line x1=\"").append(left).append("\" y1=\"").append(c(y)).append("\" x2=\"").append(left + plotW)
          .append("\" y2=\"").append(c(y)).append("\" stroke=\"#ccc\"/>\n");
      text(h, left - 6, y + 4, "end", p + " %", "");
    }
    double step = hist.size() > 1 ? plotW / (double) (hist.size() - 1) : 0;
    for (int i = 0; i < hist.size(); i++) {
      text(h, left + (hist.size() > 1 ? i * step : plotW / 2.0), top + plotH + 18, "middle",
          UnitTableRows.shortPeriod(hist.get(i).period(), l), "");
    }
    int k = 0;
    for (String id : in.indicators()) {
      String colour = colours[k % colours.length];
      List<String> points = new ArrayList<>();
      for (int i = 0; i < hist.size(); i++) {
        Optional<BigDecimal> v = hist.get(i).total().value(id).flatMap(Figures::of);
        if (v.isPresent()) {
          double x = left + (hist.size() > 1 ? i * step : plotW / 2.0);
          double y = top + plotH - plotH * Math.max(0, Math.min(100, v.get().doubleValue())) / 100.0;
          points.add(c(x) + "," + c(y));
          h.append("<circle cx=\"").append(c(x)).append("\" cy=\"").append(c(y)).append("\" r=\"3.5\" fill=\"")
              .append(colour).append("\"><title>").append(esc(id + ", " + period(hist.get(i).period(), l)
                  + ": " + pct(v.get(), l))).append("</title></circle>\n");
        }
      }
      if (points.size() > 1) {
        h.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
            .append(String.join(" ", points)).append("\"/>\n");
      }
      h.append("<rect x=\"").append(left + plotW + 16).append("\" y=\"").append(top + k * 20).append("\" width=\"12\" "
          + "height=\"12\" fill=\"").append(colour).append("\"/>\n");
      text(h, left + plotW + 32, top + k * 20 + 10, "start", id + " " + shortLabel(in.label(id)), "");
      k++;
    }
    h.append("</svg>\n<details open><summary>").append(esc(w(l, "aggregate.chart-data")))
        .append("</summary>\n<table>\n<thead><tr><th scope=\"col\">").append(esc(w(l, "aggregate.column.period")))
        .append("</th><th scope=\"col\">").append(esc(w(l, "aggregate.column.reports"))).append("</th>");
    for (String id : in.indicators()) {
      h.append("<th scope=\"col\">").append(esc(id)).append("</th><th scope=\"col\">")
          .append(esc(w(l, "aggregate.column.change", id))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    List<List<vn.cchc.rules.rollup.TrendPoint>> series = in.indicators().stream()
        .map(id -> vn.cchc.rules.rollup.Trends.totals(hist, id)).toList();
    for (int i = 0; i < hist.size(); i++) {
      h.append("<tr><th scope=\"row\">").append(esc(period(hist.get(i).period(), l))).append("</th><td class=\"n\">")
          .append(hist.get(i).sources().size()).append("</td>");
      for (List<vn.cchc.rules.rollup.TrendPoint> s : series) {
        var p = s.get(i);
        h.append("<td class=\"n\">").append(esc(fig(p.value(), true, l))).append("</td><td class=\"n\">")
            .append(esc(p.change().map(ch -> w(l, "aggregate.points", (ch.signum() > 0 ? "+" : "")
                + RenderTexts.number(ch.setScale(2, RoundingMode.HALF_UP), l))).orElse("—"))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
  }

  private static String shortLabel(String label) {
    return label.length() <= 24 ? label : label.substring(0, 23) + "…";
  }

  private static void table(StringBuilder h, AggregateInput in, List<Row> rows, Locale l) {
    h.append("<h2>").append(esc(w(l, "aggregate.table.title"))).append("</h2>\n<table>\n<thead><tr>");
    for (String k : List.of("aggregate.column.code", "aggregate.column.unit", "aggregate.column.report",
        "aggregate.column.issue-date", "aggregate.column.findings")) {
      h.append("<th scope=\"col\">").append(esc(w(l, k))).append("</th>");
    }
    for (String id : in.indicators()) {
      h.append("<th scope=\"col\">").append(esc(id + " " + in.label(id))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      String cls = r.kind() == Kind.TOTAL ? "total" : r.kind() == Kind.GROUP_TOTAL ? "group" : r.excluded() ? "excluded" : "";
      h.append("<tr").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append("><td>").append(esc(r.code()))
          .append("</td><th scope=\"row\">").append(esc(UnitTableRows.name(r, l))).append("</th><td>")
          .append(esc(r.source().orElseGet(() -> r.kind() == Kind.UNIT ? "" : w(l, "aggregate.reports", Long.toString(r.reports())))))
          .append("</td><td>").append(esc(r.issueDate().map(DashboardFormat::date).orElse("")))
          .append(r.late() ? " <b>" + esc(w(l, "aggregate.late-mark")) + "</b>" : "")
          .append("</td><td class=\"n\">").append(r.errors() > 0 ? "<span class=\"err\">"
              + esc(w(l, "aggregate.errors", Long.toString(r.errors()))) + "</span>" : esc(w(l, "aggregate.errors", "0"))).append(", ")
          .append(esc(w(l, "aggregate.warnings", Long.toString(r.warnings()))))
          .append(r.excluded() ? "<br>" + esc(w(l, "aggregate.excluded")) : "").append("</td>");
      figureCells(h, in, r, l);
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void missing(StringBuilder h, UnitTable t, Locale l) {
    h.append("<h2>").append(esc(w(l, "aggregate.missing.title", Integer.toString(t.missing().size())))).append("</h2>\n");
    if (t.missing().isEmpty()) {
      h.append("<p>").append(esc(w(l, "aggregate.missing.none"))).append("</p>\n");
      return;
    }
    h.append("<ul>\n");
    for (UnitGroup g : t.groups()) {
      for (AdministrativeUnit u : g.missing()) {
        h.append("<li>").append(esc(u.name())).append(" (").append(esc(u.code())).append(", ").append(esc(g.unit().name()))
            .append(")</li>\n");
      }
    }
    h.append("</ul>\n");
  }

  private static void problems(StringBuilder h, UnitTable t, Locale l) {
    h.append("<h2>").append(esc(w(l, "aggregate.problems.title", Integer.toString(t.problems().size())))).append("</h2>\n");
    if (t.problems().isEmpty()) {
      h.append("<p>").append(esc(w(l, "aggregate.problems.none"))).append("</p>\n");
      return;
    }
    h.append("<table>\n<thead><tr>");
    for (String k : List.of("aggregate.column.severity", "aggregate.column.kind", "aggregate.column.report",
        "aggregate.column.message")) {
      h.append("<th scope=\"col\">").append(esc(w(l, k))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (RollUpProblem p : t.problems()) {
      h.append("<tr><td").append(p.severity() == vn.cchc.rules.Severity.ERROR ? " class=\"err\"" : "").append('>')
          .append(esc(RenderTexts.severity(p.severity(), l))).append("</td><td>").append(esc(p.kind().name()))
          .append("</td><td>").append(esc(String.join(", ", p.sources()))).append("</td><td>").append(esc(p.message(l)))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }
}
