package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that issued a report, e.g. "UBND thị trấn Đình Cả": the name exactly as written, the
 * body ("UBND"), the kind of unit ({@link AdministrativeUnitType#TOWNSHIP}), the unit's own name
 * ("Đình Cả") and its administrative level; for a report of a Sở, ban or ngành, the agency
 * ("SỞ NỘI VỤ") beside the People's Committee it works under ("UBND TỈNH THÁI NGUYÊN").
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"asWritten", "body", "unitType", "unitName", "level", "agency", "superior"})
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

  /**
   * {@return the specialised agency (Sở, ban, ngành) that issued the report under this People's
   * Committee, as written ("SỞ NỘI VỤ"); empty when the People's Committee itself issued it. The other
   * attributes then describe the committee the agency works under ("UBND TỈNH THÁI NGUYÊN"). A report
   * with an agency is the agency's, not the committee's: do not count it as the committee's report}
   */
  public abstract Optional<String> agency();

  /**
   * {@return the superior body named above the issuer in the header, as written ("UBND HUYỆN VÕ
   * NHAI"); empty when the header names none}
   */
  public abstract Optional<String> superior();

  /**
   * {@return the issuer as a reader of the report names it: {@link #asWritten()}, or for an agency's
   * report the agency with its committee, "SỞ NỘI VỤ (UBND TỈNH THÁI NGUYÊN)", so that the report is
   * never shown as the committee's own}
   */
  @JsonIgnore
  @Value.Lazy
  public String displayName() {
    return agency().map(a -> a + " (" + asWritten() + ")").orElse(asWritten());
  }

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
    agency().ifPresent(a -> Text.requireNotBlank(a, "issuer.agency"));
    superior().ifPresent(a -> Text.requireNotBlank(a, "issuer.superior"));
    if (!Text.isNfc(asWritten()) || !Text.isNfc(body()) || !Text.isNfc(unitName())
        || !agency().map(Text::isNfc).orElse(true) || !superior().map(Text::isNfc).orElse(true)) {
      return ImmutableIssuingUnit.copyOf(this).withAsWritten(Text.nfc(asWritten()))
          .withBody(Text.nfc(body())).withUnitName(Text.nfc(unitName()))
          .withAgency(agency().map(Text::nfc)).withSuperior(superior().map(Text::nfc));
    }
    return this;
  }

  /** {@return a new builder} */
  public static ImmutableIssuingUnit.Builder builder() {
    return ImmutableIssuingUnit.builder();
  }
}
