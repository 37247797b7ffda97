package vn.cchc.model.catalogue;

/** The role of a "Trong đó" child row under its parent. */
public enum ChildRole {
  /** The numerator of the parent ratio ("Số … đã hoàn thành", "Đã thực hiện"). */
  NUMERATOR,
  /** The denominator of the parent ratio ("Tổng số …", "Kế hoạch được giao"). */
  DENOMINATOR,
  /** One part of a breakdown of the parent's whole (parts sum to at most the whole). */
  PART,
  /** A related figure with no arithmetic relation to the parent that a rule may rely on. */
  DETAIL
}
