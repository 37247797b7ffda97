package vn.cchc.model.catalogue;

/**
 * How an indicator rolls up, declared in the catalogue ({@code "aggregation"} in its JSON) instead of
 * guessed from its label. Across the units of one period ({@code RollUp.aggregate}) and across the
 * periods of one unit ({@code RollUp.yearToDate}):
 *
 * <table>
 *   <caption>Roll-up by aggregation</caption>
 *   <tr><th>aggregation</th><th>units of one period</th><th>periods of one unit</th><th>for kinds</th></tr>
 *   <tr><td>{@link #SUM}</td><td>summed</td><td>summed (a flow: "đã giải quyết trong kỳ")</td><td>COUNT, MONEY</td></tr>
 *   <tr><td>{@link #LATEST}</td><td>summed (counts, money); min and max (percentages)</td><td>the latest period's
 *       value (a stock: "tại thời điểm báo cáo", "lũy kế", "có mặt")</td><td>COUNT, MONEY, PERCENTAGE</td></tr>
 *   <tr><td>{@link #RATIO}</td><td>recomputed as 100 × Σ numerator / Σ denominator</td><td>recomputed from what its
 *       numerator and denominator roll up to (latest when they are {@code LATEST})</td><td>PERCENTAGE with NUMERATOR and
 *       DENOMINATOR children</td></tr>
 *   <tr><td>{@link #DISTRIBUTION}</td><td>a count per code</td><td>a count per code</td><td>CODED</td></tr>
 *   <tr><td>{@link #NONE}</td><td>coverage, min and max only</td><td>the same</td><td>any</td></tr>
 * </table>
 *
 * <p>An indicator that declares none gets {@link Catalogue#aggregation(IndicatorDefinition) its kind's default}:
 * SUM for counts and money, RATIO for a percentage with numerator and denominator, DISTRIBUTION for coded
 * answers, NONE otherwise. A stock is never a default: a catalogue says {@code LATEST}.
 */
public enum Aggregation {
  /** A flow: summed across units and across periods. */
  SUM,
  /** A stock: summed across units, the latest period's value across periods. */
  LATEST,
  /** A ratio: recomputed from its summed numerator and denominator, never averaged. */
  RATIO,
  /** A coded answer: how many reports gave each code. */
  DISTRIBUTION,
  /** Not aggregated: coverage, min and max only. */
  NONE
}
