package vn.cchc.rules;

import java.util.List;

/**
 * A consistency rule: a pure function of a report and its catalogue to findings. Implementations
 * must be stateless (or immutable), must not throw on any well-formed report, and must return the
 * same findings for the same input.
 *
 * <p>A rule's {@link #id()} names the rule family; the findings it produces carry stable ids that
 * start with it ({@code "ratio"} → {@code "ratio.mismatch"}, {@code "ratio.truncated"}). Add your
 * own rules with {@link RuleSet#plus(Rule...)}:
 *
 * <pre>{@code
 * Rule staffNotAboveQuota = Rule.of("my.staff", ctx -> ctx.number("4.2.2")
 *     .flatMap(present -> ctx.number("4.2.1").filter(quota -> present.compareTo(quota) > 0)
 *         .map(quota -> Finding.builder().ruleId("my.staff").severity(Severity.ERROR)
 *             .addIndicatorIds("4.2.2", "4.2.1").expected(quota).actual(present)
 *             .message(Message.of(MY_BUNDLE, "my.staff", present, quota)).build()))
 *     .stream().collect(Collectors.toList()));
 * RuleSet rules = RuleSet.standard(catalogue).plus(staffNotAboveQuota);
 * // MY_BUNDLE = MessageBundle.of("com.example.messages", l -> ResourceBundle.getBundle("com.example.messages", l)),
 * // com/example/messages_vi.properties: my.staff=Biên chế có mặt {0} vượt biên chế được giao {1}
 * }</pre>
 */
public interface Rule {
  /** {@return the stable id of the rule (family), e.g. "ratio"} */
  String id();

  /**
   * Checks one report.
   *
   * @param context the report, its catalogue and the derived values
   * @return the findings, possibly empty; never null
   */
  List<Finding> check(RuleContext context);

  /**
   * A rule from a function.
   *
   * @param id the rule's id
   * @param check the check
   * @return the rule
   */
  static Rule of(String id, java.util.function.Function<RuleContext, List<Finding>> check) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(check, "check");
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Finding> check(RuleContext context) {
        return check.apply(context);
      }

      @Override
      public String toString() {
        return "Rule[" + id + "]";
      }
    };
  }
}
