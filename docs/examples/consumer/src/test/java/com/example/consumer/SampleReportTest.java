package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Finding;
import vn.cchc.rules.RuleSet;

class SampleReportTest {
  static final Path SAMPLE = Path.of("..", "..", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  static final Catalogue CATALOGUE = Catalogues.bundled();

  static Report sample() throws Exception {
    return ReportTextReader.of(CATALOGUE).read(SAMPLE);
  }

  @Test
  void readsTheSampleThroughThePublicApi() throws Exception {
    Report report = sample();
    assertThat(report.numberOrDraft()).isEqualTo("45/BC-UBND");
    assertThat(report.issuer().asWritten()).isEqualTo("UBND thị trấn Đình Cả");
    assertThat(report.value("3.2.4/denominator").flatMap(v -> v.number())).contains(new BigDecimal("1492"));
  }

  @Test
  void ourRuleRunsBesideTheStandardOnes() throws Exception {
    RuleSet rules = RuleSet.standard(CATALOGUE).plus(new OnlineIntakeTargetRule(new BigDecimal("99.5")));
    CheckResult result = rules.check(sample(), CATALOGUE);
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("example.online-intake-target"))
        .singleElement()
        .satisfies(f -> assertThat(f.actual()).contains(new BigDecimal("99.3")));
    assertThat(result.findings()).extracting(Finding::ruleId).contains("ratio.mismatch");

    CheckResult relaxed = RuleSet.standard(CATALOGUE).plus(new OnlineIntakeTargetRule(new BigDecimal("50")))
        .check(sample(), CATALOGUE);
    assertThat(relaxed.findings()).noneMatch(f -> f.ruleId().equals("example.online-intake-target"));
  }

  @Test
  void ourRendererIsFoundByItsFormatName() throws Exception {
    Report report = sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.find("summary").render(RenderInput.of(report, CATALOGUE), RenderOptions.defaults(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("45/BC-UBND\tUBND thị trấn Đình Cả\t");
    assertThat(Renderers.formats()).extracting(f -> f.format()).contains("summary", "html");
  }
}
