package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.model.catalogue.ValueRange;
import vn.cchc.rules.tolerance.Interval;
import vn.cchc.rules.tolerance.Tolerance;
import vn.cchc.rules.tolerance.Verdict;

/** The standard rules on the appendix, each derived from the catalogue's structure. Internal. */
final class AppendixRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AppendixRules() {}

  static List<Rule> all(Structure s) {
    return List.of(new Ratios(s), new Parts(s), new Ranges(s), new Kinds(s), new Codes(), new Levels());
  }

  /** Attaches the row location of the first indicator, when the report has that row. */
  static ImmutableFinding.Builder at(RuleContext ctx, ImmutableFinding.Builder b, String... ids) {
    b.addIndicatorIds(ids);
    for (String id : ids) {
      Optional<AppendixEntry> e = ctx.entry(id);
      if (e.isPresent()) {
        return b.location(e.get().location());
      }
    }
    return b;
  }

  static boolean isNumber(Optional<IndicatorValue> v) {
    return v.map(IndicatorValue::isNumeric).orElse(false);
  }

  /** ratio.*: a ratio against its own numerator and denominator. */
  static final class Ratios implements Rule {
    private final Structure s;

    Ratios(Structure s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "ratio";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
      List<Finding> out = new ArrayList<>();
      for (Structure.RatioSpec r : s.ratios) {
        DerivedValue dv = ctx.derived().get(r.id());
        if (dv == null) {
          continue;
        }
        String[] ids = {r.id(), r.numeratorId(), r.denominatorId()};
        BigDecimal num = dv.numerator().orElseThrow();
        BigDecimal den = dv.denominator().orElseThrow();
        Optional<IndicatorValue> reported = ctx.value(r.id());
        Optional<BigDecimal> pct = reported.filter(v -> v.state() == ValueState.PERCENTAGE).flatMap(IndicatorValue::number);
        if (dv.undefined()) {
          if (num.signum() != 0) {
            out.add(at(ctx, Findings.of("ratio.zero-denominator", Severity.ERROR, r.id(), num), ids)
                .actual(num).build());
          } else if (pct.isPresent()) {
            Severity sev = pct.get().signum() == 0 ? Severity.INFO : Severity.WARNING;
            out.add(at(ctx, Findings.of("ratio.undefined", sev, r.id(), pct.get()), ids).actual(pct.get()).build());
          }
          continue;
        }
        BigDecimal exact = dv.value().orElseThrow();
        if (num.compareTo(den) > 0) {
          out.add(at(ctx, Findings.of("ratio.numerator-exceeds", Severity.ERROR, r.id(), num, den), ids)
              .expected(den).actual(num).explanations(Explanations.ratio(ctx, s, r)).build());
        }
        if (pct.isEmpty()) {
          if (reported.map(v -> v.state() == ValueState.NOT_REPORTED).orElse(true)) {
            BigDecimal shown = Tolerance.display(exact, 0);
            out.add(at(ctx, Findings.of("ratio.not-reported", Severity.INFO, r.id(), num, den, shown), ids)
                .expected(shown).build());
          }
          continue;
        }
        BigDecimal p = pct.get();
        int d = Math.max(0, p.scale());
        Verdict v = Tolerance.verdict(exact, p, d);
        BigDecimal shown = Tolerance.display(exact, d);
        if (v == Verdict.INCONSISTENT) {
          out.add(at(ctx, Findings.of("ratio.mismatch", Severity.ERROR, r.id(), p, num, den, shown), ids)
              .expected(shown).actual(p).explanations(Explanations.ratio(ctx, s, r)).build());
        } else if (v == Verdict.TRUNCATED) {
          out.add(at(ctx, Findings.of("ratio.truncated", Severity.INFO, r.id(), p, num, den, shown), ids)
              .expected(shown).actual(p).explanations(Explanations.ratio(ctx, s, r)).build());
        }
      }
      return out;
    }
  }

  /** parts.*: the parts of a breakdown against their whole; percentage parts against 100. */
  static final class Parts implements Rule {
    private final Structure s;

    Parts(Structure s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "parts";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
      List<Finding> out = new ArrayList<>();
      for (Structure.Breakdown b : s.breakdowns) {
        List<String> named = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        boolean exact = true;
        for (String id : b.partIds()) {
          Optional<IndicatorValue> v = ctx.value(id);
          if (isNumber(v)) {
            named.add(id);
            values.add(Derivation.amount(v.get()));
            exact &= v.get().state() == ValueState.COUNT;
          }
        }
        if (named.isEmpty()) {
          continue;
        }
        List<String> ids = new ArrayList<>();
        boolean percentParts = b.percentageParts()
            || named.stream().allMatch(id -> ctx.value(id).get().state() == ValueState.PERCENTAGE);
        if (percentParts) {
          if (named.size() < 2) {
            continue;
          }
          ids.addAll(named);
          ids.add(0, b.wholeId());
          BigDecimal asWritten = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          Interval sum = Tolerance.sum(values, false);
          if (sum.low().compareTo(HUNDRED) > 0) {
            out.add(at(ctx, Findings.of("parts.percent-sum", Severity.ERROR, b.wholeId(), asWritten), ids.toArray(String[]::new))
                .expected(HUNDRED).actual(asWritten).build());
          } else if (asWritten.compareTo(HUNDRED) > 0) {
            out.add(at(ctx, Findings.of("parts.percent-sum-rounding", Severity.INFO, b.wholeId(), asWritten, sum.low()),
                ids.toArray(String[]::new)).expected(HUNDRED).actual(asWritten).build());
          }
          continue;
        }
        Optional<IndicatorValue> whole = ctx.value(b.wholeId());
        if (!isNumber(whole) || whole.get().state() == ValueState.PERCENTAGE) {
          continue;
        }
        BigDecimal w = Derivation.amount(whole.get());
        Interval wi = interval(whole.get());
        Interval sum = exact ? Tolerance.sum(values, true) : sumOf(ctx, named);
        BigDecimal asWritten = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.low().compareTo(wi.high()) > 0) {
          ids.add(b.wholeId());
          ids.addAll(named);
          out.add(at(ctx, Findings.of("parts.exceed-whole", Severity.ERROR, b.wholeId(), asWritten, w), ids.toArray(String[]::new))
              .expected(w).actual(asWritten).build());
        }
      }
      return out;
    }

    private static int scaleOf(IndicatorValue v) {
      return Math.max(0, v.number().orElseThrow().scale());
    }

    private static Interval sumOf(RuleContext ctx, List<String> ids) {
      Interval acc = Interval.exact(BigDecimal.ZERO);
      for (String id : ids) {
        acc = acc.plus(interval(ctx.value(id).orElseThrow()));
      }
      return acc;
    }

    /** The interval a numeric value stands for, in base units (VND for money): counts exact. */
    static Interval interval(IndicatorValue v) {
      if (v.state() == ValueState.COUNT) {
        return Interval.exact(v.number().orElseThrow());
      }
      Interval r = Tolerance.rounded(v.number().orElseThrow(), scaleOf(v));
      BigDecimal f = multiplier(v);
      return new Interval(r.low().multiply(f), r.high().multiply(f));
    }

    private static BigDecimal multiplier(IndicatorValue v) {
      if (v instanceof vn.cchc.model.MoneyValue) {
        return BigDecimal.ONE.scaleByPowerOfTen(((vn.cchc.model.MoneyValue) v).unit().powerOfTen());
      }
      return BigDecimal.ONE;
    }
  }

  /** range.*: 0 ≤ percentage ≤ 100, counts and money ≥ 0, declared ranges, declared limits (present ≤ assigned). */
  static final class Ranges implements Rule {
    private final Structure s;

    Ranges(Structure s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "range";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
      List<Finding> out = new ArrayList<>();
      for (AppendixEntry e : ctx.report().appendix()) {
        IndicatorValue v = e.value();
        if (v.state() == ValueState.PERCENTAGE) {
          BigDecimal p = ((PercentageValue) v).value();
          if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
            out.add(at(ctx, Findings.of("range.percentage", Severity.ERROR, e.indicatorId(), p), e.indicatorId())
                .actual(p).expected(p.signum() < 0 ? BigDecimal.ZERO : HUNDRED).build());
          }
        } else if (v.state() == ValueState.COUNT || v.state() == ValueState.MONEY) {
          BigDecimal n = v.number().orElseThrow();
          if (n.signum() < 0) {
            out.add(at(ctx, Findings.of("range.negative", Severity.ERROR, e.indicatorId(), n), e.indicatorId())
                .actual(n).expected(BigDecimal.ZERO).build());
          }
        }
      }
      for (AppendixEntry e : ctx.report().appendix()) {
        Optional<ValueRange> range = ctx.definition(e.indicatorId()).flatMap(IndicatorDefinition::range);
        if (range.isPresent() && e.value().isNumeric() && !range.get().contains(e.value().number().orElseThrow())) {
          BigDecimal n = e.value().number().orElseThrow();
          ValueRange r = range.get();
          ImmutableFinding.Builder b = at(ctx, Findings.of("range.declared", Severity.ERROR, e.indicatorId(), n,
              r.min().map(BigDecimal::toPlainString).orElse("…"), r.max().map(BigDecimal::toPlainString).orElse("…")),
              e.indicatorId()).actual(n);
          (r.min().isPresent() && n.compareTo(r.min().get()) < 0 ? r.min() : r.max()).ifPresent(b::expected);
          out.add(b.build());
        }
      }
      for (Structure.Limit p : s.limits) {
        Optional<IndicatorValue> a = ctx.value(p.limitId());
        Optional<IndicatorValue> m = ctx.value(p.id());
        if (isNumber(a) && isNumber(m)) {
          BigDecimal limit = Derivation.amount(a.get());
          BigDecimal value = Derivation.amount(m.get());
          if (value.compareTo(limit) > 0) {
            BigDecimal shownLimit = a.get().number().orElseThrow();
            BigDecimal shown = m.get().number().orElseThrow();
            out.add(at(ctx, Findings.of("range.not-above", Severity.ERROR, p.id(), shown, p.limitId(), shownLimit),
                p.id(), p.limitId()).expected(shownLimit).actual(shown).build());
          }
        }
      }
      return out;
    }
  }

  /** kind.*: kind against unit, and group rows carrying a value. */
  static final class Kinds implements Rule {
    private final Structure s;

    Kinds(Structure s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "kind";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
      List<Finding> out = new ArrayList<>();
      for (AppendixEntry e : ctx.report().appendix()) {
        Optional<IndicatorDefinition> def = ctx.definition(e.indicatorId());
        if (def.isEmpty()) {
          continue;
        }
        IndicatorDefinition d = def.get();
        Optional<Unit> unit = s.unit(e.unitAsWritten(), d);
        String unitText = unit.map(Unit::label).orElse(e.unitAsWritten());
        if (d.kind() == IndicatorKind.GROUP) {
          if (e.value().state() != ValueState.NOT_REPORTED && e.value().state() != ValueState.NOT_APPLICABLE) {
            Optional<BigDecimal> n = e.value().number();
            ImmutableFinding.Builder b = at(ctx, Findings.of("kind.group-value", Severity.WARNING, d.id(), e.value().asWritten()), d.id());
            n.ifPresent(b::actual);
            out.add(b.build());
          }
          continue;
        }
        if (s.ratioLabels.contains(d.id()) && unit.map(u -> u.kind() == UnitKind.COUNT).orElse(false)) {
          ImmutableFinding.Builder b = at(ctx, Findings.of("kind.ratio-unit", Severity.WARNING, d.id(), unitText), d.id());
          e.value().number().ifPresent(b::actual);
          out.add(b.build());
        } else if ((d.kind() == IndicatorKind.COUNT || s.countLabels.contains(d.id()))
            && unit.map(u -> u.kind() == UnitKind.PERCENTAGE).orElse(false)) {
          ImmutableFinding.Builder b = at(ctx, Findings.of("kind.count-percent", Severity.WARNING, d.id()), d.id());
          e.value().number().ifPresent(b::actual);
          out.add(b.build());
        }
      }
      return out;
    }
  }

  /** code.*: a coded answer outside its code list. */
  static final class Codes implements Rule {
    @Override
    public String id() {
      return "code";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
      List<Finding> out = new ArrayList<>();
      for (AppendixEntry e : ctx.report().appendix()) {
        Optional<CodeList> list = ctx.definition(e.indicatorId()).flatMap(ctx.catalogue()::codeListOf);
        if (list.isEmpty()) {
          continue;
        }
        IndicatorValue v = e.value();
        if (v instanceof CodedValue) {
          CodedValue c = (CodedValue) v;
          if (!list.get().contains(c.code())) {
            out.add(at(ctx, Findings.of("code.unknown", Severity.ERROR, e.indicatorId(), c.asWritten(), list.get().asWritten()),
                e.indicatorId()).actual(BigDecimal.valueOf(c.code())).build());
          }
        } else if (v.isNumeric()) {
          BigDecimal n = v.number().orElseThrow();
          if (!inList(list.get(), n)) {
            out.add(at(ctx, Findings.of("code.unknown", Severity.ERROR, e.indicatorId(), v.asWritten(), list.get().asWritten()),
                e.indicatorId()).actual(n).build());
          }
        }
      }
      return out;
    }

    private static boolean inList(CodeList list, BigDecimal n) {
      for (int code : list.codes()) {
        if (BigDecimal.valueOf(code).compareTo(n) == 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** level.*: a value on a row that does not apply to the report's level; rows unknown to the catalogue. */
  static final class Levels implements Rule {
    @Override
    public String id() {
      return "level";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
      List<Finding> out = new ArrayList<>();
      for (AppendixEntry e : ctx.report().appendix()) {
        Optional<IndicatorDefinition> d = ctx.definition(e.indicatorId());
        if (d.isEmpty()) {
          out.add(Findings.of("level.unknown-indicator", Severity.WARNING, e.indicatorId(), ctx.catalogue().id())
              .addIndicatorIds(e.indicatorId()).location(e.location()).build());
          continue;
        }
        ValueState st = e.value().state();
        if (st == ValueState.NOT_REPORTED || st == ValueState.NOT_APPLICABLE || d.get().levels().contains(ctx.level())) {
          continue;
        }
        boolean zero = e.value().number().map(n -> n.signum() == 0).orElse(false) && st != ValueState.CODED;
        ImmutableFinding.Builder b = Findings.of("level.not-applicable", zero ? Severity.INFO : Severity.WARNING,
            e.indicatorId(), ctx.level().label(), e.value().asWritten())
            .addIndicatorIds(e.indicatorId()).location(e.location());
        e.value().number().ifPresent(b::actual);
        out.add(b.build());
      }
      return out;
    }
  }
}
