package vn.cchc.model.text;

/**
 * How much a {@link ReadProblem} matters for what was read.
 *
 * <ul>
 *   <li>{@link #INFO}: the reader repaired or skipped something and is sure of the result (a
 *       non-breaking space read as a space, hard-wrapped lines rejoined, portal navigation before the
 *       header skipped). Nothing was lost.</li>
 *   <li>{@link #WARNING}: the reader repaired something by judgement (a document symbol that lost its
 *       hyphen split in two) or left something aside that the model has no place for (an extra "Kỳ
 *       trước" column). Read it: a person should confirm it.</li>
 *   <li>{@link #ERROR}: something the text states is not in the report (a row dropped, a value
 *       that cannot be read, required metadata missing). The report is incomplete.</li>
 * </ul>
 *
 * <p>{@link ReadResult#isComplete()} is true when there is a report and no problem is an error;
 * strict reading fails on the first warning or error and ignores information.
 */
public enum ProblemSeverity {
  /** A sure repair or a skipped piece of non-report text; nothing lost. */
  INFO,
  /** A repair by judgement, or text kept aside: confirm it. */
  WARNING,
  /** Something the text states is missing from the report. */
  ERROR
}
