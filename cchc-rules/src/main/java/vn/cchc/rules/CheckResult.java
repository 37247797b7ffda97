package vn.cchc.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** The outcome of checking one report: the findings, sorted, and the values derived from its figures. */
@Value.Immutable
public abstract class CheckResult {
  CheckResult() {}

  /** {@return the findings in {@link Finding#order()}} */
  public abstract List<Finding> findings();

  /** {@return the derived values by indicator id, in catalogue order} */
  public abstract Map<String, DerivedValue> derived();

  /** {@return true when at least one finding is an error} */
  public boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity
   * @return the findings, in order
   */
  public List<Finding> findings(Severity severity) {
    java.util.Objects.requireNonNull(severity, "severity");
    return findings().stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The findings as JSON-friendly maps ({@link Finding#toJsonMap(Locale)}).
   *
   * @param locale the language of the messages
   * @return the list of maps
   */
  public List<Map<String, Object>> toJson(Locale locale) {
    return findings().stream().map(f -> f.toJsonMap(locale)).collect(Collectors.toUnmodifiableList());
  }

  /** {@return a new builder} */
  public static ImmutableCheckResult.Builder builder() {
    return ImmutableCheckResult.builder();
  }
}
