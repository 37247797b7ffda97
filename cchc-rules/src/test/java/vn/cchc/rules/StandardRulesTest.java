package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.rules.TestData.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/** The standard rules on an appendix with the fixture's figures, on a catalogue shaped like cchc-2024. */
class StandardRulesTest {
  private final Catalogue cat = TestData.catalogue();

  private List<Finding> findings(Map<String, String> cells) {
    return Checker.check(TestData.report(cat, cells), cat).findings();
  }

  private static List<String> keys(List<Finding> fs) {
    return fs.stream().map(f -> f.ruleId() + "@" + f.indicatorIds().get(0)).collect(Collectors.toList());
  }

  private static Finding only(List<Finding> fs, String rule, String indicator) {
    List<Finding> m = fs.stream().filter(f -> f.ruleId().equals(rule) && f.indicatorIds().get(0).equals(indicator))
        .collect(Collectors.toList());
    assertThat(m).as(rule + "@" + indicator).hasSize(1);
    return m.get(0);
  }

  @Test
  void fixtureAppendixFindsExactlyTheExpectedFindings() {
    List<Finding> fs = findings(TestData.fixtureValues());
    assertThat(keys(fs)).containsExactlyInAnyOrder(
        "level.not-applicable@2.1", "ratio.undefined@2.4", "kind.group-value@3.1", "ratio.mismatch@3.4.2",
        "ratio.undefined@6.1", "kind.group-value@6.2", "kind.ratio-unit@7.5.2", "parts.percent-sum-rounding@7.5.2");

    Finding f = only(fs, "ratio.mismatch", "3.4.2");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.expected()).contains(dec("2.6"));
    assertThat(f.actual()).contains(dec("100"));
    assertThat(f.indicatorIds()).containsExactly("3.4.2", "3.4.2/numerator", "3.4.2/denominator");
    assertThat(f.message(java.util.Locale.forLanguageTag("vi"))).contains("1.481").contains("39").contains("2,6");
    assertThat(f.message(java.util.Locale.ENGLISH)).contains("39/1481").contains("2.6");

    assertThat(only(fs, "kind.group-value", "3.1").actual()).contains(dec("148"));
    assertThat(only(fs, "kind.group-value", "6.2").severity()).isEqualTo(Severity.WARNING);
    assertThat(only(fs, "level.not-applicable", "2.1").severity()).isEqualTo(Severity.INFO);
    assertThat(only(fs, "ratio.undefined", "2.4").severity()).isEqualTo(Severity.INFO);
    Finding parts = only(fs, "parts.percent-sum-rounding", "7.5.2");
    assertThat(parts.severity()).isEqualTo(Severity.INFO);
    assertThat(parts.actual()).contains(dec("100.2"));
  }

  @Test
  void namedConsistentFiguresAreNotFlagged() {
    List<Finding> fs = findings(TestData.fixtureValues());
    for (String id : List.of("1.1", "1.1/numerator", "1.1/denominator", "3.2.4", "3.2.4/numerator", "3.2.4/denominator",
        "3.1.3", "3.1.3/part-2", "4.2.1", "4.2.2", "5.4", "1.5", "7.2")) {
      assertThat(fs).as(id).noneMatch(f -> f.indicatorIds().contains(id));
    }
    CheckResult r = Checker.check(TestData.report(cat, TestData.fixtureValues()), cat);
    assertThat(r.derived().get("3.2.4").value().get()).isBetween(dec("99.3297"), dec("99.3298"));
    assertThat(r.derived().get("2.4").undefined()).isTrue();
    assertThat(r.derived()).doesNotContainKey("3.1.3");
  }

  @Test
  void truncatedRatioIsInfoAndWrongRatioIsError() {
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("1.1", "27,2");
    cells.put("1.1/denominator", "11");
    Finding f = only(findings(cells), "ratio.truncated", "1.1");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.expected()).contains(dec("27.27"));
    cells.put("1.1", "27,3");
    assertThat(findings(cells)).noneMatch(x -> x.indicatorIds().contains("1.1"));
    cells.put("1.1", "27,1");
    assertThat(only(findings(cells), "ratio.mismatch", "1.1").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void blankAndDashAreNeverZero() {
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("3.4.2/numerator", "");
    CheckResult r = Checker.check(TestData.report(cat, cells), cat);
    assertThat(r.derived()).doesNotContainKey("3.4.2");
    assertThat(RuleContext.of(TestData.report(cat, cells), cat).gap("3.4.2")).contains(Derivation.Gap.NUMERATOR_NOT_REPORTED);
    assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("ratio") && f.indicatorIds().contains("3.4.2"));
    cells.put("3.4.2/denominator", "-");
    cells.put("3.4.2/numerator", "39");
    assertThat(RuleContext.of(TestData.report(cat, cells), cat).gap("3.4.2")).contains(Derivation.Gap.DENOMINATOR_NOT_APPLICABLE);
  }

  @Test
  void partsAboveWholeAndPresentAboveAssignedAreErrors() {
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("3.1.3/part-1", "5");
    Finding f = only(findings(cells), "parts.exceed-whole", "3.1.3");
    assertThat(f.expected()).contains(dec("166"));
    assertThat(f.actual()).contains(dec("171"));
    cells = TestData.fixtureValues();
    cells.put("4.2.2", "21");
    Finding p = only(findings(cells), "range.not-above", "4.2.2");
    assertThat(p.indicatorIds()).containsExactly("4.2.2", "4.2.1");
    cells = TestData.fixtureValues();
    cells.put("7.5.2/part-2", "5");
    assertThat(only(findings(cells), "parts.percent-sum", "7.5.2").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void declaredRangesAndLimitsAreChecked() {
    // a catalogue that limits 5.4/part-1 to at most 5.4/part-2 and 3.1.3 to 0..500
    List<vn.cchc.model.catalogue.IndicatorDefinition> defs = new java.util.ArrayList<>();
    for (vn.cchc.model.catalogue.IndicatorDefinition d : cat.indicators()) {
      var c = vn.cchc.model.catalogue.ImmutableIndicatorDefinition.copyOf(d);
      defs.add(d.id().equals("5.4/part-1") ? c.withNotAbove("5.4/part-2")
          : d.id().equals("3.1.3") ? c.withRange(vn.cchc.model.catalogue.ValueRange.of(java.util.Optional.of(BigDecimal.ZERO),
              java.util.Optional.of(BigDecimal.valueOf(500)))) : c);
    }
    Catalogue limited = vn.cchc.model.catalogue.ImmutableCatalogue.copyOf(cat).withIndicators(defs);
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("5.4", "20");
    cells.put("5.4/part-2", "4");
    cells.put("5.4/part-1", "5");
    cells.put("3.1.3", "501");
    List<Finding> fs = Checker.check(TestData.report(limited, cells), limited).findings();
    Finding over = only(fs, "range.not-above", "5.4/part-1");
    assertThat(over.indicatorIds()).containsExactly("5.4/part-1", "5.4/part-2");
    assertThat(over.expected()).contains(dec("4"));
    Finding out = only(fs, "range.declared", "3.1.3");
    assertThat(out.expected()).contains(dec("500"));
    assertThat(out.actual()).contains(dec("501"));
    cells.put("5.4/part-1", "4");
    cells.put("3.1.3", "500");
    assertThat(keys(Checker.check(TestData.report(limited, cells), limited).findings()))
        .noneMatch(k -> k.startsWith("range.not-above@5.4/part-1") || k.startsWith("range.declared"));
    // without the declarations the same figures are not checked: nothing comes from the labels
    cells.put("5.4/part-1", "5");
    cells.put("3.1.3", "501");
    assertThat(keys(findings(cells))).noneMatch(k -> k.startsWith("range.not-above@5.4/part-1") || k.startsWith("range.declared"));
  }

  @Test
  void rangesCodesAndRatioOverHundred() {
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("3.2.4", "120");
    cells.put("3.2.4/numerator", "1.790");
    List<Finding> fs = findings(cells);
    only(fs, "range.percentage", "3.2.4");
    only(fs, "ratio.numerator-exceeds", "3.2.4");
    Report r = TestData.report(cat, TestData.fixtureValues());
    // a number outside the code list on a coded row (the model refuses such a CodedValue; JSON or a program can give a count)
    Report bad = vn.cchc.model.ImmutableReport.copyOf(r).withAppendix(r.appendix().stream()
        .map(e -> e.indicatorId().equals("7.2")
            ? vn.cchc.model.ImmutableAppendixEntry.copyOf(e).withValue(vn.cchc.model.CountValue.of(99, java.util.Optional.empty(), "99"))
            : e)
        .collect(Collectors.toList()));
    Finding c = only(Checker.check(bad, cat).findings(), "code.unknown", "7.2");
    assertThat(c.actual()).contains(BigDecimal.valueOf(99));
  }

  @Test
  void findingsAreSortedAndDeterministic() {
    Report r = TestData.report(cat, TestData.fixtureValues());
    List<Finding> a = Checker.check(r, cat).findings();
    List<Finding> b = Checker.check(r, cat).findings();
    assertThat(a).isEqualTo(b).isSortedAccordingTo(Finding.order());
  }

  @Test
  void jsonShapeHasTheCliKeys() {
    Finding f = only(findings(TestData.fixtureValues()), "ratio.mismatch", "3.4.2");
    Map<String, Object> m = f.toJsonMap(Locale.forLanguageTag("vi"));
    assertThat(m.keySet()).containsExactly("rule", "severity", "indicators", "location", "section", "expected", "actual", "message", "messageKey", "arguments", "explanations");
    assertThat(m.get("section")).isNull();
    assertThat(m.get("message")).isEqualTo(f.message(java.util.Locale.forLanguageTag("vi")));
    assertThat(f.toJsonMap(Locale.ENGLISH).get("message")).isEqualTo(f.message(java.util.Locale.ENGLISH));
  }

  @Test
  void aReportOfAnotherCatalogueIsRejectedPrecisely() {
    Report r = TestData.skeleton(cat).catalogueId("other").build();
    assertThatThrownBy(() -> Checker.check(r, cat)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other").hasMessageContaining("test-2024");
  }

  @Test
  void blankRatioWithFiguresUnknownRowsAndCountWithPercent() {
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("3.2.4", "");
    Finding nr = only(findings(cells), "ratio.not-reported", "3.2.4");
    assertThat(nr.severity()).isEqualTo(Severity.INFO);
    assertThat(nr.expected()).contains(dec("99.3"));

    Report r = TestData.report(cat, TestData.fixtureValues());
    vn.cchc.model.catalogue.IndicatorDefinition ghost = vn.cchc.model.catalogue.IndicatorDefinition.builder()
        .id("9.9").code("9.9").label("Số hàng lạ").kind(vn.cchc.model.catalogue.IndicatorKind.COUNT)
        .levels(TestData.ALL).build();
    java.util.List<vn.cchc.model.AppendixEntry> rows = new java.util.ArrayList<>(r.appendix());
    rows.add(TestData.entry(ghost, vn.cchc.model.CountValue.of(1, java.util.Optional.empty(), "1"), 400));
    vn.cchc.model.AppendixEntry pct = TestData.entry(cat.indicator("4.2.1").get(),
        vn.cchc.model.CountValue.of(20, java.util.Optional.empty(), "20"), 401);
    rows.set(rows.indexOf(r.entry("4.2.1").get()), vn.cchc.model.ImmutableAppendixEntry.copyOf(pct).withUnitAsWritten("%"));
    List<Finding> fs = Checker.check(vn.cchc.model.ImmutableReport.copyOf(r).withAppendix(rows), cat).findings();
    assertThat(only(fs, "level.unknown-indicator", "9.9").location().get().line()).isEqualTo(400);
    assertThat(only(fs, "kind.count-percent", "4.2.1").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void zeroDenominatorWithANumeratorIsAnError() {
    Map<String, String> cells = TestData.fixtureValues();
    cells.put("2.4/numerator", "2");
    Finding f = only(findings(cells), "ratio.zero-denominator", "2.4");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    cells.put("5.4/part-1", "-1");
    assertThat(only(findings(cells), "range.negative", "5.4/part-1").actual()).contains(dec("-1"));
  }
}
