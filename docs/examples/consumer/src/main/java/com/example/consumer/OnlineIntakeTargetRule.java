package com.example.consumer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;
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
  /** This rule's messages: com/example/consumer/messages.properties (English) and messages_vi.properties. */
  static final MessageBundle MESSAGES = MessageBundle.of("com.example.consumer.messages",
      locale -> ResourceBundle.getBundle("com.example.consumer.messages", locale));
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
    // placed on the row like a standard finding (line and column)
    return List.of(context.findingOnRow(id(), Severity.WARNING, INDICATOR)
        .expected(target)
        .actual(actual)
        .message(Message.of(MESSAGES, id(), actual, target)) // worded when shown: "99,3%" in Vietnamese
        .build());
  }
}
