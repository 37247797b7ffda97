package vn.cchc.model;

/** The kind of reporting period ("kỳ báo cáo"). */
public enum PeriodKind {
  /** Báo cáo tháng: index 1–12. */
  MONTH("tháng", 12),
  /** Báo cáo quý: index 1–4 ("quý I" … "quý IV"). */
  QUARTER("quý", 4),
  /** Báo cáo 6 tháng: index 1 (first half), 2 (second half, rarely used). */
  SIX_MONTHS("6 tháng", 2),
  /** Báo cáo 9 tháng: index 1. */
  NINE_MONTHS("9 tháng", 1),
  /** Báo cáo năm: index 1. */
  YEAR("năm", 1);

  private final String label;
  private final int maxIndex;

  PeriodKind(String label, int maxIndex) {
    this.label = label;
    this.maxIndex = maxIndex;
  }

  /** {@return the Vietnamese word, e.g. "quý"} */
  public String label() {
    return label;
  }

  /** {@return the largest valid index for this kind (4 for quarters)} */
  public int maxIndex() {
    return maxIndex;
  }
}
