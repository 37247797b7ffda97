package vn.cchc.rules.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Rule;
import vn.cchc.rules.RuleException;
import vn.cchc.rules.RuleSet;
import vn.cchc.rules.RollUpFixtures;
import vn.cchc.rules.Severity;

/**
 * A user's own rule, added through the public API only (this package sees nothing else). Its property
 * test over generated reports is in cchc-testkit ({@code vn.cchc.testkit.DocsExamplesTest}).
 */
class OwnRuleTest {
  private static final Catalogue CAT = RollUpFixtures.catalogue();

  /** The user's own bundle, vn/cchc/rules/usage/own.properties and own_vi.properties. */
  static final MessageBundle OWN = MessageBundle.of("vn.cchc.rules.usage.own",
      locale -> java.util.ResourceBundle.getBundle("vn.cchc.rules.usage.own", locale));

  /** "Online dossiers must be at least 90 %": a province's own target, as a warning. */
  static final Rule ONLINE_TARGET = Rule.of("my.online-target", ctx -> ctx.derived("3.2.4")
      .flatMap(d -> d.value()).filter(v -> v.compareTo(BigDecimal.valueOf(90)) < 0)
      .map(v -> List.<Finding>of(ctx.findingOnRow("my.online-target", Severity.WARNING, "3.2.4")
          .expected(BigDecimal.valueOf(90)).actual(v.setScale(1, java.math.RoundingMode.HALF_UP))
          .message(Message.of(OWN, "my.online-target", v.setScale(1, java.math.RoundingMode.HALF_UP), 90L)).build()))
      .orElse(List.<Finding>of()));

  @Test
  void ownRuleRunsWithTheStandardOnes() {
    RuleSet rules = RuleSet.standard(CAT).plus(ONLINE_TARGET);
    var cells = RollUpFixtures.fixtureValues();
    cells.put("3.2.4", "50");
    cells.put("3.2.4/numerator", "746");
    CheckResult r = rules.check(RollUpFixtures.report(CAT, cells), CAT);
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("my.online-target") && f.actual().equals(Optional.of(new BigDecimal("50.0"))));
    assertThat(rules.without("my.online-target").check(RollUpFixtures.report(CAT, cells), CAT).findings())
        .noneMatch(f -> f.ruleId().startsWith("my."));
    assertThatThrownBy(() -> rules.plus(ONLINE_TARGET)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailingRuleIsNamed() {
    Rule broken = Rule.of("my.broken", ctx -> {
      throw new IllegalStateException("boom");
    });
    assertThatThrownBy(() -> RuleSet.of(broken).check(RollUpFixtures.report(CAT, RollUpFixtures.fixtureValues()), CAT))
        .isInstanceOf(RuleException.class).hasMessageContaining("my.broken").hasMessageContaining("45/BC-UBND");
  }
}
