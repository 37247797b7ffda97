package vn.cchc.rules.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;

/**
 * Trends of one unit over its periods: quarter over quarter (or month over month…) and year over year,
 * using the catalogue's aggregation kind — the year to date sums flows and takes stocks from the latest
 * period ({@link RollUp#yearToDate(Iterable)}); ratios are recomputed, never averaged.
 *
 * <pre>{@code
 * List<TrendPoint> t = Trends.of(catalogue).series(dinhCaReports, "3.4.2");
 * t.get(1).change();       // quarter II − quarter I, in percentage points
 * t.get(5).yearOnYear();   // 2025 to quarter II − 2024 to quarter II
 * }</pre>
 */
public final class Trends {
  private final RollUp rollUp;

  private Trends(Catalogue catalogue) {
    this.rollUp = RollUp.of(catalogue);
  }

  /**
   * Trends for reports of a catalogue.
   *
   * @param catalogue the catalogue
   * @return the trends
   */
  public static Trends of(Catalogue catalogue) {
    return new Trends(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * The series of one unit for one indicator, oldest first.
   *
   * @param reports one unit's reports, one per period, all of one kind of period
   * @param indicatorId the indicator
   * @return one point per period
   * @throws IllegalArgumentException when the reports mix kinds of period or give two reports for one period
   */
  public List<TrendPoint> series(Iterable<Report> reports, String indicatorId) {
    Map<String, Report> byPeriod = new TreeMap<>();
    PeriodKind kind = null;
    for (Report r : reports) {
      ReportingPeriod p = r.period();
      if (kind != null && p.kind() != kind) {
        throw new IllegalArgumentException("a trend needs one kind of period; got " + kind + " and " + p.kind());
      }
      kind = p.kind();
      if (byPeriod.put(key(p.year(), p.index()), r) != null) {
        throw new IllegalArgumentException("two reports for " + p.kind() + " " + p.index() + "/" + p.year()
            + "; keep one (a roll-up keeps the latest issued)");
      }
    }
    List<TrendPoint> out = new ArrayList<>();
    for (Report r : byPeriod.values()) {
      ReportingPeriod p = r.period();
      Optional<BigDecimal> value = figure(rollUp.aggregate(List.of(r)), indicatorId);
      Optional<ReportingPeriod> previous = Optional.ofNullable(p.index() > 1 ? byPeriod.get(key(p.year(), p.index() - 1))
          : byPeriod.get(key(p.year() - 1, p.kind().maxIndex()))).map(Report::period);
      Optional<BigDecimal> change = previous.flatMap(q -> figure(rollUp.aggregate(
          List.of(byPeriod.get(key(q.year(), q.index())))), indicatorId)).flatMap(b -> value.map(a -> a.subtract(b)));
      Optional<BigDecimal> ytd = yearToDate(byPeriod, p.year(), p.index(), indicatorId);
      Optional<BigDecimal> yoy = byPeriod.containsKey(key(p.year() - 1, p.index()))
          ? yearToDate(byPeriod, p.year() - 1, p.index(), indicatorId).flatMap(b -> ytd.map(a -> a.subtract(b)))
          : Optional.empty();
      out.add(new TrendPoint(p, value, previous, change, ytd, yoy));
    }
    return List.copyOf(out);
  }

  /**
   * The series of roll-up totals ({@link UnitTable#history()}) for one indicator: each period's figure and
   * its change from the period before. Year to date is per unit and is left empty here.
   *
   * @param totals the totals, oldest first
   * @param indicatorId the indicator
   * @return one point per period
   */
  public static List<TrendPoint> totals(List<PeriodTotal> totals, String indicatorId) {
    java.util.Objects.requireNonNull(totals, "totals");
    java.util.Objects.requireNonNull(indicatorId, "indicatorId");
    List<TrendPoint> out = new ArrayList<>();
    PeriodTotal before = null;
    for (PeriodTotal t : totals) {
      Optional<BigDecimal> value = figure(t.total(), indicatorId);
      Optional<ReportingPeriod> previous = Optional.empty();
      Optional<BigDecimal> change = Optional.empty();
      if (before != null && follows(before.period(), t.period())) {
        previous = Optional.of(before.period());
        Optional<BigDecimal> b = figure(before.total(), indicatorId);
        change = b.flatMap(x -> value.map(a -> a.subtract(x)));
      }
      out.add(new TrendPoint(t.period(), value, previous, change, Optional.empty(), Optional.empty()));
      before = t;
    }
    return List.copyOf(out);
  }

  private static boolean follows(ReportingPeriod a, ReportingPeriod b) {
    return a.kind() == b.kind() && (a.year() == b.year() && a.index() + 1 == b.index()
        || a.year() + 1 == b.year() && a.index() == a.kind().maxIndex() && b.index() == 1);
  }

  private Optional<BigDecimal> yearToDate(Map<String, Report> byPeriod, int year, int upTo, String indicatorId) {
    List<Report> rs = byPeriod.values().stream().filter(r -> r.period().year() == year && r.period().index() <= upTo)
        .collect(Collectors.toList());
    return rs.isEmpty() ? Optional.empty() : figure(rollUp.yearToDate(rs), indicatorId);
  }

  private static Optional<BigDecimal> figure(Aggregate a, String indicatorId) {
    return a.value(indicatorId).flatMap(Figures::of);
  }

  private static String key(int year, int index) {
    return String.format("%04d/%02d", year, index);
  }
}
