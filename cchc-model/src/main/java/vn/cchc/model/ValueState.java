package vn.cchc.model;

/**
 * The state of an appendix value. Blank, "-" and 0 are three different things: a blank cell is
 * {@link #NOT_REPORTED}, "-" is {@link #NOT_APPLICABLE}, and 0 is a {@link #COUNT} (or other number)
 * whose value is zero.
 */
public enum ValueState {
  /** An integer count with its unit. */
  COUNT,
  /** A percentage, with the scale as written. */
  PERCENTAGE,
  /** An amount of money. */
  MONEY,
  /** A coded answer. */
  CODED,
  /** "-": the indicator does not apply. */
  NOT_APPLICABLE,
  /** A blank cell: nothing was reported. */
  NOT_REPORTED
}
