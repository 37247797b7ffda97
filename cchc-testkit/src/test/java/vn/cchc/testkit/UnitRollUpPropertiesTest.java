package vn.cchc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.AggregateValue;
import vn.cchc.rules.rollup.RollUp;
import vn.cchc.rules.rollup.RollUpProblem;
import vn.cchc.rules.rollup.RollUpSource;
import vn.cchc.rules.rollup.TrendPoint;
import vn.cchc.rules.rollup.Trends;
import vn.cchc.rules.rollup.UnitGroup;
import vn.cchc.rules.rollup.UnitRollUp;
import vn.cchc.rules.rollup.UnitRow;
import vn.cchc.rules.rollup.UnitTable;
import vn.cchc.rules.units.AdministrativeUnit;
import vn.cchc.rules.units.UnitRegistry;

/**
 * The roll-up by unit over generated consistent reports issued by the sample registry's communes: group
 * totals are the sums of their rows, the grand total is the sum of the groups, duplicates are never
 * counted twice, and a trend's change is the current figure minus the previous one.
 */
class UnitRollUpPropertiesTest {
  private static final Catalogue CAT = Catalogues.bundled();
  private static final ConsistentReports GEN = ReportGenerators.consistent(CAT)
      .period(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1));
  private static final UnitRegistry UNITS = UnitRegistry.sample();
  private static final List<AdministrativeUnit> COMMUNES = UNITS.units().stream()
      .filter(u -> u.level() == AdministrativeLevel.COMMUNE).toList();

  private static Report issuedBy(Report r, AdministrativeUnit u) {
    String name = u.name().substring(u.type().label().length() + 1);
    return ImmutableReport.copyOf(r).withIssuer(IssuingUnit.builder().asWritten("UBND " + u.type().label() + " " + name)
        .body("UBND").unitType(u.type()).unitName(name).level(AdministrativeLevel.COMMUNE).build());
  }

  /** n reports of distinct communes, chosen by the seed. */
  private static List<RollUpSource> sources(long seed, int n) {
    List<AdministrativeUnit> units = new ArrayList<>(COMMUNES);
    Collections.shuffle(units, new Random(seed));
    List<RollUpSource> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(RollUpSource.of("r" + i, issuedBy(GEN.generate(seed + i), units.get(i)), List.of()));
    }
    return out;
  }

  private static Optional<BigDecimal> sum(List<Optional<BigDecimal>> xs) {
    return xs.stream().flatMap(Optional::stream).reduce(BigDecimal::add);
  }

  @Test
  void groupTotalsAreTheSumsOfTheirUnitsAndTheTotalTheSumOfTheGroups() {
    qt().withExamples(12).forAll(longs().all(), integers().between(1, 20)).check((seed, n) -> {
      UnitTable t = UnitRollUp.of(CAT, UNITS).roll(sources(seed, n));
      long groupReports = 0;
      for (UnitGroup g : t.groups()) {
        groupReports += g.total().reports();
        for (IndicatorDefinition d : CAT.indicators()) {
          AggregateValue total = g.total().value(d.id()).orElseThrow();
          List<AggregateValue> rows = g.rows().stream().map(r -> r.values().value(d.id()).orElseThrow()).toList();
          if (!sum(rows.stream().map(AggregateValue::sum).toList()).equals(total.sum())
              || !sum(rows.stream().map(AggregateValue::numerator).toList()).equals(total.numerator())
              || !sum(rows.stream().map(AggregateValue::denominator).toList()).equals(total.denominator())
              || rows.stream().mapToLong(v -> v.coverage().reported()).sum() != total.coverage().reported()) {
            return false;
          }
        }
      }
      Aggregate merged = t.groups().stream().map(UnitGroup::total).reduce(Aggregate::merge).orElseThrow();
      return groupReports == n && t.rows().size() == n && merged.equals(t.total())
          && t.expected() == COMMUNES.stream().filter(u -> t.groups().stream()
              .anyMatch(g -> u.parentCode().orElseThrow().equals(g.unit().code()))).count();
    });
  }

  @Test
  void aDuplicatedReportIsNeverCountedTwice() {
    qt().withExamples(12).forAll(longs().all(), integers().between(1, 15), integers().between(1, 5)).check((seed, n, k) -> {
      List<RollUpSource> once = sources(seed, n);
      List<RollUpSource> twice = new ArrayList<>(once);
      Random rnd = new Random(seed);
      Map<String, Integer> copies = new HashMap<>();
      for (int i = 0; i < k; i++) {
        RollUpSource s = once.get(rnd.nextInt(n));
        copies.merge(s.id(), 1, Integer::sum);
        twice.add(RollUpSource.of(s.id() + "-copy" + i, s.report(), List.of()));
      }
      Collections.shuffle(twice, rnd);
      UnitTable a = UnitRollUp.of(CAT, UNITS).roll(once);
      UnitTable b = UnitRollUp.of(CAT, UNITS).roll(twice);
      return a.total().equals(b.total()) && b.rows().size() == n
          && b.problems(RollUpProblem.Kind.DUPLICATE).size() == copies.size()
          && b.groups().stream().map(UnitGroup::total).toList().equals(a.groups().stream().map(UnitGroup::total).toList());
    });
  }

  @Test
  void aTrendsChangeIsTheCurrentFigureMinusThePreviousOne() {
    qt().withExamples(10).forAll(longs().all(), integers().between(2, 8)).check((seed, quarters) -> {
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < quarters; i++) {
        ReportingPeriod p = ReportingPeriod.of(2023 + i / 4, PeriodKind.QUARTER, 1 + i % 4);
        reports.add(ImmutableReport.copyOf(GEN.generate(seed + i)).withPeriod(p)
            .withIssueDate(p.lastDay().withDayOfMonth(15)));
      }
      Collections.shuffle(reports, new Random(seed));
      RollUp roll = RollUp.of(CAT);
      for (String id : List.of("3.2.4", "3.2.4/numerator", "3.4.2", "4.2.1", "1.1")) {
        List<TrendPoint> t = Trends.of(CAT).series(reports, id);
        if (t.size() != quarters) {
          return false;
        }
        for (int i = 0; i < t.size(); i++) {
          TrendPoint now = t.get(i);
          Optional<BigDecimal> expected = i == 0 ? Optional.empty()
              : t.get(i - 1).value().flatMap(b -> now.value().map(a -> a.subtract(b)));
          if (!now.change().equals(expected)) {
            return false;
          }
          // year on year: this year to date minus last year's through the same quarter, from RollUp.yearToDate
          ReportingPeriod p = now.period();
          List<Report> thisYear = reports.stream().filter(r -> r.period().year() == p.year()
              && r.period().index() <= p.index()).toList();
          List<Report> lastYear = reports.stream().filter(r -> r.period().year() == p.year() - 1
              && r.period().index() <= p.index()).toList();
          Optional<BigDecimal> ytd = roll.yearToDate(thisYear).value(id).flatMap(vn.cchc.rules.rollup.Figures::of);
          Optional<BigDecimal> yoy = lastYear.isEmpty() ? Optional.empty()
              : roll.yearToDate(lastYear).value(id).flatMap(vn.cchc.rules.rollup.Figures::of)
                  .flatMap(b -> ytd.map(a -> a.subtract(b)));
          if (!now.yearToDate().equals(ytd) || !now.yearOnYear().equals(yoy)) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void excludedRowsAreMarkedButNotInAnyTotal() {
    qt().withExamples(10).forAll(longs().all(), integers().between(2, 15)).check((seed, n) -> {
      List<RollUpSource> in = new ArrayList<>(sources(seed, n));
      List<vn.cchc.rules.Finding> error = List.of(vn.cchc.rules.Finding.builder().ruleId("test.error")
          .severity(vn.cchc.rules.Severity.ERROR).addIndicatorIds("3.4.2").message(vn.cchc.model.message.Message.of(DocsExamplesTest.RULES, "test.error")).build());
      RollUpSource bad = in.get(0);
      in.set(0, RollUpSource.of(bad.id(), bad.report(), error));
      UnitTable t = UnitRollUp.of(CAT, UNITS).excludingErrors(true).roll(in);
      UnitTable without = UnitRollUp.of(CAT, UNITS).roll(in.subList(1, n));
      UnitRow marked = t.rows().stream().filter(r -> r.source().equals(bad.id())).findFirst().orElseThrow();
      return marked.excluded() && marked.errors() == 1 && t.total().equals(without.total())
          && !t.sources().contains(bad.id()) && t.rows().size() == n;
    });
  }
}
