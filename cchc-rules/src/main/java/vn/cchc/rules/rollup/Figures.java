package vn.cchc.rules.rollup;

import java.math.BigDecimal;
import java.util.Optional;

/** The one number a table shows for an aggregated indicator. */
public final class Figures {
  private Figures() {}

  /**
   * The figure of an aggregated indicator: the recomputed ratio of a ratio, else the sum of counts and
   * money, else — for a percentage or figure that is not summed — the value when every report gave the same
   * (one report: its value); empty otherwise (a coded answer, nothing reported, or values that differ).
   *
   * @param v the aggregated value
   * @return the figure
   */
  public static Optional<BigDecimal> of(AggregateValue v) {
    if (v.ratio().isPresent()) {
      return v.ratio();
    }
    if (v.sum().isPresent()) {
      return v.sum();
    }
    if (v.min().isPresent() && v.min().equals(v.max())) {
      return v.min();
    }
    return Optional.empty();
  }
}
