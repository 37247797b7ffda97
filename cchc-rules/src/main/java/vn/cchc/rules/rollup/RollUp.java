package vn.cchc.rules.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Aggregation;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;

/**
 * Aggregates reports of one catalogue, each indicator as its catalogue's
 * {@link Catalogue#aggregation(IndicatorDefinition) aggregation} says ({@link Aggregation}); nothing is read
 * from label wording.
 *
 * <ul>
 *   <li>{@link #aggregate(Iterable)}: many units of the same period (communes → province). SUM and
 *       LATEST counts and money are summed; a RATIO is recomputed as 100 × Σ numerator / Σ denominator
 *       over the reports that give both (never an average of percentages); DISTRIBUTION answers become
 *       a count per code; blank, "-" and missing rows are counted in {@link Coverage}, never as 0.</li>
 *   <li>{@link #yearToDate(Iterable)}: the periods of one unit (quarters → year to date). SUM figures
 *       are summed; LATEST figures (stocks: "tại thời điểm báo cáo", "lũy kế") are taken from the latest
 *       period only, and so is a RATIO whose denominator is LATEST.</li>
 * </ul>
 *
 * <p>The result does not depend on input order, and aggregating groups then merging them
 * ({@link Aggregate#merge(Aggregate)}) gives the same result as aggregating everything at once.
 *
 * <pre>{@code
 * Aggregate district = RollUp.of(catalogue).aggregate(communeReports);
 * district.value("3.2.4").flatMap(AggregateValue::ratio);   // recomputed from Σ 1.482… / Σ 1.492…
 * }</pre>
 */
public final class RollUp {
  private final Catalogue catalogue;
  private final Map<String, String[]> ratioChildren = new LinkedHashMap<>();

  private RollUp(Catalogue catalogue) {
    this.catalogue = catalogue;
    for (IndicatorDefinition d : catalogue.indicators()) {
      Optional<IndicatorDefinition> n = catalogue.child(d.id(), ChildRole.NUMERATOR);
      Optional<IndicatorDefinition> m = catalogue.child(d.id(), ChildRole.DENOMINATOR);
      if (catalogue.aggregation(d) == Aggregation.RATIO && n.isPresent() && m.isPresent()) {
        ratioChildren.put(d.id(), new String[] {n.get().id(), m.get().id()});
      }
    }
  }

  /**
   * A roll-up for the reports of a catalogue.
   *
   * @param catalogue the catalogue
   * @return the roll-up
   */
  public static RollUp of(Catalogue catalogue) {
    return new RollUp(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Aggregates many units' reports.
   *
   * @param reports the reports, all matched to this catalogue
   * @return the aggregate
   * @throws IllegalArgumentException when a report is matched to another catalogue
   */
  public Aggregate aggregate(Iterable<Report> reports) {
    Batch b = new Batch();
    for (Report r : reports) {
      b.add(r, true);
    }
    return b.build();
  }

  /**
   * Aggregates a stream of reports, telling a listener how many have been read so far (after every
   * report; throttle in the listener if needed).
   *
   * @param reports the reports
   * @param progress called with the running count
   * @return the aggregate
   * @throws IllegalArgumentException when a report is matched to another catalogue
   */
  public Aggregate aggregate(Stream<Report> reports, LongConsumer progress) {
    java.util.Objects.requireNonNull(reports, "reports");
    java.util.Objects.requireNonNull(progress, "progress");
    Batch b = new Batch();
    reports.forEachOrdered(r -> {
      b.add(r, true);
      progress.accept(b.count);
    });
    return b.build();
  }

  /**
   * Year to date for one unit: flows summed over the periods, stocks from the latest period.
   *
   * @param reports one unit's reports of one year (e.g. quarters I–III)
   * @return the aggregate; {@link Aggregate#reports()} counts the reports given
   * @throws IllegalArgumentException when a report is matched to another catalogue, or the list is empty
   */
  public Aggregate yearToDate(Iterable<Report> reports) {
    List<Report> all = new ArrayList<>();
    reports.forEach(all::add);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("year to date needs at least one report");
    }
    Report latest = all.stream().max(Comparator.comparingInt((Report r) -> r.period().year())
        .thenComparingInt(r -> endMonth(r.period())).thenComparing(r -> r.issueDate().orElse(java.time.LocalDate.MIN))).orElseThrow();
    Batch b = new Batch();
    for (Report r : all) {
      b.add(r, r == latest);
    }
    return b.build();
  }

  /** A stock: LATEST, or a RATIO whose denominator is LATEST. */
  private boolean stock(IndicatorDefinition d) {
    Aggregation a = catalogue.aggregation(d);
    if (a == Aggregation.RATIO) {
      String[] kids = ratioChildren.get(d.id());
      return catalogue.indicator(kids[1]).map(k -> catalogue.aggregation(k) == Aggregation.LATEST).orElse(false);
    }
    return a == Aggregation.LATEST;
  }

  private static int endMonth(ReportingPeriod p) {
    switch (p.kind()) {
      case MONTH:
        return p.index();
      case QUARTER:
        return 3 * p.index();
      case SIX_MONTHS:
        return 6 * p.index();
      case NINE_MONTHS:
        return 9;
      default:
        return 12;
    }
  }

  /** The running totals of one aggregation. */
  private final class Batch {
    private final String[] ids;
    private final Accumulator[] acc;
    private final boolean[] stocks;
    private final String[][] kids;
    private long count;

    Batch() {
      List<IndicatorDefinition> defs = catalogue.indicators();
      int n = defs.size();
      ids = new String[n];
      acc = new Accumulator[n];
      stocks = new boolean[n];
      kids = new String[n][];
      for (int i = 0; i < n; i++) {
        IndicatorDefinition d = defs.get(i);
        ids[i] = d.id();
        kids[i] = ratioChildren.get(d.id());
        acc[i] = new Accumulator(d, catalogue.aggregation(d));
        stocks[i] = stock(d);
      }
    }

    void add(Report r, boolean includeStocks) {
      if (!r.catalogueId().equals(catalogue.id())) {
        throw new IllegalArgumentException("report " + r.numberOrDraft() + " of " + r.issuer().displayName()
            + " is matched to catalogue " + r.catalogueId() + ", not " + catalogue.id());
      }
      count++;
      for (int i = 0; i < ids.length; i++) {
        if (!includeStocks && stocks[i]) {
          continue;
        }
        acc[i].add(r.value(ids[i]));
        if (kids[i] != null) {
          acc[i].addRatio(r.value(kids[i][0]), r.value(kids[i][1]));
        }
      }
    }

    Aggregate build() {
      Map<String, AggregateValue> values = new LinkedHashMap<>();
      for (int i = 0; i < ids.length; i++) {
        values.put(ids[i], acc[i].build());
      }
      return Aggregate.builder().catalogueId(catalogue.id()).reports(count).values(values).build();
    }
  }
}
