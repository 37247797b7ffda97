package vn.cchc.rules.units;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report's issuer is in the registry: one unit, none, or several that fit equally (a
 * problem to show, never a guess).
 *
 * @param status placed, not found, or ambiguous
 * @param unit the unit, when placed
 * @param candidates the units that fit equally, when ambiguous (sorted by code); empty otherwise
 * @param reason why it is not placed, in Vietnamese with the names as written; empty when placed
 */
public record Placement(Status status, Optional<AdministrativeUnit> unit, List<AdministrativeUnit> candidates,
    String reason) {

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
   * @param reason why it is not placed, in Vietnamese with the names as written; empty when placed
   * @throws IllegalArgumentException when a part is null, or the unit is given exactly when not placed
   */
  public Placement {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
    if (unit.isPresent() != (status == Status.PLACED)) {
      throw new IllegalArgumentException("a placement has a unit exactly when placed");
    }
  }

  static Placement placed(AdministrativeUnit u) {
    return new Placement(Status.PLACED, Optional.of(u), List.of(), "");
  }

  static Placement notFound(String reason) {
    return new Placement(Status.NOT_FOUND, Optional.empty(), List.of(), reason);
  }

  static Placement ambiguous(List<AdministrativeUnit> candidates, String reason) {
    return new Placement(Status.AMBIGUOUS, Optional.empty(), candidates, reason);
  }

  /** {@return true when exactly one unit fits} */
  public boolean placed() {
    return status == Status.PLACED;
  }
}
