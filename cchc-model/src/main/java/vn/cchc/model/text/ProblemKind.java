package vn.cchc.model.text;

/** What went wrong while reading a report text. */
public enum ProblemKind {
  /** The bytes are not well-formed UTF-8; the location is where the bad sequence starts. */
  MALFORMED_ENCODING,
  /** The input is larger than {@link ReportTextReader#MAX_INPUT_BYTES}. */
  INPUT_TOO_LARGE,
  /** Required metadata (number, date, issuer, title, period, or the issuer's level) is absent. */
  MISSING_METADATA,
  /** Metadata is present but cannot be read, or two places in the text disagree about it. */
  INVALID_METADATA,
  /** A date that does not exist ("31/02/2024") or cannot be read. */
  INVALID_DATE,
  /** A line in the header, caption or signature area that is none of the known parts. */
  UNRECOGNISED_LINE,
  /** An appendix line that is not a table row (no tabs, too few cells, extra cells, a bad STT cell). */
  MALFORMED_ROW,
  /** An appendix row whose code or label matches no catalogue indicator. */
  UNMATCHED_ROW,
  /** A coded row whose label differs from the catalogue's label for that code. */
  LABEL_MISMATCH,
  /** A row whose unit cell differs from the catalogue indicator's unit or code list. */
  UNIT_MISMATCH,
  /** A second row for an indicator that already has one. */
  DUPLICATE_ROW,
  /** A value cell that is not a valid value for the row's unit ("1.5", a fraction in a count, "abc"). */
  UNREADABLE_VALUE,
  /** A coded answer whose code is not in the row's code list. */
  UNKNOWN_CODE
}
