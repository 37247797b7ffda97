package vn.cchc.rules.units;

import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;

/**
 * One administrative unit of the national list: its code ("05716"), its name exactly as the list
 * writes it ("Thị trấn Đình Cả", NFC), its type and level, and the code of the unit above it (empty
 * for a province). Since 1 July 2025 a commune's parent is its province.
 *
 * @param code the unit's code, e.g. "05716"
 * @param name the name as written in the list, with its type word, e.g. "Thị trấn Đình Cả"
 * @param type the kind of unit
 * @param level the level; one of {@code type.levels()}
 * @param parentCode the code of the unit above, empty for a province
 */
public record AdministrativeUnit(String code, String name, AdministrativeUnitType type, AdministrativeLevel level,
    Optional<String> parentCode) {

  /**
   * Checks and normalises a unit (NFC, surrounding spaces removed).
   *
   * @param code the unit's code, e.g. "05716"
   * @param name the name as written in the list, with its type word, e.g. "Thị trấn Đình Cả"
   * @param type the kind of unit
   * @param level the level; one of {@code type.levels()}
   * @param parentCode the code of the unit above, empty for a province
   * @throws IllegalArgumentException when an attribute is null or blank, the type cannot have the level, or the
   *     unit is its own parent
   */
  public AdministrativeUnit {
    if (code == null || name == null || type == null || level == null || parentCode == null) {
      throw new IllegalArgumentException("administrative unit: no attribute may be null (code " + code + ")");
    }
    code = Names.nfc(code).strip();
    name = Names.nfc(name).strip();
    parentCode = parentCode.map(p -> Names.nfc(p).strip()).filter(p -> !p.isEmpty());
    if (code.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("administrative unit: code and name must not be blank");
    }
    if (!type.levels().contains(level)) {
      throw new IllegalArgumentException("administrative unit " + code + ": a " + type.label() + " cannot be at level "
          + level);
    }
    if (parentCode.filter(code::equals).isPresent()) {
      throw new IllegalArgumentException("administrative unit " + code + " is its own parent");
    }
  }

  /**
   * A unit whose type is read from its name ("Xã Sảng Mộc" is a commune).
   *
   * @param code the code
   * @param name the name with its type word
   * @param level the level
   * @param parentCode the parent's code, or null for none
   * @return the unit
   * @throws IllegalArgumentException when the name starts with no known type word
   */
  public static AdministrativeUnit of(String code, String name, AdministrativeLevel level, String parentCode) {
    Objects.requireNonNull(name, "name");
    AdministrativeUnitType type = AdministrativeUnitType.ofName(name).orElseThrow(
        () -> new IllegalArgumentException("administrative unit " + code + ": '" + name + "' starts with no known type "
            + "word (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu)"));
    return new AdministrativeUnit(code, name, type, level, Optional.ofNullable(parentCode));
  }

  /** {@return the name as written followed by the code, e.g. "Thị trấn Đình Cả (05716)"} */
  public String label() {
    return name + " (" + code + ")";
  }
}
