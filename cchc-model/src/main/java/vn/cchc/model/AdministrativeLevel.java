package vn.cchc.model;

/**
 * The administrative level of a People's Committee. Since 1 July 2025 local government has two
 * levels (province and commune); {@link #DISTRICT} remains for reports before that date.
 */
public enum AdministrativeLevel {
  /** Cấp tỉnh: provinces and centrally-run cities. */
  PROVINCE("cấp tỉnh"),
  /** Cấp huyện: districts, district-level towns and cities (abolished on 1 July 2025). */
  DISTRICT("cấp huyện"),
  /** Cấp xã: communes, wards, townships and special zones. */
  COMMUNE("cấp xã");

  private final String label;

  AdministrativeLevel(String label) {
    this.label = label;
  }

  /** {@return the official Vietnamese label, e.g. "cấp xã"} */
  public String label() {
    return label;
  }
}
