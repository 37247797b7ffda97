package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.CountValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.rules.Checker;
import vn.cchc.rules.RuleSet;
import vn.cchc.testkit.ConsistentReports;
import vn.cchc.testkit.Corrupted;
import vn.cchc.testkit.Corruptions;
import vn.cchc.testkit.ReportGenerators;
import vn.cchc.testkit.quicktheories.CchcGens;

/** Our rule, property-tested with the cchc testkit's generators. */
class OnlineIntakeTargetRuleTest {
  static final Catalogue CATALOGUE = Catalogues.bundled();
  static final BigDecimal TARGET = new BigDecimal("90");
  static final OnlineIntakeTargetRule RULE = new OnlineIntakeTargetRule(TARGET);
  static final ConsistentReports REPORTS = ReportGenerators.consistent(CATALOGUE).level(AdministrativeLevel.COMMUNE);

  @Test
  void warnsExactlyWhenOnlineIntakeIsBelowTheTarget() {
    qt().withExamples(150).forAll(CchcGens.reports(REPORTS)).check(report -> {
      boolean below = onlineShareBelowTarget(report);
      return RuleSet.of(RULE).check(report, CATALOGUE).findings().isEmpty() != below;
    });
  }

  @Test
  void addsNoErrorToAConsistentReport() {
    RuleSet rules = RuleSet.standard(CATALOGUE).plus(RULE);
    qt().withExamples(100).forAll(CchcGens.reports(REPORTS)).check(report -> !rules.check(report, CATALOGUE).hasErrors());
  }

  @Test
  void theStandardRulesStillCatchPlantedErrorsWithOurRuleAdded() {
    RuleSet rules = RuleSet.standard(CATALOGUE).plus(RULE);
    qt().withExamples(100).forAll(CchcGens.corrupted(REPORTS, Corruptions.applicable(CATALOGUE, AdministrativeLevel.COMMUNE)))
        .check((Corrupted c) -> c.expected().foundIn(rules.check(c.report(), CATALOGUE)));
  }

  @Test
  void checkerAgreesWithTheRuleSetOfStandardRules() {
    Report report = REPORTS.generate(7L);
    assertThat(Checker.check(report, CATALOGUE).findings())
        .isEqualTo(RuleSet.standard(CATALOGUE).check(report, CATALOGUE).findings());
  }

  @Test
  void aFindingIsPlacedOnItsRowAndWritesTheRateTheVietnameseWay() {
    Report report = REPORTS.generate(11L);
    // 179 of 200 dossiers online: 89,5 %, under the 90 % target
    Report below = report.withValue("3.2.4/numerator", count(report, "3.2.4/numerator", 179))
        .withValue("3.2.4/denominator", count(report, "3.2.4/denominator", 200));
    var findings = RuleSet.standard(CATALOGUE).plus(RULE).check(below).findings().stream()
        .filter(f -> f.ruleId().equals(RULE.id())).toList();
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message(java.util.Locale.forLanguageTag("vi"))).contains("89,5%").contains("90%");
    assertThat(findings.get(0).message(java.util.Locale.ENGLISH)).contains("89.5%");
    assertThat(findings.get(0).location()).isEqualTo(below.entry("3.2.4").map(e -> e.location()));
  }

  private static IndicatorValue count(Report report, String id, long n) {
    CountValue old = (CountValue) report.value(id).orElseThrow();
    return CountValue.of(n, old.unit(), String.valueOf(n));
  }

  /** Computed independently of the rule, in integers: numerator × 100 < target × denominator. */
  private static boolean onlineShareBelowTarget(Report report) {
    Optional<BigDecimal> num = report.value("3.2.4/numerator").flatMap(IndicatorValue::number);
    Optional<BigDecimal> den = report.value("3.2.4/denominator").flatMap(IndicatorValue::number);
    return num.isPresent() && den.isPresent() && den.get().signum() > 0
        && num.get().multiply(BigDecimal.valueOf(100)).compareTo(TARGET.multiply(den.get())) < 0;
  }
}
