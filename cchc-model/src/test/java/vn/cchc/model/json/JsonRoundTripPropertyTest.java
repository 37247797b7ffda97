package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static vn.cchc.model.json.JsonTestSupport.JACKSON2;
import static vn.cchc.model.json.JsonTestSupport.JACKSON3;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.gen.ReportGens;

/** Generated reports and catalogues round-trip under both lines, across lines, and match the schema. */
class JsonRoundTripPropertyTest {

  @Test
  void reportsRoundTripUnderBothLinesAndAcrossThem() {
    qt().withExamples(200).forAll(ReportGens.seeds(8)).checkAssert(seed -> {
      Report report = seed.report();
      byte[] by2 = JsonTestSupport.bytes(JACKSON2, report);
      byte[] by3 = JsonTestSupport.bytes(JACKSON3, report);
      assertThat(by3).as("same bytes from both lines").isEqualTo(by2);
      assertThat(JsonTestSupport.read(JACKSON2, by2)).isEqualTo(report);
      assertThat(JsonTestSupport.read(JACKSON3, by3)).isEqualTo(report);
      assertThat(JsonTestSupport.read(JACKSON3, by2)).as("written by 2, read by 3").isEqualTo(report);
      assertThat(JsonTestSupport.read(JACKSON2, by3)).as("written by 3, read by 2").isEqualTo(report);
    });
  }

  @Test
  void writtenReportsValidateAgainstTheSchema() {
    qt().withExamples(150).forAll(ReportGens.seeds(8)).checkAssert(seed -> {
      String text = new String(JsonTestSupport.bytes(JACKSON3, seed.report()), StandardCharsets.UTF_8);
      assertThat(SchemaSupport.validateReport(text)).isEmpty();
    });
  }

  @Test
  void cataloguesRoundTripAcrossLinesAndValidate() {
    qt().withExamples(150).forAll(ReportGens.seeds(8)).checkAssert(seed -> {
      Catalogue catalogue = seed.catalogue();
      byte[] by2 = JsonTestSupport.bytes(JACKSON2, catalogue);
      assertThat(JsonTestSupport.bytes(JACKSON3, catalogue)).isEqualTo(by2);
      assertThat(JsonTestSupport.readCatalogue(JACKSON3, by2)).isEqualTo(catalogue);
      assertThat(JsonTestSupport.readCatalogue(JACKSON2, by2)).isEqualTo(catalogue);
      assertThat(SchemaSupport.validateCatalogue(new String(by2, StandardCharsets.UTF_8))).isEmpty();
    });
  }

  @Test
  void theGeneratorIsDeterministicAndCoversEveryValueKind() {
    assertThat(ReportGens.seeds(8).asString(new ReportGens.Seed(42, 3))).isEqualTo("ReportGenerator.of(42L, 3)");
    assertThat(new ReportGens.Seed(42, 6).report()).isEqualTo(new ReportGens.Seed(42, 6).report());
    var states = new java.util.HashSet<vn.cchc.model.ValueState>();
    for (long s = 0; s < 40; s++) {
      new ReportGens.Seed(s, 8).report().appendix().forEach(e -> states.add(e.value().state()));
    }
    assertThat(states).containsExactlyInAnyOrder(vn.cchc.model.ValueState.values());
  }
}
