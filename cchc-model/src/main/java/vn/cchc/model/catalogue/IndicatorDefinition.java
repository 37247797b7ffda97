package vn.cchc.model.catalogue;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.CodeList;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;

/**
 * One indicator of a catalogue: a stable id, the STT code (absent for "Trong đó" children), the
 * official Vietnamese label exactly as written, the unit, the kind, the code list of a coded
 * indicator, the levels it applies to, and for a child its parent and role.
 *
 * <p>Ids: a coded row's id is its code without the trailing dot ("1.1", "6.2"); a child's id is
 * its parent's id, "/", and its role in lower case; part and detail (which may repeat) always carry a 1-based ordinal
 * ("1.1/denominator", "1.1/numerator", "6.2.4/part-1", "3.2.1/detail-1").
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "code", "label", "unit", "kind", "codeList", "levels", "parentId", "role"})
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

  /** {@return the code list of a {@link IndicatorKind#CODED} indicator} */
  public abstract Optional<CodeList> codeList();

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
    InvalidModelException.check((kind() == IndicatorKind.CODED) == codeList().isPresent(),
        "indicator %s: a code list is required exactly for coded indicators", id());
    unit().ifPresent(u -> {
      if (kind() == IndicatorKind.MONEY) {
        InvalidModelException.check(u.kind() == UnitKind.MONEY, "indicator %s: money needs a money unit, not %s", id(), u);
      }
    });
    InvalidModelException.check(kind() != IndicatorKind.MONEY || unit().isPresent(),
        "indicator %s: a money indicator needs its unit", id());
  }

  /** {@return a new builder} */
  public static ImmutableIndicatorDefinition.Builder builder() {
    return ImmutableIndicatorDefinition.builder();
  }
}
