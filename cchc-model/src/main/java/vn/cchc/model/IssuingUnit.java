package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;

/**
 * The body that issued a report, e.g. "UBND thị trấn Đình Cả": the name exactly as written, the
 * body ("UBND"), the kind of unit ({@link AdministrativeUnitType#TOWNSHIP}), the unit's own name
 * ("Đình Cả") and its administrative level.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"asWritten", "body", "unitType", "unitName", "level"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableIssuingUnit.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableIssuingUnit.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableIssuingUnit.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableIssuingUnit.class)
public abstract class IssuingUnit {
  IssuingUnit() {}

  /** {@return the full name as written, e.g. "UBND thị trấn Đình Cả"} */
  public abstract String asWritten();

  /** {@return the issuing body as written, e.g. "UBND" or "Ủy ban nhân dân"} */
  public abstract String body();

  /** {@return the kind of administrative unit} */
  public abstract AdministrativeUnitType unitType();

  /** {@return the unit's proper name, e.g. "Đình Cả"} */
  public abstract String unitName();

  /** {@return the administrative level; one of {@code unitType().levels()}} */
  public abstract AdministrativeLevel level();

  /** {@return the unit with its type word, e.g. "thị trấn Đình Cả"} */
  @JsonIgnore
  @Value.Lazy
  public String unitWithType() {
    return unitType().label() + " " + unitName();
  }

  @Value.Check
  final IssuingUnit check() {
    Text.requireNotBlank(asWritten(), "issuer.asWritten");
    Text.requireNotBlank(body(), "issuer.body");
    Text.requireNotBlank(unitName(), "issuer.unitName");
    InvalidModelException.check(unitType().levels().contains(level()),
        "issuer: a %s cannot be at level %s", unitType().label(), level());
    if (!Text.isNfc(asWritten()) || !Text.isNfc(body()) || !Text.isNfc(unitName())) {
      return ImmutableIssuingUnit.copyOf(this).withAsWritten(Text.nfc(asWritten()))
          .withBody(Text.nfc(body())).withUnitName(Text.nfc(unitName()));
    }
    return this;
  }

  /** {@return a new builder} */
  public static ImmutableIssuingUnit.Builder builder() {
    return ImmutableIssuingUnit.builder();
  }
}
