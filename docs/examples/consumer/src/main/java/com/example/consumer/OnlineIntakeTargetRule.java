package com.example.consumer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.VietnameseNumber;
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
    Optional<DerivedValue> rate = context.derived(INDICATOR).filter(d -> d.value().isPresent());
    if (rate.isEmpty() || rate.get().value().get().compareTo(target) >= 0) {
      return List.of();
    }
    BigDecimal actual = rate.get().rounded(1).orElseThrow();
    // placed on the row like a standard finding (line and column), numbers written the Vietnamese way (99,3)
    return List.of(context.findingOnRow(id(), Severity.WARNING, INDICATOR)
        .expected(target)
        .actual(actual)
        .messageVi("Tỷ lệ hồ sơ tiếp nhận trực tuyến " + VietnameseNumber.format(actual)
            + "% thấp hơn chỉ tiêu " + VietnameseNumber.format(target) + "% của tỉnh.")
        .messageEn("Online intake " + actual.toPlainString() + "% is below the province's target of "
            + target.toPlainString() + "%.")
        .build());
  }
}
