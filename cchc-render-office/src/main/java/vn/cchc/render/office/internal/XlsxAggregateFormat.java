package vn.cchc.render.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.OutputStreams;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.render.spi.UnitTableRows;
import vn.cchc.render.spi.UnitTableRows.Figure;
import vn.cchc.render.spi.UnitTableRows.Kind;

/**
 * A roll-up as an XLSX workbook. Sheet "Tổng hợp": the per-unit table ({@link UnitTableRows}), one row per unit
 * beneath its group's total row; every total is a formula — a group's numerator and denominator are
 * {@code SUMIFS} over its unit rows that are counted (column "Không tính vào tổng" not "có"), the grand total
 * adds the group totals, a ratio is numerator / denominator × 100 — written with its cached value, the figure
 * cchc computed, so that a reader that does not recalculate shows the same numbers. Sheet "Biểu đồ": the key
 * ratios per unit (formulas pointing at the first sheet) and a native clustered bar chart of them (XDDF),
 * with the first indicator's target as a line when one is set.
 *
 * <p>Titles, column headers, row kinds, the "yes" of the late and excluded columns (and the formulas' criteria
 * over it) and the chart's texts are worded for {@link RenderOptions#locale()}. The sheet names are not: they are
 * the workbook's identifiers — the chart sheet's formulas, and any formula, link or query a user writes against the
 * workbook, name them — so they stay "Tổng hợp" and "Biểu đồ" in every language, as the CSV keeps its column names.
 */
final class XlsxAggregateFormat implements AggregateRenderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("xlsx", "A roll-up as a workbook: one row per "
      + "unit, group and grand totals as formulas with cached values, a native bar chart of the key ratios",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", true);

  static final String TABLE_SHEET = "Tổng hợp";
  static final String CHART_SHEET = "Biểu đồ";
  /** The row (0-based) of the table's header on the first sheet. */
  static final int HEADER_ROW = 3;
  private static final int FIXED = UnitTableRows.fixedHeader().size();

  /** A text of the render labels' bundle in the workbook's language. */
  private static String w(Locale l, String key, Object... args) {
    return RenderTexts.message(key, args).format(l);
  }

  private static String level(Locale l, vn.cchc.model.AdministrativeLevel level) {
    return w(l, "aggregate.level." + level.name().toLowerCase(Locale.ROOT));
  }
  private static final int EXCLUDED_COL = 10;

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void render(AggregateInput in, RenderOptions options, OutputStream out) throws IOException {
    Locale l = options.locale();
    String yes = w(l, "aggregate.yes");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      XSSFSheet sheet = wb.createSheet(TABLE_SHEET);
      Row title = sheet.createRow(0);
      text(title, 0, in.title().orElseGet(() -> w(l, "aggregate.title")) + " — "
          + RenderTexts.period(in.table().period(), l), st.bold);
      // the deadline in ISO-8601, as the workbook has always written it
      String intro = w(l, "aggregate.workbook.intro", in.table().catalogueId(), level(l, in.table().reportingLevel()),
          level(l, in.table().groupLevel()), in.table().deadline().toString());
      text(sheet.createRow(1), 0, in.table().errorsExcluded() ? w(l, "aggregate.workbook.intro-excluded", intro) : intro,
          null);
      List<String> header = new ArrayList<>(UnitTableRows.fixedHeader(l));
      in.indicators().forEach(id -> header.addAll(UnitTableRows.indicatorHeader(in, id, l)));
      Row h = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < header.size(); c++) {
        text(h, c, header.get(c), st.head);
      }
      List<UnitTableRows.Row> rows = UnitTableRows.rows(in);
      // first pass: where each group's unit rows are
      int r = HEADER_ROW + 1;
      List<int[]> groupSpans = new ArrayList<>();
      List<Integer> groupRows = new ArrayList<>();
      int[] span = null;
      for (UnitTableRows.Row row : rows) {
        if (row.kind() == Kind.GROUP_TOTAL) {
          span = new int[] {r + 1, r};
          groupSpans.add(span);
          groupRows.add(r);
        } else if (row.kind() == Kind.UNIT && span != null) {
          span[1] = r;
        }
        r++;
      }
      List<Integer> unitRows = new ArrayList<>();
      r = HEADER_ROW + 1;
      int g = -1;
      for (UnitTableRows.Row row : rows) {
        Row x = sheet.createRow(r);
        CellStyle ts = row.kind() == Kind.UNIT ? null : st.bold;
        text(x, 0, row.kind().label(l), ts);
        text(x, 1, row.groupCode(), ts);
        text(x, 2, row.groupName(), ts);
        text(x, 3, row.code(), ts);
        text(x, 4, UnitTableRows.name(row, l), ts);
        text(x, 5, row.source().orElse(""), ts);
        text(x, 6, row.issueDate().map(Object::toString).orElse(""), ts);
        text(x, 7, row.late() ? yes : "", ts);
        if (row.kind() == Kind.UNIT) {
          unitRows.add(r);
          number(x, 8, row.errors(), st.count);
          number(x, 9, row.warnings(), st.count);
          text(x, EXCLUDED_COL, row.excluded() ? yes : "", null);
          number(x, 11, row.reports(), st.count);
        } else {
          text(x, EXCLUDED_COL, "", ts);
          if (row.kind() == Kind.GROUP_TOTAL) {
            g++;
            int[] s = groupSpans.get(g);
            formula(x, 8, "SUM(" + range(8, s) + ")", row.errors(), st.countBold);
            formula(x, 9, "SUM(" + range(9, s) + ")", row.warnings(), st.countBold);
            formula(x, 11, "COUNTIFS(" + range(EXCLUDED_COL, s) + "," + notYes(yes) + ")", row.reports(), st.countBold);
          } else {
            formula(x, 8, sumOf(8, groupRows), row.errors(), st.countBold);
            formula(x, 9, sumOf(9, groupRows), row.warnings(), st.countBold);
            formula(x, 11, sumOf(11, groupRows), row.reports(), st.countBold);
          }
        }
        int c = FIXED;
        for (String id : in.indicators()) {
          Figure f = row.figures().get(id);
          int nc = c;
          int dc = c + 1;
          int vc = c + 2;
          if (row.kind() == Kind.UNIT) {
            f.numerator().ifPresent(v -> decimal(x, nc, v, st.count));
            f.denominator().ifPresent(v -> decimal(x, dc, v, st.count));
          } else if (row.kind() == Kind.GROUP_TOTAL) {
            int[] s = groupSpans.get(g);
            String crit = "," + range(EXCLUDED_COL, s) + "," + notYes(yes) + ")";
            formula(x, nc, "SUMIFS(" + range(nc, s) + crit, f.numerator().orElse(BigDecimal.ZERO), st.countBold);
            formula(x, dc, "SUMIFS(" + range(dc, s) + crit, f.denominator().orElse(BigDecimal.ZERO), st.countBold);
          } else {
            formula(x, nc, sumOf(nc, groupRows), f.numerator().orElse(BigDecimal.ZERO), st.countBold);
            formula(x, dc, sumOf(dc, groupRows), f.denominator().orElse(BigDecimal.ZERO), st.countBold);
          }
          boolean parts = f.denominator().filter(d -> d.signum() != 0).isPresent() && f.numerator().isPresent();
          if (parts) {
            String ref = "IF(" + ref(dc, r) + "=0,0," + ref(nc, r) + "/" + ref(dc, r) + "*100)";
            formula(x, vc, ref, f.value().orElseThrow(), row.kind() == Kind.UNIT ? st.ratio : st.ratioBold);
          } else {
            Optional<BigDecimal> v = f.value();
            v.ifPresent(b -> decimal(x, vc, b, st.ratio));
          }
          c += 3;
        }
        r++;
      }
      sheet.createFreezePane(5, HEADER_ROW + 1);
      sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, header.size() - 1));
      sheet.setColumnWidth(2, 18 * 256);
      sheet.setColumnWidth(4, 24 * 256);
      sheet.setColumnWidth(5, 22 * 256);
      for (int c = FIXED; c < header.size(); c++) {
        sheet.setColumnWidth(c, 14 * 256);
      }
      chartSheet(wb, st, in, unitRows, l);
      wb.write(OutputStreams.nonClosing(out));
    }
    out.flush();
  }

  private static void chartSheet(XSSFWorkbook wb, Styles st, AggregateInput in, List<Integer> unitRows, Locale l) {
    XSSFSheet s = wb.createSheet(CHART_SHEET);
    Row h = s.createRow(0);
    text(h, 0, w(l, "aggregate.column.unit"), st.head);
    List<UnitTableRows.Row> units = UnitTableRows.rows(in).stream().filter(x -> x.kind() == Kind.UNIT).toList();
    int k = 1;
    for (String id : in.indicators()) {
      text(h, k++, id + " " + in.label(id) + " (%)", st.head);
    }
    String firstId = in.indicators().isEmpty() ? null : in.indicators().get(0);
    Optional<BigDecimal> target = firstId == null ? Optional.empty() : Optional.ofNullable(in.targets().get(firstId));
    if (target.isPresent()) {
      text(h, k, w(l, "aggregate.target", firstId + " (%)"), st.head);
    }
    for (int i = 0; i < units.size(); i++) {
      Row x = s.createRow(i + 1);
      UnitTableRows.Row u = units.get(i);
      text(x, 0, UnitTableRows.name(u, l), null);
      int c = 1;
      for (int j = 0; j < in.indicators().size(); j++) {
        Optional<BigDecimal> v = u.figures().get(in.indicators().get(j)).value();
        int col = FIXED + 3 * j + 2;
        String src = "'" + TABLE_SHEET + "'!" + ref(col, unitRows.get(i));
        formula(x, c, "IF(ISNUMBER(" + src + ")," + src + ",0)", v.orElse(BigDecimal.ZERO), st.ratio);
        c++;
      }
      if (target.isPresent()) {
        decimal(x, c, target.get(), st.ratio);
      }
    }
    s.setColumnWidth(0, 24 * 256);
    if (units.isEmpty() || in.indicators().isEmpty()) {
      return;
    }
    XSSFDrawing drawing = s.createDrawingPatriarch();
    int cols = in.indicators().size() + (target.isPresent() ? 1 : 0);
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, cols + 2, 0, cols + 14, Math.max(22, units.size() + 6));
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(w(l, "aggregate.workbook.chart-title", RenderTexts.period(in.table().period(), l)));
    chart.setTitleOverlay(false);
    XDDFChartLegend legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
    y.setMinimum(0);
    y.setMaximum(100);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    int last = units.size();
    XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(1, last, 0, 0));
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    bars.setBarDirection(BarDirection.BAR);
    bars.setVaryColors(false);
    for (int j = 0; j < in.indicators().size(); j++) {
      XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s,
          new CellRangeAddress(1, last, j + 1, j + 1));
      XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(names, vals);
      series.setTitle(in.indicators().get(j) + " " + shortLabel(in.label(in.indicators().get(j))),
          new CellReference(s.getSheetName(), 0, j + 1, true, true));
    }
    chart.plot(bars);
    if (target.isPresent()) {
      XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
      XDDFNumericalDataSource<Double> t = XDDFDataSourcesFactory.fromNumericCellRange(s,
          new CellRangeAddress(1, last, in.indicators().size() + 1, in.indicators().size() + 1));
      XDDFLineChartData.Series series = (XDDFLineChartData.Series) line.addSeries(names, t);
      series.setTitle(w(l, "aggregate.target", firstId), new CellReference(s.getSheetName(), 0, in.indicators().size() + 1, true, true));
      series.setSmooth(false);
      chart.plot(line);
    }
  }

  /** The criterion "not yes" of the SUMIFS and COUNTIFS over the excluded column, the word quoted for a formula. */
  private static String notYes(String yes) {
    return "\"<>" + yes.replace("\"", "\"\"") + "\"";
  }

  private static String shortLabel(String label) {
    return label.length() <= 40 ? label : label.substring(0, 39) + "…";
  }

  private static String ref(int col, int row) {
    return new CellReference(row, col).formatAsString();
  }

  private static String range(int col, int[] span) {
    return ref(col, span[0]) + ":" + ref(col, Math.max(span[0], span[1]));
  }

  private static String sumOf(int col, List<Integer> rows) {
    StringBuilder b = new StringBuilder("SUM(");
    for (int i = 0; i < rows.size(); i++) {
      b.append(i == 0 ? "" : ",").append(ref(col, rows.get(i)));
    }
    return b.append(')').toString();
  }

  private static void text(Row r, int c, String s, CellStyle st) {
    Cell cell = r.createCell(c);
    cell.setCellValue(s);
    if (st != null) {
      cell.setCellStyle(st);
    }
  }

  private static void number(Row r, int c, long v, CellStyle st) {
    Cell cell = r.createCell(c);
    cell.setCellValue(v);
    cell.setCellStyle(st);
  }

  private static void decimal(Row r, int c, BigDecimal v, CellStyle st) {
    Cell cell = r.createCell(c);
    cell.setCellValue(v.doubleValue());
    cell.setCellStyle(st);
  }

  /** A formula with its cached value. */
  private static void formula(Row r, int c, String f, long cached, CellStyle st) {
    formula(r, c, f, BigDecimal.valueOf(cached), st);
  }

  private static void formula(Row r, int c, String f, BigDecimal cached, CellStyle st) {
    Cell cell = r.createCell(c);
    cell.setCellFormula(f);
    cell.setCellValue(cached.doubleValue());
    cell.setCellStyle(st);
  }

  /** The workbook's few styles. */
  private static final class Styles {
    final CellStyle bold;
    final CellStyle head;
    final CellStyle count;
    final CellStyle countBold;
    final CellStyle ratio;
    final CellStyle ratioBold;

    Styles(XSSFWorkbook wb) {
      Font b = wb.createFont();
      b.setBold(true);
      b.setFontName("Times New Roman");
      bold = wb.createCellStyle();
      bold.setFont(b);
      head = wb.createCellStyle();
      head.setFont(b);
      head.setWrapText(true);
      short n0 = wb.createDataFormat().getFormat("0");
      short n2 = wb.createDataFormat().getFormat("0.00");
      count = wb.createCellStyle();
      count.setDataFormat(n0);
      countBold = wb.createCellStyle();
      countBold.setDataFormat(n0);
      countBold.setFont(b);
      ratio = wb.createCellStyle();
      ratio.setDataFormat(n2);
      ratioBold = wb.createCellStyle();
      ratioBold.setDataFormat(n2);
      ratioBold.setFont(b);
    }
  }
}
