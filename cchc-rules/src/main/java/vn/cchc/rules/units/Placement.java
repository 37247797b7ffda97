package vn.cchc.rules.units;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.message.Message;

/**
 * Where a report's issuer is in the registry: one unit, none, or several that fit equally (a
 * problem to show, never a guess).
 *
 * @param status placed, not found, or ambiguous
 * @param unit the unit, when placed
 * @param candidates the units that fit equally, when ambiguous (sorted by code); empty otherwise
 * @param problem why it is not placed — a key of the bundle {@code vn.cchc.rules.units.placement} and its
 *     arguments, names as written, resolved for a language by {@link #reason(Locale)}; empty when placed
 */
public record Placement(Status status, Optional<AdministrativeUnit> unit, List<AdministrativeUnit> candidates,
    Optional<Message> problem) {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The outcome of placing an issuer. */
  public enum Status {
    /** Exactly one unit fits. */
    PLACED,
    /** No unit fits (or the report is an agency's, not a People's Committee's). */
    NOT_FOUND,
    /** Several units fit and nothing in the report tells them apart. */
    AMBIGUOUS
  }

  /**
   * Checks the parts fit together.
   *
   * @param status placed, not found, or ambiguous
   * @param unit the unit, when placed
   * @param candidates the units that fit equally, when ambiguous (sorted by code); empty otherwise
   * @param problem why it is not placed; empty when placed
   * @throws IllegalArgumentException when the unit, or the problem, is given exactly when placed (or not)
   * @throws NullPointerException when a part is null
   */
  public Placement {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(problem, "problem");
    candidates = List.copyOf(candidates);
    if (unit.isPresent() != (status == Status.PLACED)) {
      throw new IllegalArgumentException("a placement has a unit exactly when placed");
    }
    if (problem.isPresent() == (status == Status.PLACED)) {
      throw new IllegalArgumentException("a placement says why exactly when not placed");
    }
  }

  static Placement placed(AdministrativeUnit u) {
    return new Placement(Status.PLACED, Optional.of(u), List.of(), Optional.empty());
  }

  static Placement notFound(Message problem) {
    return new Placement(Status.NOT_FOUND, Optional.empty(), List.of(), Optional.of(problem));
  }

  static Placement ambiguous(List<AdministrativeUnit> candidates, Message problem) {
    return new Placement(Status.AMBIGUOUS, Optional.empty(), candidates, Optional.of(problem));
  }

  /** {@return true when exactly one unit fits} */
  public boolean placed() {
    return status == Status.PLACED;
  }

  /**
   * Why it is not placed, in a language (normal fallback chain: a language without a bundle gets English).
   *
   * @param locale the language, e.g. {@code Locale.forLanguageTag("vi")}
   * @return the text; empty when placed
   */
  public String reason(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return problem.map(m -> m.format(locale)).orElse("");
  }

  /** {@return why it is not placed, in Vietnamese with the names as written (as {@link #reason(Locale)} for "vi"); empty when placed} */
  public String reason() {
    return reason(VIETNAMESE);
  }
}
