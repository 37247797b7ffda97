package vn.cchc.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.testkit.quicktheories.CchcGens;

/**
 * Any layout reads back to the same report: for generated reports (commune, district and province;
 * several periods; with narrative) written in random layouts, {@code ReportTextReader.readLenient}
 * returns what the text states — number, date, issuer, title, period, narrative, references,
 * recipients, signer, every appendix row's value and note — with {@code isComplete()} and no problem
 * at WARNING or above except one REPAIRED_TEXT warning per rejoined line at most. Then one example per
 * dimension value with the clean layout elsewhere, so that a failure names its dimension.
 */
class TextLayoutsPropertyTest {
  private static final Catalogue catalogue = TestCatalogues.bundled();

  private static final List<ConsistentReports> GENERATORS = generators();

  private static List<ConsistentReports> generators() {
    List<ReportingPeriod> periods = List.of(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1),
        ReportingPeriod.of(2024, PeriodKind.YEAR, 1), ReportingPeriod.of(2025, PeriodKind.SIX_MONTHS, 1),
        ReportingPeriod.of(2025, PeriodKind.QUARTER, 3), ReportingPeriod.of(2024, PeriodKind.NINE_MONTHS, 1));
    List<ConsistentReports> out = new ArrayList<>();
    for (AdministrativeLevel l : List.of(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE)) {
      for (ReportingPeriod p : periods) {
        out.add(ReportGenerators.consistent(catalogue).level(l).period(p));
      }
    }
    return out;
  }

  /** A generator (level and period), a size and a seed; shrinks towards the first generator and small reports. */
  private static Gen<Report> reports() {
    Gen<int[]> pickAndSize = integers().between(0, GENERATORS.size() - 1).zip(integers().between(0, 200),
        (g, s) -> new int[] {g, s});
    return pickAndSize.zip(longs().all(), (gs, seed) -> GENERATORS.get(gs[0]).maxFilledIndicators(gs[1]).generate(seed))
        .describedAs(r -> r.numberOrDraft() + " of " + r.issuer().asWritten() + " (" + r.issuer().level() + ", "
            + r.period() + ")");
  }

  @Test
  void anyLayoutReadsBackToTheSameReport() {
    qt().withExamples(100).withShrinkCycles(40).forAll(reports(), CchcGens.layouts())
        .checkAssert((r, layout) -> ReadBack.assertReadsBack("random layout", r, catalogue, layout));
  }

  static Stream<Arguments> oneChangeEach() {
    return TextLayout.oneChangeEach().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneChangeEach")
  void eachDimensionValueOnItsOwn(String change, TextLayout layout) {
    for (AdministrativeLevel l : List.of(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE)) {
      Report r = ReportGenerators.consistent(catalogue).level(l).generate(change.hashCode());
      ReadBack.assertReadsBack(change, r, catalogue, layout.withSeed(change.hashCode()));
    }
  }

  @Test
  void theCleanLayoutReadsBack() {
    for (ConsistentReports gen : GENERATORS) {
      ReadBack.assertReadsBack("clean", gen.generate(11L), catalogue, TextLayout.clean());
    }
  }
}
