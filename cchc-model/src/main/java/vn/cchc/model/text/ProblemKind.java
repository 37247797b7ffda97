package vn.cchc.model.text;

/** What went wrong while reading a report text, with the severity such a problem has by default. */
public enum ProblemKind {
  /** The bytes are not well-formed UTF-8; the location is where the bad sequence starts. */
  MALFORMED_ENCODING(ProblemSeverity.ERROR),
  /**
   * The input is larger than {@link ReportTextReader#MAX_INPUT_BYTES}, or crosses another of the reader's limits
   * (line and paragraph length, references, rows, recipients: the constants of {@link ReportTextReader}); the
   * problem is where the limit was crossed and names it, and no report is built.
   */
  INPUT_TOO_LARGE(ProblemSeverity.ERROR),
  /** Required metadata (number, date, issuer, title, period, or the issuer's level) is absent. */
  MISSING_METADATA(ProblemSeverity.ERROR),
  /** Metadata is present but cannot be read, or two places in the text disagree about it. */
  INVALID_METADATA(ProblemSeverity.ERROR),
  /** A date that does not exist ("31/02/2024") or cannot be read. */
  INVALID_DATE(ProblemSeverity.ERROR),
  /** A line in the header, caption or signature area that is none of the known parts. */
  UNRECOGNISED_LINE(ProblemSeverity.ERROR),
  /** An appendix line that is not a table row (too few cells, a bad STT cell). */
  MALFORMED_ROW(ProblemSeverity.ERROR),
  /** An appendix row whose code or label matches no catalogue indicator. */
  UNMATCHED_ROW(ProblemSeverity.ERROR),
  /** A coded row whose label differs from the catalogue's label for that code. */
  LABEL_MISMATCH(ProblemSeverity.ERROR),
  /** A row whose unit cell differs from the catalogue indicator's unit or code list. */
  UNIT_MISMATCH(ProblemSeverity.ERROR),
  /** A second row for an indicator that already has one. */
  DUPLICATE_ROW(ProblemSeverity.ERROR),
  /** A value cell that is not a valid value for the row's unit ("1.5", a fraction in a count, "abc"). */
  UNREADABLE_VALUE(ProblemSeverity.ERROR),
  /** A coded answer whose code is not in the row's code list. */
  UNKNOWN_CODE(ProblemSeverity.ERROR),
  /** An appendix is present (its heading or table header was found) but no row of it could be read. */
  EMPTY_TABLE(ProblemSeverity.ERROR),
  /**
   * A table column the model has no place for ("Kỳ trước", "Cùng kỳ năm trước"): its values are not in
   * the report. The location is the column's header cell.
   */
  EXTRA_COLUMN(ProblemSeverity.WARNING),
  /**
   * The reader repaired the text: a non-breaking space read as a space, a look-alike letter from an old
   * encoding mapped ("ǎ" U+01CE to "ă"), hard-wrapped lines rejoined into their paragraph, spaces typed
   * into a number left out (information); a symbol that lost its hyphen split ("3027/QĐUBND" as
   * 3027/QĐ-UBND: a warning, it is a judgement).
   */
  REPAIRED_TEXT(ProblemSeverity.INFO),
  /**
   * Text that is not part of the report was skipped: a portal's navigation and view counters before the
   * header, a library's "Số hiệu / Người ký" block.
   */
  SKIPPED_TEXT(ProblemSeverity.INFO),
  /**
   * The report's period ends outside the validity of the catalogue it is read with, or its issuer's level
   * is not one the catalogue serves: its rows may not mean what the catalogue says. Choose the catalogue
   * with {@code Catalogues.choose}.
   */
  OUTSIDE_CATALOGUE(ProblemSeverity.WARNING),
  /** The text is marked "DỰ THẢO": a draft, whose blank number and date are expected, not missing. */
  DRAFT(ProblemSeverity.INFO);

  private final ProblemSeverity severity;

  ProblemKind(ProblemSeverity severity) {
    this.severity = severity;
  }

  /** {@return the severity a problem of this kind has unless the reader says otherwise} */
  public ProblemSeverity defaultSeverity() {
    return severity;
  }
}
