package vn.cchc.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit of measure ("đơn vị tính") with its official label, what it measures, and for money its
 * power of ten (the SDMX {@code UNIT_MULT}: "Triệu đồng" is 6). The constants are the units of the
 * 2024 template; a province's catalogue may define more with {@link #of(String, UnitKind, int)}.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"label", "kind", "powerOfTen"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableUnit.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableUnit.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableUnit.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUnit.class)
public abstract class Unit {
  Unit() {}

  /** "%". */
  public static final Unit PERCENT = of("%", UnitKind.PERCENTAGE, 0);
  /** "Nhiệm vụ" (tasks). */
  public static final Unit TASK = of("Nhiệm vụ", UnitKind.COUNT, 0);
  /** "Vấn đề" (issues found). */
  public static final Unit ISSUE = of("Vấn đề", UnitKind.COUNT, 0);
  /** "Số lượng" (a quantity, e.g. survey forms). */
  public static final Unit QUANTITY = of("Số lượng", UnitKind.COUNT, 0);
  /** "Văn bản" (documents). */
  public static final Unit DOCUMENT = of("Văn bản", UnitKind.COUNT, 0);
  /** "Thủ tục" (administrative procedures). */
  public static final Unit PROCEDURE = of("Thủ tục", UnitKind.COUNT, 0);
  /** "Hồ sơ" (dossiers). */
  public static final Unit DOSSIER = of("Hồ sơ", UnitKind.COUNT, 0);
  /** "Người" (people). */
  public static final Unit PERSON = of("Người", UnitKind.COUNT, 0);
  /** "Đơn vị" (units, e.g. public service units). */
  public static final Unit UNIT = of("Đơn vị", UnitKind.COUNT, 0);
  /** "Cơ quan, đơn vị" (agencies or units). */
  public static final Unit AGENCY_OR_UNIT = of("Cơ quan, đơn vị", UnitKind.COUNT, 0);
  /** "Triệu đồng" (million VND). */
  public static final Unit MILLION_VND = of("Triệu đồng", UnitKind.MONEY, 6);
  /** "-" (no unit: not applicable). */
  public static final Unit NOT_APPLICABLE = of("-", UnitKind.NONE, 0);

  private static final List<Unit> STANDARD = List.of(PERCENT, TASK, ISSUE, QUANTITY, DOCUMENT, PROCEDURE,
      DOSSIER, PERSON, UNIT, AGENCY_OR_UNIT, MILLION_VND, NOT_APPLICABLE);

  /** {@return the official label exactly as written, e.g. "Hồ sơ"} */
  public abstract String label();

  /** {@return what the unit measures} */
  public abstract UnitKind kind();

  /** {@return the power of ten of the base unit (VND for money); 0 for counts and percentages} */
  public abstract int powerOfTen();

  /**
   * Checks the invariants, and returns the standard constant when this unit is one: a report read from JSON or
   * built with {@link #of} holds one {@code Unit} instance per unit, not one per value.
   */
  @Value.Check
  final Unit check() {
    Text.requireNotBlank(label(), "unit.label");
    if (kind() != UnitKind.MONEY && powerOfTen() != 0) {
      throw new InvalidModelException("unit " + label() + ": only money units have a power of ten");
    }
    if (powerOfTen() < 0 || powerOfTen() > 12) {
      throw new InvalidModelException("unit " + label() + ": power of ten " + powerOfTen() + " is out of range 0..12");
    }
    if (!Text.isNfc(label())) {
      return ImmutableUnit.copyOf(this).withLabel(Text.nfc(label()));
    }
    if (STANDARD != null) { // null only while the constants themselves are made
      for (Unit u : STANDARD) {
        if (u.kind() == kind() && u.powerOfTen() == powerOfTen() && u.label().equals(label())) {
          return u;
        }
      }
    }
    return this;
  }

  /**
   * A unit.
   *
   * @param label the official label
   * @param kind what it measures
   * @param powerOfTen the power of ten of the base unit; 0 unless money
   * @return the unit
   */
  public static Unit of(String label, UnitKind kind, int powerOfTen) {
    return ImmutableUnit.builder().label(label).kind(kind).powerOfTen(powerOfTen).build();
  }

  /** {@return the units of the 2024 template} */
  public static List<Unit> standard() {
    return STANDARD;
  }

  /**
   * Finds a standard unit by its label as written in a report cell: surrounding spaces and markup
   * such as {@code <i>} are the caller's to remove; case and NFC are normalised here.
   *
   * @param label e.g. "Hồ sơ", "hồ sơ", "Triệu đồng"
   * @return the unit, or empty when no standard unit has that label
   */
  public static Optional<Unit> standard(String label) {
    String l = Text.nfc(label).strip();
    return STANDARD.stream().filter(u -> u.label().equalsIgnoreCase(l)).findFirst();
  }

  /** {@return the label} */
  @Override
  public String toString() {
    return label();
  }
}
