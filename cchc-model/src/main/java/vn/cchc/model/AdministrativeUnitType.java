package vn.cchc.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kind of an administrative unit as written in its name ("thị trấn Đình Cả" is a
 * {@link #TOWNSHIP}), with the level it belongs to.
 *
 * <p>"thành phố" and "thị xã" exist at more than one level; their level is not guessed from the
 * word: {@link #levels()} lists every level such a unit can have.
 */
public enum AdministrativeUnitType {
  /** Tỉnh. */
  PROVINCE("tỉnh", AdministrativeLevel.PROVINCE),
  /** Thành phố: a centrally-run city (province level) or a provincial city (district level). */
  CITY("thành phố", AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT),
  /** Huyện: a rural district. */
  DISTRICT("huyện", AdministrativeLevel.DISTRICT),
  /** Quận: an urban district. */
  URBAN_DISTRICT("quận", AdministrativeLevel.DISTRICT),
  /** Thị xã: a district-level town. */
  TOWN("thị xã", AdministrativeLevel.DISTRICT),
  /** Xã: a commune. */
  COMMUNE("xã", AdministrativeLevel.COMMUNE),
  /** Phường: a ward. */
  WARD("phường", AdministrativeLevel.COMMUNE),
  /** Thị trấn: a township. */
  TOWNSHIP("thị trấn", AdministrativeLevel.COMMUNE),
  /** Đặc khu: a special zone (commune level since 2025). */
  SPECIAL_ZONE("đặc khu", AdministrativeLevel.COMMUNE);

  private final String label;
  private final List<AdministrativeLevel> levels;

  AdministrativeUnitType(String label, AdministrativeLevel... levels) {
    this.label = label;
    this.levels = List.of(levels);
  }

  /** {@return the Vietnamese word, lower case, e.g. "thị trấn"} */
  public String label() {
    return label;
  }

  /** {@return the levels a unit of this type can have; one for most types} */
  public List<AdministrativeLevel> levels() {
    return levels;
  }

  /**
   * Finds the type whose word starts a unit name ("thị trấn Đình Cả" → TOWNSHIP), case-insensitively.
   * The longest word wins ("thị trấn" before "thị xã" cannot clash; "thành phố" is one type).
   *
   * @param name the unit name as written, e.g. "thị trấn Đình Cả"
   * @return the type, or empty when the name starts with no known word
   */
  public static Optional<AdministrativeUnitType> ofName(String name) {
    String lower = Text.nfc(name).strip().toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> lower.startsWith(t.label + " ") || lower.equals(t.label))
        .max(java.util.Comparator.comparingInt(t -> t.label.length()));
  }
}
