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
import vn.cchc.model.VietnameseNumber;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderOptions;
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
 * and the problems. No script, no network, no external file; print CSS for A4.
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

  static String pct(BigDecimal b) {
    return VietnameseNumber.format(b.setScale(2, RoundingMode.HALF_UP)) + " %";
  }

  static String num(BigDecimal b) {
    return VietnameseNumber.format(b.stripTrailingZeros().scale() < 0 ? b.setScale(0) : b.stripTrailingZeros());
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
    List<Row> rows = UnitTableRows.rows(in);
    StringBuilder h = new StringBuilder(64 * 1024);
    String period = UnitTableRows.periodLabel(t.period());
    String title = in.title().orElse("Tổng hợp kết quả cải cách hành chính") + " — " + period;
    h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(esc(title))
        .append("</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n")
        .append(CSS).append("\n</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p>Danh mục chỉ tiêu ").append(esc(t.catalogueId())).append("; đơn vị báo cáo ")
        .append(esc(t.reportingLevel().label())).append(", nhóm theo ").append(esc(t.groupLevel().label()))
        .append("; hạn nộp báo cáo ").append(esc(date(t.deadline()))).append(" (Nghị định 09/2019/NĐ-CP). ")
        .append(t.errorsExcluded() ? "Báo cáo có lỗi <b>không</b> được tính vào tổng."
            : "Báo cáo có lỗi vẫn được tính vào tổng và được đánh dấu.").append("</p>\n");
    summary(h, t);
    totals(h, in, rows);
    h.append("<h2>Biểu đồ</h2>\n");
    int n = 0;
    for (String id : in.indicators()) {
      barChart(h, in, id, ++n);
    }
    coverageChart(h, t, ++n);
    findingsChart(h, t, ++n);
    trendChart(h, in, ++n);
    table(h, in, rows);
    missing(h, t);
    problems(h, t);
    h.append("</body>\n</html>\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String date(java.time.LocalDate d) {
    return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private static void summary(StringBuilder h, UnitTable t) {
    long errors = t.rows().stream().filter(r -> r.errors() > 0).count();
    h.append("<section aria-label=\"Tóm tắt\">\n");
    kpi(h, "Đơn vị phải báo cáo", Integer.toString(t.expected()));
    kpi(h, "Đã báo cáo", Integer.toString(t.rows().size()));
    kpi(h, "Chưa báo cáo", Integer.toString(t.missing().size()));
    kpi(h, "Nộp muộn", Integer.toString(t.late().size()));
    kpi(h, "Báo cáo có lỗi", Long.toString(errors) + (t.errorsExcluded() ? " (không tính)" : ""));
    kpi(h, "Báo cáo được tính vào tổng", Long.toString(t.total().reports()));
    h.append("</section>\n");
  }

  private static void kpi(StringBuilder h, String label, String value) {
    h.append("<div class=\"kpi\">").append(esc(label)).append("<b>").append(esc(value)).append("</b></div>\n");
  }

  private static String fig(Optional<BigDecimal> v, boolean percent) {
    return v.map(b -> percent ? pct(b) : num(b)).orElse("—");
  }

  private static boolean percent(AggregateInput in, String id) {
    return in.catalogue().indicator(id).map(d -> d.kind() == vn.cchc.model.catalogue.IndicatorKind.PERCENTAGE)
        .orElse(false);
  }

  private static void totals(StringBuilder h, AggregateInput in, List<Row> rows) {
    h.append("<h2>Tổng hợp</h2>\n<table>\n<caption>Các chỉ tiêu chính: tỷ lệ tính lại từ tổng tử số và tổng mẫu số"
        + " (không lấy trung bình các tỷ lệ)</caption>\n<thead><tr><th scope=\"col\">Nhóm</th><th scope=\"col\">Số báo cáo"
        + "</th>");
    for (String id : in.indicators()) {
      h.append("<th scope=\"col\">").append(esc(id + " " + in.label(id))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      if (r.kind() == Kind.UNIT) {
        continue;
      }
      h.append("<tr class=\"").append(r.kind() == Kind.TOTAL ? "total" : "group").append("\"><th scope=\"row\">")
          .append(esc(r.name())).append("</th><td class=\"n\">").append(r.reports()).append("</td>");
      figureCells(h, in, r);
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** One cell per indicator: the figure, and a ratio's numerator/denominator beneath it. */
  private static void figureCells(StringBuilder h, AggregateInput in, Row r) {
    for (String id : in.indicators()) {
      Figure f = r.figures().get(id);
      h.append("<td class=\"n\">").append(esc(fig(f.value(), percent(in, id))));
      if (f.numerator().isPresent() && f.denominator().isPresent()) {
        h.append("<br>(").append(esc(num(f.numerator().get()))).append('/').append(esc(num(f.denominator().get())))
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
  private static void barChart(StringBuilder h, AggregateInput in, String id, int n) {
    UnitTable t = in.table();
    List<UnitRow> units = t.rows();
    Optional<BigDecimal> target = Optional.ofNullable(in.targets().get(id));
    String title = id + " " + in.label(id) + " — theo đơn vị";
    int top = 26;
    int height = top + units.size() * (BAR + GAP) + 30;
    long below = target.map(tg -> units.stream().filter(u -> u.figure(id).map(v -> v.compareTo(tg) < 0).orElse(false))
        .count()).orElse(0L);
    String desc = "Biểu đồ thanh: tỷ lệ của " + units.size() + " đơn vị, thang 0–100 %. " + target.map(tg -> "Đường mục "
        + "tiêu " + pct(tg) + "; " + below + " đơn vị dưới mục tiêu.").orElse("Chưa đặt mục tiêu cho chỉ tiêu này.")
        + " Số liệu ở bảng ngay dưới biểu đồ.";
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
            .append(esc(u.unit().name() + ": " + pct(v.get()) + (u.excluded() ? " (không tính vào tổng)" : "")))
            .append("</title></rect>\n");
        text(h, x0 + w + 4, y + BAR - 4, "start", pct(v.get()) + (u.excluded() ? " (loại)" : ""), "");
      } else {
        text(h, x0 + 4, y + BAR - 4, "start", "không có số liệu", " fill=\"#777\"");
      }
      y += BAR + GAP;
    }
    if (target.isPresent()) {
      double x = x0 + PLOT * target.get().doubleValue() / 100.0;
      h.append("<line x1=\"").append(c(x)).append("\" y1=\"").append(top - 8).append("\" x2=\"").append(c(x))
          .append("\" y2=\"").append(height - 24).append("\" stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n");
      text(h, x, 14, "middle", "Mục tiêu " + pct(target.get()), " fill=\"#b00020\"");
    }
    h.append("</svg>\n<details open><summary>Bảng số liệu của biểu đồ</summary>\n<table>\n<thead><tr><th scope=\"col\">Đơn vị"
        + "</th><th scope=\"col\">Tử số</th><th scope=\"col\">Mẫu số</th><th scope=\"col\">Tỷ lệ</th><th scope=\"col\">"
        + "So với mục tiêu</th></tr></thead>\n<tbody>\n");
    for (UnitRow u : units) {
      var v = u.values().value(id);
      Optional<BigDecimal> f = u.figure(id);
      h.append("<tr><th scope=\"row\">").append(esc(u.unit().name())).append("</th><td class=\"n\">")
          .append(esc(fig(v.flatMap(a -> a.numerator()), false))).append("</td><td class=\"n\">")
          .append(esc(fig(v.flatMap(a -> a.denominator()), false))).append("</td><td class=\"n\">")
          .append(esc(fig(f, true))).append("</td><td>")
          .append(esc(target.flatMap(tg -> f.map(x -> x.compareTo(tg) < 0 ? "dưới mục tiêu" : "đạt")).orElse("—")))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
  }

  /** Per group: reported on time, late, missing — stacked. */
  private static void coverageChart(StringBuilder h, UnitTable t, int n) {
    String title = "Tình hình nộp báo cáo theo " + t.groupLevel().label();
    int top = 10;
    int height = top + t.groups().size() * (BAR + GAP) + 40;
    String desc = "Biểu đồ thanh chồng: mỗi nhóm có số đơn vị nộp đúng hạn (xanh), nộp muộn (cam) và chưa nộp (xám). Tổng: "
        + (t.rows().size() - t.late().size()) + " đúng hạn, " + t.late().size() + " muộn, " + t.missing().size()
        + " chưa nộp. Số liệu ở bảng dưới biểu đồ.";
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
      String[] names = {"đúng hạn", "muộn", "chưa nộp"};
      for (int i = 0; i < 3; i++) {
        double w = PLOT * parts[i] / (double) max;
        if (parts[i] > 0) {
          h.append("<rect x=\"").append(c(x)).append("\" y=\"").append(y).append("\" width=\"").append(c(w))
              .append("\" height=\"").append(BAR).append("\" fill=\"").append(colours[i]).append("\"><title>")
              .append(esc(g.unit().name() + ": " + parts[i] + " " + names[i])).append("</title></rect>\n");
        }
        x += w;
      }
      text(h, x + 4, y + BAR - 4, "start", onTime + " / " + late + " / " + g.missing().size(), "");
      y += BAR + GAP;
    }
    legend(h, y + 14, colours(), new String[] {"Đúng hạn", "Muộn", "Chưa nộp"});
    h.append("</svg>\n<details open><summary>Bảng số liệu của biểu đồ</summary>\n<table>\n<thead><tr><th scope=\"col\">Nhóm"
        + "</th><th scope=\"col\">Đúng hạn</th><th scope=\"col\">Muộn</th><th scope=\"col\">Chưa nộp</th></tr></thead>\n<tbody>\n");
    for (UnitGroup g : t.groups()) {
      long late = g.rows().stream().filter(UnitRow::late).count();
      h.append("<tr><th scope=\"row\">").append(esc(g.unit().name())).append("</th><td class=\"n\">")
          .append(g.rows().size() - late).append("</td><td class=\"n\">").append(late).append("</td><td class=\"n\">")
          .append(g.missing().size()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
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
  private static void findingsChart(StringBuilder h, UnitTable t, int n) {
    List<UnitRow> units = t.rows();
    String title = "Số lỗi và cảnh báo theo đơn vị";
    int top = 10;
    int height = top + units.size() * (BAR + GAP) + 40;
    long max = Math.max(1, units.stream().mapToLong(u -> u.errors() + u.warnings()).max().orElse(1));
    String desc = "Biểu đồ thanh chồng: số lỗi (đỏ) và cảnh báo (vàng) trong báo cáo của mỗi đơn vị; "
        + units.stream().filter(u -> u.errors() > 0).count() + " đơn vị có lỗi. Số liệu ở bảng dưới biểu đồ.";
    h.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n");
    svgOpen(h, n, height, title, desc);
    int y = top;
    for (UnitRow u : units) {
      text(h, LABEL - 6, y + BAR - 4, "end", u.unit().name(), "");
      double we = PLOT * u.errors() / (double) max;
      double ww = PLOT * u.warnings() / (double) max;
      h.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(c(we))
          .append("\" height=\"").append(BAR).append("\" fill=\"#b00020\"><title>").append(esc(u.unit().name() + ": "
              + u.errors() + " lỗi")).append("</title></rect>\n");
      h.append("<rect x=\"").append(c(LABEL + we)).append("\" y=\"").append(y).append("\" width=\"").append(c(ww))
          .append("\" height=\"").append(BAR).append("\" fill=\"#e0b000\"><title>").append(esc(u.unit().name() + ": "
              + u.warnings() + " cảnh báo")).append("</title></rect>\n");
      text(h, LABEL + we + ww + 4, y + BAR - 4, "start", u.errors() + " lỗi, " + u.warnings() + " cảnh báo", "");
      y += BAR + GAP;
    }
    legend(h, y + 14, new String[] {"#b00020", "#e0b000"}, new String[] {"Lỗi", "Cảnh báo"});
    h.append("</svg>\n<details open><summary>Bảng số liệu của biểu đồ</summary>\n<table>\n<thead><tr><th scope=\"col\">Đơn vị"
        + "</th><th scope=\"col\">Lỗi</th><th scope=\"col\">Cảnh báo</th></tr></thead>\n<tbody>\n");
    for (UnitRow u : units) {
      h.append("<tr><th scope=\"row\">").append(esc(u.unit().name())).append("</th><td class=\"n\">").append(u.errors())
          .append("</td><td class=\"n\">").append(u.warnings()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
  }

  /** The totals of each period in the input, one line per key indicator, 0–100 %. */
  private static void trendChart(StringBuilder h, AggregateInput in, int n) {
    List<PeriodTotal> hist = in.table().history();
    String title = "Xu hướng theo kỳ báo cáo (tổng cộng)";
    int height = 260;
    int left = 60;
    int plotW = WIDTH - left - 200;
    int top = 20;
    int plotH = 180;
    String[] colours = {"#2f6fb0", "#d9822b", "#3c8c3c", "#7b3fa0", "#555555"};
    String desc = "Biểu đồ đường: tỷ lệ tổng cộng của các chỉ tiêu chính qua " + hist.size() + " kỳ ("
        + String.join(", ", hist.stream().map(p -> UnitTableRows.periodLabel(p.period())).toList())
        + "). Số liệu ở bảng dưới biểu đồ.";
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
          UnitTableRows.shortPeriod(hist.get(i).period()), "");
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
              .append(colour).append("\"><title>").append(esc(id + ", " + UnitTableRows.periodLabel(hist.get(i).period())
                  + ": " + pct(v.get()))).append("</title></circle>\n");
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
    h.append("</svg>\n<details open><summary>Bảng số liệu của biểu đồ</summary>\n<table>\n<thead><tr><th scope=\"col\">Kỳ"
        + "</th><th scope=\"col\">Số báo cáo</th>");
    for (String id : in.indicators()) {
      h.append("<th scope=\"col\">").append(esc(id)).append("</th><th scope=\"col\">").append(esc(id + " thay đổi so với kỳ trước"))
          .append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    List<List<vn.cchc.rules.rollup.TrendPoint>> series = in.indicators().stream()
        .map(id -> vn.cchc.rules.rollup.Trends.totals(hist, id)).toList();
    for (int i = 0; i < hist.size(); i++) {
      h.append("<tr><th scope=\"row\">").append(esc(UnitTableRows.periodLabel(hist.get(i).period()))).append("</th><td class=\"n\">")
          .append(hist.get(i).sources().size()).append("</td>");
      for (List<vn.cchc.rules.rollup.TrendPoint> s : series) {
        var p = s.get(i);
        h.append("<td class=\"n\">").append(esc(fig(p.value(), true))).append("</td><td class=\"n\">")
            .append(esc(p.change().map(ch -> (ch.signum() > 0 ? "+" : "") + VietnameseNumber.format(
                ch.setScale(2, RoundingMode.HALF_UP)) + " điểm %").orElse("—"))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</figure>\n");
  }

  private static String shortLabel(String label) {
    return label.length() <= 24 ? label : label.substring(0, 23) + "…";
  }

  private static void table(StringBuilder h, AggregateInput in, List<Row> rows) {
    h.append("<h2>Bảng tổng hợp theo đơn vị</h2>\n<table>\n<thead><tr><th scope=\"col\">Mã</th><th scope=\"col\">Đơn vị"
        + "</th><th scope=\"col\">Báo cáo</th><th scope=\"col\">Ngày ban hành</th><th scope=\"col\">Lỗi / cảnh báo</th>");
    for (String id : in.indicators()) {
      h.append("<th scope=\"col\">").append(esc(id + " " + in.label(id))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      String cls = r.kind() == Kind.TOTAL ? "total" : r.kind() == Kind.GROUP_TOTAL ? "group" : r.excluded() ? "excluded" : "";
      h.append("<tr").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append("><td>").append(esc(r.code()))
          .append("</td><th scope=\"row\">").append(esc(r.name())).append("</th><td>")
          .append(esc(r.source().orElse(r.kind() == Kind.UNIT ? "" : r.reports() + " báo cáo"))).append("</td><td>")
          .append(esc(r.issueDate().map(DashboardFormat::date).orElse(""))).append(r.late() ? " <b>(muộn)</b>" : "")
          .append("</td><td class=\"n\">").append(r.errors() > 0 ? "<span class=\"err\">" + r.errors() + " lỗi</span>"
              : "0 lỗi").append(", ").append(r.warnings()).append(" cảnh báo")
          .append(r.excluded() ? "<br>không tính vào tổng" : "").append("</td>");
      figureCells(h, in, r);
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void missing(StringBuilder h, UnitTable t) {
    h.append("<h2>Đơn vị chưa báo cáo (").append(t.missing().size()).append(")</h2>\n");
    if (t.missing().isEmpty()) {
      h.append("<p>Mọi đơn vị trong danh mục đã báo cáo.</p>\n");
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

  private static void problems(StringBuilder h, UnitTable t) {
    h.append("<h2>Vấn đề khi tổng hợp (").append(t.problems().size()).append(")</h2>\n");
    if (t.problems().isEmpty()) {
      h.append("<p>Không có.</p>\n");
      return;
    }
    h.append("<table>\n<thead><tr><th scope=\"col\">Mức</th><th scope=\"col\">Loại</th><th scope=\"col\">Báo cáo</th>"
        + "<th scope=\"col\">Nội dung</th></tr></thead>\n<tbody>\n");
    for (RollUpProblem p : t.problems()) {
      h.append("<tr><td").append(p.severity() == vn.cchc.rules.Severity.ERROR ? " class=\"err\"" : "").append('>')
          .append(esc(p.severity().label())).append("</td><td>").append(esc(p.kind().name())).append("</td><td>")
          .append(esc(String.join(", ", p.sources()))).append("</td><td>").append(esc(p.message())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }
}
