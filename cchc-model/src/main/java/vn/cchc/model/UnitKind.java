package vn.cchc.model;

/** What a unit measures: a count of things, a percentage, or money. */
public enum UnitKind {
  /** A count of tasks, documents, procedures, dossiers, people, units… */
  COUNT,
  /** A percentage ("%"). */
  PERCENTAGE,
  /** Money, in VND times the unit's power of ten ("Triệu đồng" is 10⁶ VND). */
  MONEY,
  /** "-": the row has no unit (not applicable). */
  NONE
}
