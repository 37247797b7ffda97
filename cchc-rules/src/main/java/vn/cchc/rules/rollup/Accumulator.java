package vn.cchc.rules.rollup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.cchc.model.CodedValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.catalogue.Aggregation;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.tolerance.Tolerance;

/** Mutable running totals of one indicator during a roll-up. Internal, confined to one thread. */
final class Accumulator {
  private final IndicatorDefinition def;
  private final boolean ratio;
  private final boolean summed;
  private final boolean distributed;
  private long reported;
  private long notApplicable;
  private long notReported;
  private long absent;
  private BigDecimal sum;
  private BigDecimal num;
  private BigDecimal den;
  private long ratioReports;
  private BigDecimal min;
  private BigDecimal max;
  private final TreeMap<Integer, Long> distribution = new TreeMap<>();

  Accumulator(IndicatorDefinition def, Aggregation aggregation) {
    this.def = def;
    this.ratio = aggregation == Aggregation.RATIO;
    this.summed = (aggregation == Aggregation.SUM || aggregation == Aggregation.LATEST) && def.kind() != IndicatorKind.PERCENTAGE;
    this.distributed = aggregation == Aggregation.DISTRIBUTION;
  }

  void add(Optional<IndicatorValue> value) {
    if (value.isEmpty()) {
      absent++;
      return;
    }
    IndicatorValue v = value.get();
    switch (v.state()) {
      case NOT_APPLICABLE:
        notApplicable++;
        return;
      case NOT_REPORTED:
        notReported++;
        return;
      case CODED:
        reported++;
        if (distributed) {
          distribution.merge(((CodedValue) v).code(), 1L, Long::sum);
        }
        return;
      default:
        reported++;
        BigDecimal n = inOwnUnit(v);
        min = min == null || n.compareTo(min) < 0 ? n : min;
        max = max == null || n.compareTo(max) > 0 ? n : max;
        if (summed && v.state() != vn.cchc.model.ValueState.PERCENTAGE) {
          sum = sum == null ? n : sum.add(n);
        }
    }
  }

  /** Adds one report's numerator and denominator, when both are numbers. */
  void addRatio(Optional<IndicatorValue> n, Optional<IndicatorValue> d) {
    if (n.isPresent() && d.isPresent() && n.get().isNumeric() && d.get().isNumeric()) {
      ratioReports++;
      BigDecimal a = base(n.get());
      BigDecimal b = base(d.get());
      num = num == null ? a : num.add(a);
      den = den == null ? b : den.add(b);
    }
  }

  private BigDecimal inOwnUnit(IndicatorValue v) {
    if (v instanceof MoneyValue) {
      int own = def.unit().map(u -> u.powerOfTen()).orElse(0);
      return base(v).scaleByPowerOfTen(-own);
    }
    return v.number().orElseThrow();
  }

  static BigDecimal base(IndicatorValue v) {
    return vn.cchc.rules.Derivation.amount(v);
  }

  static BigDecimal strip(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  AggregateValue build() {
    ImmutableAggregateValue.Builder b = AggregateValue.builder().indicatorId(def.id()).kind(def.kind())
        .coverage(new Coverage(reported, notApplicable, notReported, absent))
        .sum(Optional.ofNullable(sum)).min(Optional.ofNullable(min).map(Accumulator::strip))
        .max(Optional.ofNullable(max).map(Accumulator::strip))
        .distribution(distribution);
    if (ratio) {
      b.ratioReports(ratioReports).numerator(Optional.ofNullable(num)).denominator(Optional.ofNullable(den));
      if (den != null && den.signum() != 0) {
        b.ratio(Tolerance.percentage(num, den));
      }
    }
    return b.build();
  }

  static AggregateValue merge(AggregateValue a, AggregateValue o) {
    ImmutableAggregateValue.Builder b = AggregateValue.builder().indicatorId(a.indicatorId()).kind(a.kind())
        .coverage(a.coverage().plus(o.coverage()))
        .sum(add(a.sum(), o.sum()))
        .min(pick(a.min(), o.min(), true)).max(pick(a.max(), o.max(), false))
        .ratioReports(a.ratioReports() + o.ratioReports());
    Map<Integer, Long> dist = new TreeMap<>(a.distribution());
    o.distribution().forEach((k, v) -> dist.merge(k, v, Long::sum));
    b.distribution(dist);
    Optional<BigDecimal> n = add(a.numerator(), o.numerator());
    Optional<BigDecimal> d = add(a.denominator(), o.denominator());
    b.numerator(n).denominator(d);
    if (d.isPresent() && d.get().signum() != 0) {
      b.ratio(Tolerance.percentage(n.orElseThrow(), d.get()));
    }
    return b.build();
  }

  static AggregateValue withAbsent(AggregateValue a, long moreAbsent) {
    Coverage c = a.coverage();
    return ImmutableAggregateValue.copyOf(a).withCoverage(new Coverage(c.reported(), c.notApplicable(),
        c.notReported(), c.absent() + moreAbsent));
  }

  private static Optional<BigDecimal> add(Optional<BigDecimal> x, Optional<BigDecimal> y) {
    if (x.isEmpty()) {
      return y;
    }
    return y.isEmpty() ? x : Optional.of(x.get().add(y.get()));
  }

  private static Optional<BigDecimal> pick(Optional<BigDecimal> x, Optional<BigDecimal> y, boolean lowest) {
    if (x.isEmpty()) {
      return y;
    }
    if (y.isEmpty()) {
      return x;
    }
    int c = x.get().compareTo(y.get());
    return lowest ? (c <= 0 ? x : y) : (c >= 0 ? x : y);
  }
}
