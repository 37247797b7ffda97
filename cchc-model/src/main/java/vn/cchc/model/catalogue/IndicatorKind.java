package vn.cchc.model.catalogue;

/** What an indicator reports. */
public enum IndicatorKind {
  /** A heading row that groups other rows and normally carries no value ("1.", "3.2."). */
  GROUP,
  /** A count with a count unit. */
  COUNT,
  /** A percentage; a ratio when it has a numerator and a denominator child. */
  PERCENTAGE,
  /** An amount of money. */
  MONEY,
  /** A coded answer from a code list. */
  CODED
}
