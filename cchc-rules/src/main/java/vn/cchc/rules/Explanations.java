package vn.cchc.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.rules.tolerance.Verdict;

/**
 * The hypotheses tried on a ratio that disagrees with its numerator and denominator, each offered
 * only when its corrections, recomputed, make the ratio consistent within the tolerance rules
 * (rounded, not merely truncated). Documented in docs/rules.md ("Explanations"). Internal.
 */
final class Explanations {
  static final String PART_OMITTED = "cause.part-omitted";
  static final String SWAPPED = "cause.swapped";
  static final String FRACTION = "cause.fraction-not-percent";
  static final String THOUSANDS = "cause.thousands-separator";
  static final String COPIED = "cause.copied-value";
  static final String TRUNCATED = "cause.truncated";
  static final String WRONG_BASE = "cause.wrong-base";
  /** The most parts of one narrative breakdown whose subsets are tried (2^5 subsets at most). */
  static final int MAX_PARTS = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private Explanations() {}

  /** One hypothesis that checked out, before ranking: the higher the score, the likelier. */
  private record Candidate(String cause, int score, List<Explanation.Correction> corrections,
      List<Explanation.Evidence> evidence, vn.cchc.model.message.Message message) {}

  /** A figure of the narrative: one number of a list item, with its block. */
  record Figure(BigDecimal value, NarrativeBlock block) {}

  /**
   * The breakdowns of the narrative: a bullet (its total) followed by sub-bullets that each carry exactly one
   * number. The total is empty when the bullet carries no number or several.
   */
  record Breakdown(Optional<Figure> total, List<Figure> parts) {}

  /**
   * What the hypotheses read of one report, computed once per context however many of its ratios disagree (kept by
   * the {@link RuleContext}, so that threads checking other reports do not displace it).
   *
   * @param breakdowns the narrative's breakdowns
   * @param rowPositions the position of each appendix row in the appendix, by identity (two rows can be equal)
   */
  record Index(List<Breakdown> breakdowns, Map<AppendixEntry, Integer> rowPositions) {}

  /** {@return what the hypotheses read of the context's report: its narrative breakdowns and its rows' positions} */
  static Index index(RuleContext ctx) {
    List<AppendixEntry> rows = ctx.report().appendix();
    Map<AppendixEntry, Integer> positions = new IdentityHashMap<>(2 * rows.size());
    for (int i = 0; i < rows.size(); i++) {
      positions.put(rows.get(i), i);
    }
    // never changed after this: read through the record's final field by whichever thread checks the report
    return new Index(breakdowns(ctx.blocks()), Collections.unmodifiableMap(positions));
  }

  private static List<Breakdown> breakdowns(List<NarrativeRules.Located> all) {
    List<Breakdown> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      NarrativeBlock head = all.get(i).block();
      if (head.kind() == NarrativeBlock.Kind.SUB_BULLET) {
        continue;
      }
      List<Figure> parts = new ArrayList<>();
      int j = i + 1;
      for (; j < all.size() && all.get(j).block().kind() == NarrativeBlock.Kind.SUB_BULLET; j++) {
        NarrativeBlock b = all.get(j).block();
        Optional<List<BigDecimal>> ns = NarrativeRules.numbers(b.text());
        if (ns.isPresent() && ns.get().size() == 1) {
          parts.add(new Figure(ns.get().get(0), b));
        }
      }
      if (parts.size() >= 2) {
        Optional<List<BigDecimal>> hs = NarrativeRules.numbers(head.text());
        Optional<Figure> total = hs.filter(h -> h.size() == 1).map(h -> new Figure(h.get(0), head));
        out.add(new Breakdown(total, List.copyOf(parts)));
      }
      i = j - 1;
    }
    return out;
  }

  /**
   * The explanations of a ratio's inconsistency (ratio.mismatch, ratio.truncated, ratio.numerator-exceeds):
   * every hypothesis whose corrections make it consistent, most likely first.
   */
  static List<Explanation> ratio(RuleContext ctx, Structure s, Structure.RatioSpec r) {
    DerivedValue dv = ctx.derived().get(r.id());
    Optional<IndicatorValue> reported = ctx.value(r.id()).filter(v -> v.state() == ValueState.PERCENTAGE);
    if (dv == null || reported.isEmpty()) {
      return List.of();
    }
    BigDecimal n = dv.numerator().orElseThrow();
    BigDecimal d = dv.denominator().orElseThrow();
    BigDecimal p = reported.get().number().orElseThrow();
    if (consistent(n, d, p)) {
      return List.of();
    }
    List<Candidate> found = new ArrayList<>();
    partOmitted(ctx, s, r, n, d, p, found);
    swapped(ctx, s, r, n, d, p, found);
    fraction(ctx, r, n, d, p, found);
    thousands(ctx, r, n, d, p, found);
    truncated(r, n, d, p, found);
    copied(ctx, r, n, d, p, found);
    wrongBase(ctx, s, r, n, d, p, found);
    return rank(found);
  }

  /** The test every explanation must pass: the ratio's figures, corrected, agree when rounded (not only truncated). */
  static boolean consistent(BigDecimal n, BigDecimal d, BigDecimal p) {
    if (d.signum() <= 0 || n.signum() < 0 || n.compareTo(d) > 0 || p.signum() < 0) {
      return false;
    }
    return RatioVerdict.of(n, d, p) == Verdict.CONSISTENT;
  }

  private static List<Explanation> rank(List<Candidate> found) {
    found.sort(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(c -> c.corrections().size())
        .thenComparing(Candidate::cause));
    List<Explanation> out = new ArrayList<>();
    Set<List<Explanation.Correction>> seen = new HashSet<>();
    for (Candidate c : found) {
      if (!seen.add(c.corrections())) {
        continue;
      }
      out.add(Explanation.builder().causeId(c.cause()).rank(out.size() + 1).corrections(c.corrections())
          .evidence(c.evidence()).message(c.message()).build());
    }
    return out;
  }

  private static Candidate candidate(String cause, int score, List<Explanation.Correction> corrections,
      List<Explanation.Evidence> evidence, Object... args) {
    return keyed(cause, cause, score, corrections, evidence, args);
  }

  /** A candidate whose message has its own key (a variant of the cause's message). */
  private static Candidate keyed(String cause, String key, int score, List<Explanation.Correction> corrections,
      List<Explanation.Evidence> evidence, Object... args) {
    return new Candidate(cause, score, List.copyOf(corrections), List.copyOf(evidence), Messages.of(key, args));
  }

  // ------------------------------------------------------------------ the hypotheses

  /**
   * A part left out of the numerator (or the denominator): a narrative breakdown lists the term's figure among
   * its parts, and adding some of the other parts makes the ratio agree; or the term has PART children in the
   * catalogue whose sum makes it agree.
   */
  private static void partOmitted(RuleContext ctx, Structure s, Structure.RatioSpec r, BigDecimal n, BigDecimal d,
      BigDecimal p, List<Candidate> out) {
    for (Breakdown b : ctx.explanationIndex().breakdowns()) {
      for (boolean numerator : new boolean[] {true, false}) {
        BigDecimal term = numerator ? n : d;
        String id = numerator ? r.numeratorId() : r.denominatorId();
        if (!isCount(ctx, id)) {
          continue;
        }
        Optional<Figure> self = b.parts().stream().filter(f -> f.value().compareTo(term) == 0).findFirst();
        if (self.isEmpty()) {
          continue;
        }
        List<Figure> others = new ArrayList<>();
        for (Figure f : b.parts()) {
          if (f != self.get() && f.value().signum() > 0) {
            others.add(f);
          }
        }
        if (others.isEmpty() || others.size() > MAX_PARTS) {
          continue;
        }
        for (int mask = 1; mask < (1 << others.size()); mask++) {
          BigDecimal added = BigDecimal.ZERO;
          List<Explanation.Evidence> ev = new ArrayList<>();
          for (int k = 0; k < others.size(); k++) {
            if ((mask & (1 << k)) != 0) {
              Figure f = others.get(k);
              added = added.add(f.value());
              ev.add(sentence(f));
            }
          }
          BigDecimal fixed = term.add(added);
          if (!(numerator ? consistent(fixed, d, p) : consistent(n, fixed, p))) {
            continue;
          }
          ev.add(0, sentence(self.get()));
          int score = 100;
          if (b.total().isPresent() && b.total().get().value().compareTo(numerator ? fixed : d) == 0) {
            ev.add(sentence(b.total().get()));
            score += 5;
          }
          out.add(candidate(PART_OMITTED, score - Integer.bitCount(mask), List.of(new Explanation.Correction(id, fixed)), ev,
              id, added, ev.get(1).location().line(), fixed,
              pct(numerator ? fixed : n, numerator ? d : fixed, p)));
        }
      }
    }
    for (String id : List.of(r.numeratorId(), r.denominatorId())) {
      List<IndicatorDefinition> parts = ctx.catalogue().children(id).stream()
          .filter(c -> c.role().equals(Optional.of(ChildRole.PART))).toList();
      if (parts.isEmpty() || !isCount(ctx, id)) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      List<Explanation.Evidence> ev = new ArrayList<>();
      for (IndicatorDefinition c : parts) {
        Optional<BigDecimal> v = ctx.number(c.id());
        Optional<AppendixEntry> e = ctx.entry(c.id());
        if (v.isPresent() && e.isPresent()) {
          sum = sum.add(v.get());
          ev.add(Explanation.Evidence.row(c.id(), v.get(), e.get().location()));
        }
      }
      boolean numerator = id.equals(r.numeratorId());
      BigDecimal term = numerator ? n : d;
      if (ev.isEmpty() || sum.compareTo(term) <= 0 || !(numerator ? consistent(sum, d, p) : consistent(n, sum, p))) {
        continue;
      }
      out.add(keyed(PART_OMITTED, "cause.part-omitted.parts", 70, List.of(new Explanation.Correction(id, sum)), ev, id,
          sum.subtract(term), sum, pct(numerator ? sum : n, numerator ? d : sum, p)));
    }
  }

  private static void swapped(RuleContext ctx, Structure s, Structure.RatioSpec r, BigDecimal n, BigDecimal d, BigDecimal p,
      List<Candidate> out) {
    if (n.compareTo(d) == 0 || !consistent(d, n, p) || !sameUnit(ctx, s, r)) {
      return;
    }
    out.add(candidate(SWAPPED, 90, List.of(new Explanation.Correction(r.numeratorId(), inUnit(ctx, r.numeratorId(), d)),
        new Explanation.Correction(r.denominatorId(), inUnit(ctx, r.denominatorId(), n))), rows(ctx, r.numeratorId(),
        r.denominatorId()), d, n, pct(d, n, p)));
  }

  private static void fraction(RuleContext ctx, Structure.RatioSpec r, BigDecimal n, BigDecimal d, BigDecimal p,
      List<Candidate> out) {
    if (p.compareTo(BigDecimal.ONE) > 0 || p.signum() <= 0) {
      return;
    }
    BigDecimal asPercent = p.movePointRight(2);
    if (asPercent.scale() < 0) {
      asPercent = asPercent.setScale(0);
    }
    if (!consistent(n, d, asPercent)) {
      return;
    }
    out.add(candidate(FRACTION, 95, List.of(new Explanation.Correction(r.id(), asPercent)), rows(ctx, r.id()),
        p, asPercent, n, d, pct(n, d, asPercent)));
  }

  /** A term written with three decimals ("1,492") whose comma was a thousands separator (1.492 = 1492). */
  private static void thousands(RuleContext ctx, Structure.RatioSpec r, BigDecimal n, BigDecimal d, BigDecimal p,
      List<Candidate> out) {
    for (String id : List.of(r.numeratorId(), r.denominatorId())) {
      Optional<BigDecimal> written = ctx.value(id).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
      if (written.isEmpty() || written.get().scale() != 3 || written.get().signum() <= 0) {
        continue;
      }
      boolean numerator = id.equals(r.numeratorId());
      BigDecimal fixedBase = (numerator ? n : d).multiply(THOUSAND);
      if (!(numerator ? consistent(fixedBase, d, p) : consistent(n, fixedBase, p))) {
        continue;
      }
      BigDecimal fixed = written.get().multiply(THOUSAND).setScale(0, RoundingMode.UNNECESSARY);
      out.add(candidate(THOUSANDS, 85, List.of(new Explanation.Correction(id, fixed)), rows(ctx, id), id,
          ctx.value(id).get().asWritten(), fixed, pct(numerator ? fixedBase : n, numerator ? d : fixedBase, p)));
    }
  }

  private static void truncated(Structure.RatioSpec r, BigDecimal n, BigDecimal d, BigDecimal p, List<Candidate> out) {
    if (d.signum() <= 0 || n.compareTo(d) > 0) {
      return;
    }
    if (RatioVerdict.of(n, d, p) != Verdict.TRUNCATED) {
      return;
    }
    BigDecimal rounded = pct(n, d, p);
    if (!consistent(n, d, rounded)) {
      return;
    }
    out.add(candidate(TRUNCATED, 99, List.of(new Explanation.Correction(r.id(), rounded)), List.of(), p, rounded));
  }

  /**
   * A figure equal to a neighbouring row's (the rows just before and after the ratio's block, or another
   * indicator under the same parent) or to the same indicator in the previous period: copied. The
   * correction is the value the other two figures imply — for the ratio its rounded value, for a term the
   * one whole number that makes the ratio agree. Round values that carry no evidence (0, and 100 for a
   * percentage) are not taken as copied.
   */
  private static void copied(RuleContext ctx, Structure.RatioSpec r, BigDecimal n, BigDecimal d, BigDecimal p,
      List<Candidate> out) {
    Set<String> own = Set.of(r.id(), r.numeratorId(), r.denominatorId());
    List<AppendixEntry> neighbours = neighbours(ctx, own);
    for (String id : List.of(r.id(), r.numeratorId(), r.denominatorId())) {
      Optional<IndicatorValue> v = ctx.value(id).filter(IndicatorValue::isNumeric);
      if (v.isEmpty()) {
        continue;
      }
      BigDecimal x = v.get().number().orElseThrow();
      boolean percent = id.equals(r.id());
      if (x.signum() == 0 || (percent && x.compareTo(HUNDRED) == 0)) {
        continue;
      }
      Optional<BigDecimal> fix = percent ? Optional.of(pct(n, d, p))
          .filter(q -> consistent(n, d, q))
          : implied(ctx, r, id, n, d, p);
      if (fix.isEmpty()) {
        continue;
      }
      List<Explanation.Evidence> from = new ArrayList<>();
      String source = null;
      for (AppendixEntry e : neighbours) {
        if (e.value().isNumeric() && e.value().state() == v.get().state()
            && e.value().number().orElseThrow().compareTo(x) == 0) {
          from.add(Explanation.Evidence.row(e.indicatorId(), x, e.location()));
          source = source == null ? e.indicatorId() : source;
        }
      }
      Optional<vn.cchc.model.Report> prev = ctx.previous();
      Optional<AppendixEntry> before = prev.flatMap(pr -> pr.entry(id))
          .filter(e -> e.value().isNumeric() && e.value().number().orElseThrow().compareTo(x) == 0);
      int score = 45;
      if (before.isPresent()) {
        from.add(0, Explanation.Evidence.row(id, x, before.get().location()));
        score = 60;
      }
      if (from.isEmpty()) {
        continue;
      }
      List<Explanation.Evidence> ev = new ArrayList<>(from);
      ev.addAll(rows(ctx, id));
      int line = from.get(0).location().line();
      out.add(before.isPresent()
          ? keyed(COPIED, "cause.copied-value.previous", score, List.of(new Explanation.Correction(id, fix.get())), ev, id, x, line, fix.get())
          : candidate(COPIED, score, List.of(new Explanation.Correction(id, fix.get())), ev, id, x, source, line, fix.get()));
    }
  }

  /**
   * The rows a figure of a ratio could have been copied from: the rows just before and after the block of its own
   * rows ({@code own}: the ratio, numerator and denominator) in the appendix, then the other rows under the same
   * parent as one of its own.
   */
  private static List<AppendixEntry> neighbours(RuleContext ctx, Set<String> own) {
    List<AppendixEntry> rows = ctx.report().appendix();
    Map<AppendixEntry, Integer> positions = ctx.explanationIndex().rowPositions();
    int first = -1;
    int last = -1;
    for (String id : own) {
      Optional<AppendixEntry> e = ctx.entry(id);
      if (e.isPresent()) {
        int i = positions.get(e.get());
        first = first < 0 ? i : Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    List<AppendixEntry> neighbours = new ArrayList<>();
    if (first > 0) {
      neighbours.add(rows.get(first - 1));
    }
    if (last >= 0 && last + 1 < rows.size()) {
      neighbours.add(rows.get(last + 1));
    }
    for (String id : own) {
      Optional<String> parent = ctx.definition(id).flatMap(IndicatorDefinition::parentId);
      if (parent.isPresent()) {
        for (IndicatorDefinition sib : ctx.catalogue().children(parent.get())) {
          if (!own.contains(sib.id())) {
            ctx.entry(sib.id()).filter(e -> !neighbours.contains(e)).ifPresent(neighbours::add);
          }
        }
      }
    }
    return neighbours;
  }

  /** The whole number a term must be for the ratio to agree with the other two figures, when there is exactly one nearest. */
  private static Optional<BigDecimal> implied(RuleContext ctx, Structure.RatioSpec r, String id, BigDecimal n, BigDecimal d,
      BigDecimal p) {
    if (!isCount(ctx, id) || p.signum() <= 0) {
      return Optional.empty();
    }
    boolean numerator = id.equals(r.numeratorId());
    BigDecimal whole = numerator ? RoundedQuotient.of(p.multiply(d), HUNDRED, 0)
        : RoundedQuotient.of(n.multiply(HUNDRED), p, 0);
    return Optional.of(whole).filter(w -> numerator ? consistent(w, d, p) : consistent(n, w, p))
        .filter(w -> w.compareTo(numerator ? n : d) != 0);
  }

  /** The percentage computed on another figure of the same unit (a sibling ratio's denominator, a whole): the wrong base. */
  private static void wrongBase(RuleContext ctx, Structure s, Structure.RatioSpec r, BigDecimal n, BigDecimal d,
      BigDecimal p, List<Candidate> out) {
    if (!isCount(ctx, r.denominatorId())) {
      return;
    }
    Optional<String> unit = unitLabel(ctx, s, r.denominatorId());
    BigDecimal fix = pct(n, d, p);
    if (unit.isEmpty() || !consistent(n, d, fix)) {
      return;
    }
    Set<String> bases = new java.util.LinkedHashSet<>();
    for (Structure.RatioSpec q : s.ratios) {
      if (!q.id().equals(r.id())) {
        bases.add(q.denominatorId());
      }
    }
    for (Structure.Breakdown b : s.breakdowns) {
      bases.add(b.wholeId());
    }
    for (String id : bases) {
      Optional<BigDecimal> x = ctx.value(id).filter(v -> v.state() == ValueState.COUNT).flatMap(IndicatorValue::number);
      if (x.isEmpty() || x.get().compareTo(d) == 0 || !unit.equals(unitLabel(ctx, s, id)) || !consistent(n, x.get(), p)) {
        continue;
      }
      List<Explanation.Evidence> ev = new ArrayList<>(rows(ctx, id));
      out.add(candidate(WRONG_BASE, 40, List.of(new Explanation.Correction(r.id(), fix)), ev, n, x.get(), id,
          pct(n, x.get(), p), d, fix));
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Explanation.Evidence sentence(Figure f) {
    return Explanation.Evidence.sentence(NarrativeRules.quote(f.block().text()), Optional.of(f.value()), f.block().location());
  }

  private static List<Explanation.Evidence> rows(RuleContext ctx, String... ids) {
    List<Explanation.Evidence> out = new ArrayList<>();
    for (String id : ids) {
      Optional<AppendixEntry> e = ctx.entry(id);
      if (e.isPresent() && e.get().value().isNumeric()) {
        out.add(Explanation.Evidence.row(id, e.get().value().number().orElseThrow(), e.get().location()));
      }
    }
    return out;
  }

  private static boolean isCount(RuleContext ctx, String id) {
    return ctx.value(id).map(v -> v.state() == ValueState.COUNT).orElse(false);
  }

  private static Optional<String> unitLabel(RuleContext ctx, Structure s, String id) {
    return s.unitLabel(ctx.catalogue(), id);
  }

  private static boolean sameUnit(RuleContext ctx, Structure s, Structure.RatioSpec r) {
    Optional<IndicatorValue> a = ctx.value(r.numeratorId());
    Optional<IndicatorValue> b = ctx.value(r.denominatorId());
    return a.isPresent() && b.isPresent() && a.get().state() == b.get().state()
        && unitLabel(ctx, s, r.numeratorId()).equals(unitLabel(ctx, s, r.denominatorId()));
  }

  /** A base amount back in the indicator's own unit (VND → Triệu đồng). */
  private static BigDecimal inUnit(RuleContext ctx, String id, BigDecimal base) {
    Optional<IndicatorValue> v = ctx.value(id);
    if (v.isPresent() && v.get() instanceof vn.cchc.model.MoneyValue) {
      return base.scaleByPowerOfTen(-((vn.cchc.model.MoneyValue) v.get()).unit().powerOfTen()).stripTrailingZeros();
    }
    return base;
  }

  /** The ratio n/d as a percentage rounded (half up) to the decimals of the percentage written. */
  private static BigDecimal pct(BigDecimal n, BigDecimal d, BigDecimal p) {
    return RoundedQuotient.of(n.multiply(HUNDRED), d, Math.max(0, p.scale()));
  }
}
