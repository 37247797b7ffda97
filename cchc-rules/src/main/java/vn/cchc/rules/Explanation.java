package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.cchc.model.message.Message;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.SourceLocation;

/**
 * A likely cause of a {@link Finding}: a named hypothesis ({@link #causeId()}, e.g.
 * {@code cause.part-omitted}), the corrected figures it implies, the evidence that supports it (other
 * figures of the report, or a sentence of its narrative, each with its place in the source), and its
 * rank among the finding's explanations (1 = most likely). The standard rules offer an explanation
 * only when applying its corrections makes the figures consistent again within the tolerance rules —
 * they recompute, never guess ({@code docs/rules.md}, "Explanations").
 *
 * <pre>{@code
 * Finding f = ...;                                    // ratio.mismatch on 3.4.2 of the sample
 * Explanation e = f.explanations().get(0);            // cause.part-omitted, rank 1
 * e.corrections();                                    // [Correction[indicatorId=3.4.2/numerator, value=1481]]
 * e.message(Locale.forLanguageTag("vi"));
 * }</pre>
 */
@Value.Immutable
public abstract class Explanation {
  Explanation() {}

  /**
   * A corrected figure: the value an indicator would have if the hypothesis is right.
   *
   * @param indicatorId the indicator's catalogue id
   * @param value the corrected number, in the indicator's own unit (a percentage for a ratio)
   */
  public record Correction(String indicatorId, BigDecimal value) {
    /**
     * Validates.
     *
     * @param indicatorId the id, not blank
     * @param value the value
     * @throws InvalidModelException when an argument is null or the id blank
     */
    public Correction {
      InvalidModelException.check(indicatorId != null && !indicatorId.isBlank() && value != null,
          "correction: indicator id and value are required");
    }
  }

  /**
   * What supports a hypothesis: a figure of the appendix (its indicator id and value) or of the
   * narrative (the sentence, quoted), with the place it was read from.
   *
   * @param indicatorId the appendix indicator, when the evidence is a row
   * @param value the figure, when there is one
   * @param quote the narrative text quoted (at most 80 characters), when the evidence is a sentence
   * @param location where in the source it is
   */
  public record Evidence(Optional<String> indicatorId, Optional<BigDecimal> value, Optional<String> quote,
      SourceLocation location) {
    /**
     * Validates.
     *
     * @param indicatorId the indicator, or empty
     * @param value the figure, or empty
     * @param quote the quoted text, or empty
     * @param location the place
     * @throws InvalidModelException when an argument is null, or neither an indicator nor a quote is given
     */
    public Evidence {
      InvalidModelException.check(indicatorId != null && value != null && quote != null && location != null,
          "evidence: every component is required (use Optional.empty())");
      InvalidModelException.check(indicatorId.isPresent() || quote.isPresent(),
          "evidence at %s: it must name an indicator or quote the narrative", location);
    }

    /**
     * An appendix figure as evidence.
     *
     * @param indicatorId the indicator
     * @param value its value
     * @param location its row
     * @return the evidence
     */
    public static Evidence row(String indicatorId, BigDecimal value, SourceLocation location) {
      return new Evidence(Optional.of(indicatorId), Optional.of(value), Optional.empty(), location);
    }

    /**
     * A narrative figure as evidence.
     *
     * @param quote the sentence or list item, quoted
     * @param value the figure in it, or empty
     * @param location where the sentence is
     * @return the evidence
     */
    public static Evidence sentence(String quote, Optional<BigDecimal> value, SourceLocation location) {
      return new Evidence(Optional.empty(), value, Optional.of(quote), location);
    }

    Map<String, Object> toJsonMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indicator", indicatorId.orElse(null));
      m.put("value", value.orElse(null));
      m.put("quote", quote.orElse(null));
      m.put("location", location.toString());
      return Collections.unmodifiableMap(m);
    }
  }

  /** {@return the stable id of the hypothesis, e.g. "cause.part-omitted"} */
  public abstract String causeId();

  /** {@return the rank among the finding's explanations: 1 is the most likely} */
  public abstract int rank();

  /** {@return the corrected figures the hypothesis implies; never empty} */
  public abstract List<Correction> corrections();

  /** {@return the figures and sentences that support it, with their places; may be empty when the finding's own figures are all it needs} */
  public abstract List<Evidence> evidence();

  /**
   * {@return the explanation: a key of the bundle {@code vn.cchc.rules.messages} (or of your own bundle, for
   * your own rules) and its arguments, resolved for a language by {@link #message(Locale)}}
   */
  public abstract Message message();

  /**
   * The explanation in a language, from the bundle for the locale with the normal fallback chain
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
    InvalidModelException.check(causeId().startsWith("cause.") && causeId().length() > 6,
        "explanation: the cause id must start with \"cause.\", was %s", causeId());
    InvalidModelException.check(rank() >= 1, "explanation %s: rank must be at least 1, was %d", causeId(), rank());
    InvalidModelException.check(!corrections().isEmpty(), "explanation %s: it must imply a correction", causeId());
  }

  /**
   * The explanation as a JSON-friendly map: {@code cause}, {@code rank}, {@code corrections}
   * ({@code [{indicator, value}]}), {@code evidence} ({@code [{indicator, value, quote, location}]},
   * absent parts null), {@code message} in the language asked for, {@code messageKey} and {@code arguments}.
   *
   * @param locale the language of {@code message}
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toJsonMap(Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cause", causeId());
    m.put("rank", rank());
    m.put("corrections", corrections().stream().map(c -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("indicator", c.indicatorId());
      x.put("value", c.value());
      return Collections.unmodifiableMap(x);
    }).collect(Collectors.toUnmodifiableList()));
    m.put("evidence", evidence().stream().map(Evidence::toJsonMap).collect(Collectors.toUnmodifiableList()));
    m.put("message", message(Objects.requireNonNull(locale, "locale")));
    m.put("messageKey", message().key());
    m.put("arguments", message().jsonArguments(locale));
    return Collections.unmodifiableMap(m);
  }

  /** {@return a new builder} */
  public static ImmutableExplanation.Builder builder() {
    return ImmutableExplanation.builder();
  }
}
