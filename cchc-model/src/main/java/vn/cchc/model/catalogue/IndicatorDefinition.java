package vn.cchc.model.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;

/**
 * One indicator of a catalogue: a stable id, the STT code (absent for "Trong đó" children), the
 * official Vietnamese label exactly as written, the unit, the kind, the code list of a coded
 * indicator, how it rolls up ({@link #aggregation()}), the constraints on its value ({@link #notAbove()},
 * {@link #range()}; parts of a whole are its PART children), the levels it applies to, and for a child its
 * parent and role. All of it is data: nothing is inferred from the label's wording.
 *
 * <p>Ids: a coded row's id is its code without the trailing dot ("1.1", "6.2"); a child's id is
 * its parent's id, "/", and its role in lower case; part and detail (which may repeat) always carry a 1-based ordinal
 * ("1.1/denominator", "1.1/numerator", "6.2.4/part-1", "3.2.1/detail-1").
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "code", "label", "unit", "kind", "codeList", "aggregation", "notAbove", "range", "levels", "parentId", "role"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableIndicatorDefinition.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableIndicatorDefinition.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableIndicatorDefinition.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableIndicatorDefinition.class)
public abstract class IndicatorDefinition {
  IndicatorDefinition() {}

  /** {@return the stable id, e.g. "3.2.4" or "3.2.4/numerator"} */
  public abstract String id();

  /** {@return the STT code without trailing dot ("1.1"); empty for a child row} */
  public abstract Optional<String> code();

  /** {@return the official Vietnamese label exactly as written in the template} */
  public abstract String label();

  /** {@return the unit; empty for group rows, coded rows and rows whose unit cell is blank} */
  public abstract Optional<Unit> unit();

  /** {@return what the indicator reports} */
  public abstract IndicatorKind kind();

  /**
   * The id of the code list of a {@link IndicatorKind#CODED} indicator, one of its catalogue's
   * {@link Catalogue#codeLists()}; written as {@code "codeList"} in JSON.
   *
   * @return the id, present exactly for coded indicators
   */
  @com.fasterxml.jackson.annotation.JsonProperty("codeList")
  public abstract Optional<String> codeListId();

  /**
   * How the indicator rolls up, as declared; {@link Catalogue#aggregation(IndicatorDefinition)} gives the one
   * that applies, with the kind's default when none is declared.
   *
   * @return the declared aggregation, or empty
   */
  public abstract Optional<Aggregation> aggregation();

  /**
   * The indicators whose value in the same report this one's may not exceed ("present ≤ assigned": the
   * "… có mặt" row names the "… được giao" row); checked by the {@code range.not-above} rule.
   *
   * @return their ids, empty when none
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract List<String> notAbove();

  /** {@return the range the value must lie in, beyond the one every value has; checked by {@code range.declared}} */
  public abstract Optional<ValueRange> range();

  /** {@return the administrative levels whose reports carry this indicator} */
  public abstract Set<AdministrativeLevel> levels();

  /** {@return the parent's id, for a child row or a coded row below a group} */
  public abstract Optional<String> parentId();

  /** {@return the role under the parent, for a "Trong đó" child row} */
  public abstract Optional<ChildRole> role();

  @Value.Check
  final void check() {
    InvalidModelException.check(!id().isBlank(), "indicator id must not be blank");
    InvalidModelException.check(!label().isBlank(), "indicator %s: label must not be blank", id());
    InvalidModelException.check(!levels().isEmpty(), "indicator %s: it must apply to at least one level", id());
    InvalidModelException.check(code().isPresent() || role().isPresent(),
        "indicator %s: a row without a code must be a child with a role", id());
    InvalidModelException.check(role().isEmpty() || parentId().isPresent(),
        "indicator %s: a role needs a parent", id());
    InvalidModelException.check((kind() == IndicatorKind.CODED) == codeListId().isPresent(),
        "indicator %s: a code list is required exactly for coded indicators", id());
    unit().ifPresent(u -> {
      if (kind() == IndicatorKind.MONEY) {
        InvalidModelException.check(u.kind() == UnitKind.MONEY, "indicator %s: money needs a money unit, not %s", id(), u);
      }
    });
    InvalidModelException.check(!notAbove().contains(id()), "indicator %s: it cannot be not above itself", id());
    InvalidModelException.check((notAbove().isEmpty() && range().isEmpty()) || isNumeric(kind()),
        "indicator %s: only counts, money and percentages have notAbove or a range, not %s", id(), kind());
    aggregation().ifPresent(a -> InvalidModelException.check(allows(kind(), a),
        "indicator %s: aggregation %s does not fit kind %s", id(), a, kind()));
    InvalidModelException.check(kind() != IndicatorKind.MONEY || unit().isPresent(),
        "indicator %s: a money indicator needs its unit", id());
  }

  private static boolean isNumeric(IndicatorKind k) {
    return k == IndicatorKind.COUNT || k == IndicatorKind.MONEY || k == IndicatorKind.PERCENTAGE;
  }

  /** Which aggregations a kind allows (RATIO's children are checked by the catalogue). */
  static boolean allows(IndicatorKind k, Aggregation a) {
    switch (a) {
      case NONE:
        return true;
      case SUM:
        return k == IndicatorKind.COUNT || k == IndicatorKind.MONEY;
      case LATEST:
        return isNumeric(k);
      case RATIO:
        return k == IndicatorKind.PERCENTAGE;
      default:
        return k == IndicatorKind.CODED;
    }
  }

  /** {@return a new builder} */
  public static ImmutableIndicatorDefinition.Builder builder() {
    return ImmutableIndicatorDefinition.builder();
  }
}
