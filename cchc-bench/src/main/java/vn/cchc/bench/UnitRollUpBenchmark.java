package vn.cchc.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.AggregateRenderers;
import vn.cchc.render.RenderOptions;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.RollUp;
import vn.cchc.rules.rollup.RollUpSource;
import vn.cchc.rules.rollup.UnitRollUp;
import vn.cchc.rules.rollup.UnitTable;
import vn.cchc.rules.units.AdministrativeUnit;
import vn.cchc.rules.units.UnitRegistry;
import vn.cchc.testkit.ConsistentReports;
import vn.cchc.testkit.ReportGenerators;

/**
 * The roll-up by unit of a province of 1,500 communes in 10 districts (a generated registry: "Xã B01001"…,
 * benchmark input only) against the plain {@link RollUp} of the same reports, and the dashboard and workbook
 * of one district of 150 communes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UnitRollUpBenchmark {
  static final int DISTRICTS = 10;
  static final int COMMUNES = 150;
  Catalogue catalogue;
  UnitRegistry registry;
  List<RollUpSource> sources;
  List<Report> reports;
  AggregateInput district;
  AggregateRenderer html;
  AggregateRenderer xlsx;

  /** Generates the registry and the reports once. */
  @Setup
  public void setup() {
    catalogue = BenchData.catalogue();
    List<AdministrativeUnit> units = new ArrayList<>();
    units.add(AdministrativeUnit.of("90", "Tỉnh Thử", AdministrativeLevel.PROVINCE, null));
    ConsistentReports gen = ReportGenerators.consistent(catalogue).narrative(false)
        .period(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1));
    sources = new ArrayList<>();
    reports = new ArrayList<>();
    List<RollUpSource> firstDistrict = new ArrayList<>();
    for (int d = 1; d <= DISTRICTS; d++) {
      String dc = String.format("9%02d", d);
      units.add(AdministrativeUnit.of(dc, "Huyện Thử " + d, AdministrativeLevel.DISTRICT, "90"));
      for (int c = 1; c <= COMMUNES; c++) {
        String name = String.format("B%02d%03d", d, c);
        units.add(AdministrativeUnit.of("9" + name.substring(1), "Xã " + name, AdministrativeLevel.COMMUNE, dc));
        Report r = ImmutableReport.copyOf(gen.generate(d * 1000L + c)).withIssuer(IssuingUnit.builder()
            .asWritten("UBND xã " + name).body("UBND").unitType(AdministrativeUnitType.COMMUNE).unitName(name)
            .level(AdministrativeLevel.COMMUNE).build());
        RollUpSource s = RollUpSource.of(name + ".txt", r, List.of());
        sources.add(s);
        reports.add(r);
        if (d == 1) {
          firstDistrict.add(s);
        }
      }
    }
    registry = UnitRegistry.of(units);
    UnitTable t = UnitRollUp.of(catalogue, registry).roll(firstDistrict);
    district = AggregateInput.of(t, catalogue);
    html = AggregateRenderers.find("html");
    xlsx = AggregateRenderers.find("xlsx");
  }

  /**
   * Placing, checking and grouping 1,500 reports, with a row aggregate per report and totals per district.
   *
   * @return the table
   */
  @Benchmark
  public UnitTable unitRollUp() {
    return UnitRollUp.of(catalogue, registry).roll(sources);
  }

  /**
   * The plain roll-up of the same 1,500 reports into one aggregate.
   *
   * @return the aggregate
   */
  @Benchmark
  public Aggregate plainRollUp() {
    return RollUp.of(catalogue).aggregate(reports);
  }

  /**
   * The HTML dashboard of one district of 150 communes.
   *
   * @return bytes written
   * @throws IOException never (counting stream)
   */
  @Benchmark
  public long dashboardOf150() throws IOException {
    Counting out = new Counting();
    html.render(district, RenderOptions.defaults(), out);
    return out.n;
  }

  /**
   * The XLSX workbook of one district of 150 communes, with its chart.
   *
   * @return bytes written
   * @throws IOException never (counting stream)
   */
  @Benchmark
  public long workbookOf150() throws IOException {
    Counting out = new Counting();
    xlsx.render(district, RenderOptions.defaults(), out);
    return out.n;
  }

  /** Counts bytes. */
  static final class Counting extends OutputStream {
    long n;

    @Override
    public void write(int b) {
      n++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      n += len;
    }
  }
}
