package vn.cchc.rules.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.Severity;
import vn.cchc.rules.units.AdministrativeLevels;
import vn.cchc.rules.units.AdministrativeUnit;
import vn.cchc.rules.units.Placement;
import vn.cchc.rules.units.UnitRegistry;

/**
 * A roll-up people can use: each report placed in a {@link UnitRegistry}, checked for integrity, and
 * grouped by district or province with one row per unit beneath each total. Immutable; the {@code with…}
 * methods return a changed copy.
 *
 * <h2>What it refuses, sets aside and marks</h2>
 * <ul>
 *   <li>an issuer the registry cannot place, or that fits several units: left out, {@code UNPLACED} or
 *       {@code AMBIGUOUS};</li>
 *   <li>a report of another catalogue, or another kind of period than most reports: left out, with the
 *       reason; the period rolled up is the latest of the rest (or the one {@linkplain #withPeriod given});
 *       reports of earlier periods are used only for the trends ({@link UnitTable#history()});</li>
 *   <li>an issuer at another level than most (a district among communes): left out;</li>
 *   <li>two reports of one unit and period: counted once — the latest issued (then the smallest id) — and
 *       reported as an ERROR, {@code DUPLICATE};</li>
 *   <li>a report with ERROR findings: marked on its row and as {@code ERROR_FINDINGS}; with
 *       {@link #excludingErrors(boolean)} it is also left out of every total;</li>
 *   <li>a report issued after the {@link ReportingSchedule} deadline: marked late.</li>
 * </ul>
 * Coverage: the registry's units of the reporting level in each group that sent no report are listed as
 * missing. Every total can say which reports it came from ({@link UnitGroup#contributors(String)}).
 *
 * <pre>{@code
 * UnitTable t = UnitRollUp.of(catalogue, UnitRegistry.readCsv(Path.of("units.csv")))
 *     .groupedBy(AdministrativeLevel.DISTRICT).excludingErrors(true)
 *     .roll(List.of(RollUpSource.of("bc-45.txt", report, Checker.check(report, catalogue).findings())));
 * }</pre>
 */
public final class UnitRollUp {
  private final Catalogue catalogue;
  private final UnitRegistry registry;
  private final AdministrativeLevel groupLevel;
  private final boolean excludeErrors;
  private final ReportingSchedule schedule;
  private final Optional<ReportingPeriod> period;
  private final RollUp rollUp;

  private UnitRollUp(Catalogue catalogue, UnitRegistry registry, AdministrativeLevel groupLevel, boolean excludeErrors,
      ReportingSchedule schedule, Optional<ReportingPeriod> period) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.groupLevel = groupLevel;
    this.excludeErrors = excludeErrors;
    this.schedule = schedule;
    this.period = period;
    this.rollUp = RollUp.of(catalogue);
  }

  /**
   * A roll-up grouped by district, errors marked but counted, the Decree 09/2019 schedule, the latest period.
   *
   * @param catalogue the catalogue of the reports
   * @param registry the units
   * @return the roll-up
   */
  public static UnitRollUp of(Catalogue catalogue, UnitRegistry registry) {
    return new UnitRollUp(Objects.requireNonNull(catalogue, "catalogue"), Objects.requireNonNull(registry, "registry"),
        AdministrativeLevel.DISTRICT, false, ReportingSchedule.decree09(), Optional.empty());
  }

  /**
   * Groups by another level. A unit with no unit at that level above it (a commune directly under its
   * province since 1 July 2025, grouped by district) is grouped under its province.
   *
   * @param level DISTRICT or PROVINCE
   * @return the changed copy
   */
  public UnitRollUp groupedBy(AdministrativeLevel level) {
    return new UnitRollUp(catalogue, registry, Objects.requireNonNull(level, "level"), excludeErrors, schedule, period);
  }

  /**
   * Leaves reports with ERROR findings out of every total (they keep their marked rows).
   *
   * @param exclude whether to leave them out
   * @return the changed copy
   */
  public UnitRollUp excludingErrors(boolean exclude) {
    return new UnitRollUp(catalogue, registry, groupLevel, exclude, schedule, period);
  }

  /**
   * Uses another reporting schedule for lateness.
   *
   * @param schedule the schedule
   * @return the changed copy
   */
  public UnitRollUp withSchedule(ReportingSchedule schedule) {
    return new UnitRollUp(catalogue, registry, groupLevel, excludeErrors, Objects.requireNonNull(schedule, "schedule"),
        period);
  }

  /**
   * Rolls up this period rather than the latest in the input; reports of later periods are left out.
   *
   * @param period the period
   * @return the changed copy
   */
  public UnitRollUp withPeriod(ReportingPeriod period) {
    return new UnitRollUp(catalogue, registry, groupLevel, excludeErrors, schedule,
        Optional.of(Objects.requireNonNull(period, "period")));
  }

  /** A report placed in the registry. */
  private record Placed(RollUpSource source, AdministrativeUnit unit) {
    ReportingPeriod period() {
      return source.report().period();
    }

    /** The period without its data window: two reports of "quý I năm 2024" are of one period. */
    String periodKey() {
      ReportingPeriod p = period();
      return p.year() + "/" + p.kind() + "/" + p.index();
    }
  }

  /**
   * Rolls reports up.
   *
   * @param sources the reports with their findings
   * @return the table
   * @throws IllegalArgumentException when no report is left to roll up (all refused, or none given); the
   *     message gives each report's reason
   */
  public UnitTable roll(Iterable<RollUpSource> sources) {
    List<RollUpProblem> problems = new ArrayList<>();
    List<Placed> placed = new ArrayList<>();
    for (RollUpSource s : sources) {
      Objects.requireNonNull(s, "source");
      if (!s.report().catalogueId().equals(catalogue.id())) {
        problems.add(new RollUpProblem(RollUpProblem.Kind.OTHER_CATALOGUE, Severity.ERROR, List.of(s.id()),
            RollUpBundle.message("rollup.other-catalogue", s.report().catalogueId(), catalogue.id())));
        continue;
      }
      Placement p = registry.place(s.report().issuer(), s.unitCode());
      if (p.placed()) {
        placed.add(new Placed(s, p.unit().orElseThrow()));
      } else {
        problems.add(new RollUpProblem(p.status() == Placement.Status.AMBIGUOUS ? RollUpProblem.Kind.AMBIGUOUS
            : RollUpProblem.Kind.UNPLACED, Severity.ERROR, List.of(s.id()),
            RollUpBundle.message("rollup.not-placed", p.problem().orElseThrow())));
      }
    }
    // one kind of period: the most common, ties to the kind of the latest report
    Optional<PeriodKind> kind = period.map(ReportingPeriod::kind).or(() -> mostCommon(placed, x -> x.period().kind()));
    List<Placed> sameKind = new ArrayList<>();
    for (Placed x : placed) {
      if (kind.isPresent() && x.period().kind() == kind.get()) {
        sameKind.add(x);
      } else {
        problems.add(new RollUpProblem(RollUpProblem.Kind.OTHER_PERIOD_KIND, Severity.ERROR, List.of(x.source().id()),
            RollUpBundle.message("rollup.other-period-kind", x.period().kind().name(),
                kind.map(Object::toString).orElse("?"))));
      }
    }
    Optional<ReportingPeriod> target = period.or(() -> sameKind.stream().map(Placed::period)
        .max(Comparator.comparing(ReportingPeriod::lastDay)));
    if (target.isEmpty()) {
      throw new IllegalArgumentException("no report to roll up: " + problems.stream()
          .map(p -> String.join(", ", p.sources()) + ": " + p.message()).collect(Collectors.joining("; ")));
    }
    ReportingPeriod current = bare(target.get());
    LocalDate end = current.lastDay();
    // one level: the most common among the period's reports
    Optional<AdministrativeLevel> level = mostCommon(sameKind.stream().filter(x -> x.period().lastDay().equals(end))
        .collect(Collectors.toList()), x -> x.unit().level());
    if (level.isEmpty()) {
      throw new IllegalArgumentException("no report of " + current.kind() + " " + current.index() + "/" + current.year()
          + " to roll up");
    }
    Map<String, List<Placed>> byPeriod = new TreeMap<>();
    Map<String, ReportingPeriod> periods = new HashMap<>();
    for (Placed x : sameKind) {
      if (x.period().lastDay().isAfter(end)) {
        problems.add(new RollUpProblem(RollUpProblem.Kind.OTHER_PERIOD, Severity.ERROR, List.of(x.source().id()),
            // the year and the index as text: a year is never grouped ("2024", not "2.024")
            RollUpBundle.message("rollup.other-period", Integer.toString(x.period().year()), x.period().kind().name(),
                Integer.toString(x.period().index()))));
      } else if (x.unit().level() != level.get()) {
        problems.add(new RollUpProblem(RollUpProblem.Kind.OTHER_LEVEL, Severity.ERROR, List.of(x.source().id()),
            RollUpBundle.message("rollup.other-level", x.unit().name(), AdministrativeLevels.text(x.unit().level()),
                AdministrativeLevels.text(level.get()))));
      } else {
        String k = x.period().lastDay().toString();
        byPeriod.computeIfAbsent(k, q -> new ArrayList<>()).add(x);
        periods.put(k, bare(x.period()));
        if (!x.period().lastDay().equals(end)) {
          problems.add(new RollUpProblem(RollUpProblem.Kind.EARLIER_PERIOD, Severity.INFO, List.of(x.source().id()),
              RollUpBundle.message("rollup.earlier-period", x.period().kind().name(),
                  Integer.toString(x.period().index()), Integer.toString(x.period().year()))));
        }
      }
    }
    List<PeriodTotal> history = new ArrayList<>();
    List<Placed> currentReports = List.of();
    int currentAt = -1;
    for (Map.Entry<String, List<Placed>> e : byPeriod.entrySet()) {
      List<Placed> kept = deduplicate(e.getValue(), problems);
      if (periods.get(e.getKey()).lastDay().equals(end)) {
        currentReports = kept;
        currentAt = history.size();
        history.add(null); // the table's total, once computed
        continue;
      }
      List<Placed> counted = kept.stream().filter(x -> !(excludeErrors && x.source().errors() > 0))
          .collect(Collectors.toList());
      history.add(new PeriodTotal(periods.get(e.getKey()), aggregate(counted),
          counted.stream().map(x -> x.source().id()).collect(Collectors.toList())));
    }
    // rows, grouped
    Map<String, List<UnitRow>> rowsByGroup = new TreeMap<>();
    Map<String, List<Report>> countedByGroup = new TreeMap<>();
    Map<String, AdministrativeUnit> groupUnits = new HashMap<>();
    for (Placed x : currentReports) {
      RollUpSource s = x.source();
      Report r = s.report();
      long errors = s.errors();
      long warnings = s.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
      boolean late = schedule.late(r.period(), r.issueDate());
      boolean excluded = excludeErrors && errors > 0;
      if (errors > 0) {
        problems.add(new RollUpProblem(RollUpProblem.Kind.ERROR_FINDINGS, Severity.WARNING, List.of(s.id()),
            RollUpBundle.message(excluded ? "rollup.error-findings.excluded" : "rollup.error-findings.counted",
                x.unit().name(), errors)));
      }
      if (late) {
        problems.add(new RollUpProblem(RollUpProblem.Kind.LATE, Severity.INFO, List.of(s.id()),
            // ISO-8601 dates, as roll-up problems have always written them
            RollUpBundle.message("rollup.late", x.unit().name(), r.issueDate().orElseThrow().toString(),
                schedule.deadline(r.period()).toString())));
      }
      AdministrativeUnit g = groupOf(x.unit());
      groupUnits.put(g.code(), g);
      rowsByGroup.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(new UnitRow(x.unit(), s.id(),
          r.issuer().displayName(), r.issueDate(), rollUp.aggregate(List.of(r)), errors, warnings, late, excluded));
      List<Report> counted = countedByGroup.computeIfAbsent(g.code(), k -> new ArrayList<>());
      if (!excluded) {
        counted.add(r);
      }
    }
    // coverage: the registry's units of the level, in the groups present
    Map<String, List<AdministrativeUnit>> expected = new HashMap<>();
    for (AdministrativeUnit u : registry.units()) {
      if (u.level() == level.get()) {
        AdministrativeUnit g = groupOf(u);
        if (groupUnits.containsKey(g.code())) {
          expected.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(u);
        }
      }
    }
    List<UnitGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<UnitRow>> e : rowsByGroup.entrySet()) {
      List<UnitRow> rows = new ArrayList<>(e.getValue());
      rows.sort(Comparator.comparing((UnitRow r) -> r.unit().code()));
      java.util.Set<String> reported = rows.stream().map(r -> r.unit().code()).collect(Collectors.toSet());
      List<AdministrativeUnit> missing = expected.getOrDefault(e.getKey(), List.of()).stream()
          .filter(u -> !reported.contains(u.code())).sorted(Comparator.comparing(AdministrativeUnit::code))
          .collect(Collectors.toList());
      groups.add(new UnitGroup(groupUnits.get(e.getKey()), rollUp.aggregate(countedByGroup.get(e.getKey())), rows,
          missing));
    }
    // the total merges the group totals (the same as aggregating every counted report at once, one pass less)
    Aggregate total = groups.stream().map(UnitGroup::total).reduce(Aggregate::merge)
        .orElseGet(() -> rollUp.aggregate(List.of()));
    history.set(currentAt, new PeriodTotal(current, total, groups.stream().flatMap(g -> g.sources().stream())
        .collect(Collectors.toList())));
    return new UnitTable(catalogue.id(), current, level.get(), groupLevel, schedule.deadline(current), excludeErrors,
        total, groups, history, problems);
  }

  /** The period without the data window one report states. */
  private static ReportingPeriod bare(ReportingPeriod p) {
    return ReportingPeriod.of(p.year(), p.kind(), p.index());
  }

  private Aggregate aggregate(List<Placed> xs) {
    return rollUp.aggregate(xs.stream().map(x -> x.source().report()).collect(Collectors.toList()));
  }

  /** The group of a unit: its unit at the group level, else (two-level structure) its province, else itself. */
  private AdministrativeUnit groupOf(AdministrativeUnit u) {
    return registry.ancestor(u, groupLevel).or(() -> registry.ancestor(u, AdministrativeLevel.PROVINCE)).orElse(u);
  }

  /** One report per unit: the latest issued, then the smallest id; the others reported. */
  private static List<Placed> deduplicate(List<Placed> xs, List<RollUpProblem> problems) {
    Map<String, List<Placed>> byUnit = new LinkedHashMap<>();
    for (Placed x : xs) {
      byUnit.computeIfAbsent(x.unit().code(), k -> new ArrayList<>()).add(x);
    }
    List<Placed> kept = new ArrayList<>();
    for (List<Placed> same : byUnit.values()) {
      same.sort(Comparator.comparing((Placed x) -> x.source().report().issueDate().orElse(LocalDate.MIN)).reversed()
          .thenComparing(x -> x.source().id()));
      Placed keep = same.get(0);
      kept.add(keep);
      if (same.size() > 1) {
        List<String> ids = same.stream().map(x -> x.source().id()).collect(Collectors.toList());
        problems.add(new RollUpProblem(RollUpProblem.Kind.DUPLICATE, Severity.ERROR, ids,
            RollUpBundle.message("rollup.duplicate", keep.unit().name(), (long) same.size(), keep.periodKey(),
                keep.source().id(), String.join(", ", ids.subList(1, ids.size())))));
      }
    }
    return kept;
  }

  private static <T> Optional<T> mostCommon(List<Placed> xs, Function<Placed, T> key) {
    Map<T, Long> counts = new LinkedHashMap<>();
    Map<T, LocalDate> latest = new HashMap<>();
    for (Placed x : xs) {
      T k = key.apply(x);
      counts.merge(k, 1L, Long::sum);
      latest.merge(k, x.period().lastDay(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return counts.keySet().stream().max(Comparator.comparing((T k) -> counts.get(k)).thenComparing(latest::get)
        .thenComparing(Object::toString));
  }
}
