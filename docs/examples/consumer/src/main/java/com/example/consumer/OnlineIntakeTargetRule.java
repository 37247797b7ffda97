package com.example.consumer;

import java.math.BigDecimal;
import java.util.List;
import vn.cchc.rules.DerivedValue;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Rule;
import vn.cchc.rules.RuleContext;
import vn.cchc.rules.Severity;

/**
 * A province's own rule: at least {@code target}% of dossiers must be received online (indicator
 * 3.2.4, derived from its numerator and denominator). Reports below the target get a warning.
 */
public final class OnlineIntakeTargetRule implements Rule {
  /** The indicator this rule reads. */
  public static final String INDICATOR = "3.2.4";
  private final BigDecimal target;

  /**
   * Creates the rule.
   *
   * @param target the minimum share of online dossiers, in percent
   */
  public OnlineIntakeTargetRule(BigDecimal target) {
    this.target = target;
  }

  @Override
  public String id() {
    return "example.online-intake-target";
  }

  @Override
  public List<Finding> check(RuleContext context) {
    DerivedValue ratio = context.derived().get(INDICATOR);
    if (ratio == null || ratio.value().isEmpty() || ratio.value().get().compareTo(target) >= 0) {
      return List.of();
    }
    BigDecimal actual = ratio.rounded(1).orElseThrow();
    return List.of(Finding.builder()
        .ruleId(id())
        .severity(Severity.WARNING)
        .addIndicatorIds(INDICATOR)
        .expected(target)
        .actual(actual)
        .messageVi("Tỷ lệ hồ sơ tiếp nhận trực tuyến " + actual + "% thấp hơn chỉ tiêu " + target + "% của tỉnh.")
        .messageEn("Online intake " + actual + "% is below the province's target of " + target + "%.")
        .build());
  }
}
