package vn.cchc.rules;

/** How serious a finding is. */
public enum Severity {
  /** The figures contradict each other: at least one of them is wrong. */
  ERROR("lỗi"),
  /** Probably wrong, or inconsistent with a soft convention; worth a look. */
  WARNING("cảnh báo"),
  /** Worth knowing, not wrong (a truncated rather than rounded figure, a non-default data window). */
  INFO("thông tin");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** {@return the Vietnamese label, e.g. "lỗi"} */
  public String label() {
    return label;
  }
}
