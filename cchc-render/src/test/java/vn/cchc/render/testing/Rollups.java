package vn.cchc.render.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CountValue;
import vn.cchc.model.ImmutableAppendixEntry;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.Checker;
import vn.cchc.rules.rollup.RollUpSource;
import vn.cchc.rules.rollup.UnitRollUp;
import vn.cchc.rules.rollup.UnitTable;
import vn.cchc.rules.units.UnitRegistry;

/**
 * A district roll-up for the aggregate renderer tests: the real report of thị trấn Đình Cả (with its own
 * findings, among them the 39/1.481 on-time error) and, for its neighbours in the bundled sample registry,
 * copies of it whose dossier counts are changed (percentages rewritten to match, no findings), one issued
 * late, plus quarter IV of 2023 for the trend line. The copies are test inputs derived from the real report,
 * not data of those communes.
 */
public final class Rollups {
  private Rollups() {}

  public static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");

  public static Catalogue catalogue() {
    return Catalogues.bundled();
  }

  public static Report dinhCa() {
    try {
      return ReportTextReader.of(catalogue()).read(SAMPLE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report as issued by another commune, with the on-time and online counts changed. */
  public static Report neighbour(Report base, AdministrativeUnitType type, String name, long onTime, long settled,
      long online, long received, LocalDate issued) {
    Map<String, Long> counts = Map.of("3.4.2/numerator", onTime, "3.4.2/denominator", settled,
        "3.2.4/numerator", online, "3.2.4/denominator", received);
    Map<String, BigDecimal> pcts = Map.of("3.4.2", pct(onTime, settled), "3.2.4", pct(online, received));
    List<AppendixEntry> entries = new ArrayList<>();
    for (AppendixEntry e : base.appendix()) {
      String id = e.indicatorId();
      if (counts.containsKey(id)) {
        long v = counts.get(id);
        entries.add(ImmutableAppendixEntry.copyOf(e).withValue(CountValue.of(v,
            ((CountValue) e.value()).unit(), VietnameseNumber.format(BigDecimal.valueOf(v)))));
      } else if (pcts.containsKey(id)) {
        BigDecimal p = pcts.get(id);
        entries.add(ImmutableAppendixEntry.copyOf(e).withValue(PercentageValue.of(p, VietnameseNumber.format(p))));
      } else {
        entries.add(e);
      }
    }
    return ImmutableReport.copyOf(base).withAppendix(entries).withIssueDate(issued)
        .withIssuer(IssuingUnit.builder().asWritten("UBND " + type.label() + " " + name).body("UBND").unitType(type)
            .unitName(name).level(AdministrativeLevel.COMMUNE).build());
  }

  private static BigDecimal pct(long a, long b) {
    return BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(b), 1, RoundingMode.HALF_UP);
  }

  /** The sources of the roll-up: six communes of two districts in quarter I of 2024, two in quarter IV of 2023. */
  public static List<RollUpSource> sources() {
    Report d = dinhCa();
    LocalDate onTime = LocalDate.of(2024, 3, 12);
    List<RollUpSource> s = new ArrayList<>();
    s.add(RollUpSource.of("bc-45-dinh-ca.txt", d, Checker.check(d, catalogue()).findings()));
    s.add(RollUpSource.of("sang-moc.txt", neighbour(d, AdministrativeUnitType.COMMUNE, "Sảng Mộc", 402, 410, 380, 415,
        onTime), List.of()));
    s.add(RollUpSource.of("la-hien.txt", neighbour(d, AdministrativeUnitType.COMMUNE, "La Hiên", 610, 655, 640, 660,
        LocalDate.of(2024, 3, 25)), List.of()));
    s.add(RollUpSource.of("trang-xa.txt", neighbour(d, AdministrativeUnitType.COMMUNE, "Tràng Xá", 298, 300, 240, 301,
        onTime), List.of()));
    s.add(RollUpSource.of("hung-son.txt", neighbour(d, AdministrativeUnitType.TOWNSHIP, "Hùng Sơn", 1702, 1790, 1750,
        1795, onTime), List.of()));
    s.add(RollUpSource.of("quan-chu.txt", neighbour(d, AdministrativeUnitType.COMMUNE, "Quân Chu", 350, 352, 300, 352,
        onTime), List.of()));
    ReportingPeriod q4 = ReportingPeriod.of(2023, PeriodKind.QUARTER, 4);
    s.add(RollUpSource.of("sang-moc-2023-q4.txt", ImmutableReport.copyOf(neighbour(d, AdministrativeUnitType.COMMUNE,
        "Sảng Mộc", 380, 400, 300, 402, LocalDate.of(2023, 12, 15))).withPeriod(q4), List.of()));
    s.add(RollUpSource.of("hung-son-2023-q4.txt", ImmutableReport.copyOf(neighbour(d, AdministrativeUnitType.TOWNSHIP,
        "Hùng Sơn", 1600, 1700, 1500, 1702, LocalDate.of(2023, 12, 15))).withPeriod(q4), List.of()));
    return s;
  }

  /** The roll-up by district, errors marked but counted. */
  public static UnitTable table() {
    return UnitRollUp.of(catalogue(), UnitRegistry.sample()).roll(sources());
  }

  /** The dashboard's targets: on time 95 %, online 50 %, online payment 50 % (chosen for the tests). */
  public static Map<String, BigDecimal> targets() {
    return Map.of("3.4.2", new BigDecimal("95"), "3.2.4", new BigDecimal("50"), "3.2.5", new BigDecimal("50"));
  }

}
