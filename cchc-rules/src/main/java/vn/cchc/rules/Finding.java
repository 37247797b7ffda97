package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import vn.cchc.model.message.Message;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.SourceLocation;

/**
 * One problem (or remark) a rule found in a report: the stable rule id, the severity, the
 * indicators or the narrative place concerned, the expected and actual numbers, and the message — a
 * key and its arguments, resolved for a {@link Locale} when it is shown ({@link #message(Locale)}).
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

  /**
   * {@return the likely causes, most likely first ({@link Explanation#rank()}); empty when no
   * hypothesis checks out, or the rule offers none}
   */
  public abstract List<Explanation> explanations();

  /**
   * {@return the message: a key of the bundle {@code vn.cchc.rules.messages} (or of your own bundle, for
   * your own rules) and its arguments, resolved for a language by {@link #message(Locale)}}
   */
  public abstract Message message();

  /**
   * The message in a language, from the bundle for the locale with the normal fallback chain
   * (a language without a bundle gets the root bundle, English).
   *
   * @param locale the language, e.g. {@code Locale.forLanguageTag("vi")}
   * @return the text
   */
  public String message(Locale locale) {
    return message().format(locale);
  }

  @Value.Check
  final void check() {
    InvalidModelException.check(!ruleId().isBlank(), "finding: rule id must not be blank");
    InvalidModelException.check(!indicatorIds().isEmpty() || location().isPresent() || sectionPath().isPresent(),
        "finding %s: it must name an indicator or a place in the text", ruleId());
  }

  /**
   * The finding as a JSON-friendly map with the keys {@code rule}, {@code severity},
   * {@code indicators}, {@code location} ("line:column", or null), {@code section} (or null),
   * {@code expected} and {@code actual} (numbers, or null: every key is always present), {@code message} in the language
   * asked for, {@code messageKey} and {@code arguments} (the message's key and its arguments, numbers as
   * numbers, dates as ISO-8601 text: what a program needs to word the finding itself), and {@code explanations} ({@link Explanation#toJsonMap(Locale)} each; an empty list when none).
   * Any JSON library writes it as is.
   *
   * @param locale the language of {@code message} (and of the explanations' messages)
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonMap(Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", ruleId());
    m.put("severity", severity().name());
    m.put("indicators", indicatorIds());
    m.put("location", location().map(SourceLocation::toString).orElse(null));
    m.put("section", sectionPath().orElse(null));
    m.put("expected", expected().orElse(null));
    m.put("actual", actual().orElse(null));
    m.put("message", message(locale));
    m.put("messageKey", message().key());
    m.put("arguments", message().jsonArguments(locale));
    m.put("explanations", explanations().stream().map(e -> e.toJsonMap(locale)).collect(java.util.stream.Collectors.toUnmodifiableList()));
    return Collections.unmodifiableMap(m);
  }

  /**
   * The order findings are reported in: by place in the source (line, column; findings without a
   * place last), then by first indicator id (numeric segments compared as numbers: "3.2.10" after
   * "3.2.9"), then by rule id, then by English message.
   *
   * @return the comparator
   */
  public static Comparator<Finding> order() {
    return ORDER;
  }

  private static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(f -> f.indicatorIds().isEmpty() ? "" : f.indicatorIds().get(0), Finding::compareIds)
      .thenComparing(Finding::ruleId)
      .thenComparing(f -> f.message(Locale.ROOT));

  /**
   * What separates the segments of an id; compiled once ({@code String.split} compiles a pattern of more than one
   * character on every call, and sorting findings compares ids many times). {@code SEGMENT_SEPARATOR.split(s)} is
   * {@code s.split("[./-]")}.
   */
  private static final java.util.regex.Pattern SEGMENT_SEPARATOR = java.util.regex.Pattern.compile("[./-]");

  /**
   * Compares indicator ids segment by segment, numbers as numbers: "1.2" &lt; "1.10" &lt; "1.10/numerator".
   *
   * @param a an id
   * @param b another id
   * @return negative, zero or positive
   */
  public static int compareIds(String a, String b) {
    String[] x = SEGMENT_SEPARATOR.split(a);
    String[] y = SEGMENT_SEPARATOR.split(b);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean nx = x[i].chars().allMatch(Character::isDigit) && !x[i].isEmpty();
      boolean ny = y[i].chars().allMatch(Character::isDigit) && !y[i].isEmpty();
      int c;
      if (nx && ny) {
        c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
      } else if (nx != ny) {
        c = nx ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(x.length, y.length);
    return c != 0 ? c : a.compareTo(b);
  }

  /** {@return a new builder} */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
