package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.AggregateInput;
import vn.cchc.render.AggregateRenderers;
import vn.cchc.render.RenderOptions;
import vn.cchc.rules.Checker;
import vn.cchc.rules.rollup.AggregateValue;
import vn.cchc.rules.rollup.RollUpProblem;
import vn.cchc.rules.rollup.RollUpSource;
import vn.cchc.rules.rollup.UnitRollUp;
import vn.cchc.rules.rollup.UnitTable;
import vn.cchc.rules.units.AdministrativeUnit;
import vn.cchc.rules.units.UnitRegistry;

/** The Java example of docs/rollups.md, run on the sample report: the lines between the docs markers are on the page. */
class RollupsDocExampleTest {
  @Test
  void theExampleRunsAndIsOnThePage() throws Exception {
    List<Path> files = List.of(ReadCommandTest.SAMPLE);
    Path unitsFile = AggregateByUnitCliTest.UNITS;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // docs:begin
    Catalogue catalogue = Catalogues.bundled();
    UnitRegistry units = UnitRegistry.read(unitsFile);                  // CSV or JSON, national list
    List<RollUpSource> sources = new ArrayList<>();
    for (Path f : files) {
      Report r = ReportTextReader.of(catalogue).read(f);
      sources.add(RollUpSource.of(f.toString(), r, Checker.check(r, catalogue).findings()));
    }
    UnitTable table = UnitRollUp.of(catalogue, units)
        .groupedBy(AdministrativeLevel.DISTRICT)       // or PROVINCE
        .excludingErrors(true)                         // reports with ERROR findings: marked, left out of totals
        .roll(sources);
    Optional<BigDecimal> onTime = table.groups().get(0).total().value("3.4.2").flatMap(AggregateValue::ratio);
    List<String> from = table.groups().get(0).contributors("3.4.2");   // the reports that figure came from
    List<AdministrativeUnit> missing = table.missing();                 // the communes that did not report
    List<RollUpProblem> problems = table.problems();                    // unplaced, duplicates, other periods…
    AggregateRenderers.find("html").render(AggregateInput.of(table, catalogue)
        .withTargets(Map.of("3.4.2", new BigDecimal("95"))), RenderOptions.defaults(), out);
    // docs:end
    // the sample has error findings: excluded, it leaves nothing in the district's on-time total
    assertThat(onTime).isEmpty();
    assertThat(from).isEmpty();
    assertThat(missing).hasSize(14);
    assertThat(problems).extracting(RollUpProblem::kind).containsExactly(RollUpProblem.Kind.ERROR_FINDINGS);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("<svg", "Thị trấn Đình Cả");

    String page = Files.readString(Path.of("..", "docs", "rollups.md"));
    String source = Files.readString(Path.of("src", "test", "java", "vn", "cchc", "cli", "RollupsDocExampleTest.java"));
    String block = source.substring(source.indexOf("// docs:begin"), source.indexOf("// docs:end"));
    List<String> lines = block.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(lines).hasSizeGreaterThan(10);
    for (String line : lines) {
      assertThat(page).as("docs/rollups.md holds the example's line").contains(line);
    }
  }
}
