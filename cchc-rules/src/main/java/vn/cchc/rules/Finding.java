package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.SourceLocation;

/**
 * One problem (or remark) a rule found in a report: the stable rule id, the severity, the
 * indicators or the narrative place concerned, the expected and actual numbers, and the message in
 * Vietnamese and English.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** {@return the stable id of the rule, e.g. "ratio.parts"} */
  public abstract String ruleId();

  /** {@return how serious it is} */
  public abstract Severity severity();

  /** {@return the catalogue ids of the indicators concerned, most relevant first; may be empty for narrative findings} */
  public abstract List<String> indicatorIds();

  /** {@return where in the source text the finding points, when it concerns the narrative or a row} */
  public abstract Optional<SourceLocation> location();

  /** {@return the narrative section path, e.g. "II.2.3.a", when the finding concerns the narrative} */
  public abstract Optional<String> sectionPath();

  /** {@return the number the other figures imply, when there is one} */
  public abstract Optional<BigDecimal> expected();

  /** {@return the number the report gives, when there is one} */
  public abstract Optional<BigDecimal> actual();

  /** {@return the message in Vietnamese} */
  public abstract String messageVi();

  /** {@return the message in English} */
  public abstract String messageEn();

  /**
   * The message in a language: Vietnamese for {@code vi}, English otherwise.
   *
   * @param locale the language
   * @return the message
   */
  public String message(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? messageVi() : messageEn();
  }

  @Value.Check
  final void check() {
    InvalidModelException.check(!ruleId().isBlank(), "finding: rule id must not be blank");
    InvalidModelException.check(!indicatorIds().isEmpty() || location().isPresent() || sectionPath().isPresent(),
        "finding %s: it must name an indicator or a place in the text", ruleId());
  }

  /** {@return a new builder} */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
