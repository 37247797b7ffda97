package vn.cchc.rules;

/** Builds findings whose messages come from the bundles, keyed by rule id. Internal. */
final class Findings {
  private Findings() {}

  static ImmutableFinding.Builder of(String ruleId, Severity severity, Object... args) {
    return Finding.builder().ruleId(ruleId).severity(severity)
        .message(Messages.of(ruleId, args));
  }
}
