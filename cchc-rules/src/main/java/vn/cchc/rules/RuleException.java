package vn.cchc.rules;

/** A rule failed (threw) while checking a report; names the rule and the report. */
public final class RuleException extends RuntimeException {
  /** Serialisation version. */
  private static final long serialVersionUID = 1L;
  /** The id of the rule that failed. */
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param ruleId the failing rule's id
   * @param report the report's number and symbol
   * @param cause what the rule threw
   */
  public RuleException(String ruleId, String report, Throwable cause) {
    super("rule " + java.util.Objects.requireNonNull(ruleId, "ruleId") + " failed on report "
        + java.util.Objects.requireNonNull(report, "report") + ": " + cause, cause);
    this.ruleId = ruleId;
  }

  /** {@return the id of the rule that failed} */
  public String ruleId() {
    return ruleId;
  }
}
