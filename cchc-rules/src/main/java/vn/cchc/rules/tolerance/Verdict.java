package vn.cchc.rules.tolerance;

/** The outcome of comparing a reported figure with the value other figures imply. */
public enum Verdict {
  /** The reported figure is the implied value correctly rounded (the intervals meet). */
  CONSISTENT,
  /** The reported figure is right only if it was truncated rather than rounded: worth an info finding. */
  TRUNCATED,
  /** The reported figure cannot stand for the implied value: an error. */
  INCONSISTENT
}
