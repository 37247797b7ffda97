package vn.cchc.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.Report;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;

/**
 * What a developer would write by hand for the same arithmetic as the standard appendix rules:
 * ratios against numerator/denominator with the rounding interval, parts against the whole, ranges,
 * codes and levels, with the catalogue relations precomputed into arrays.
 */
public final class HandCheck {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final String[][] ratios;
  private final String[][] breakdowns;
  private final Catalogue catalogue;

  private HandCheck(Catalogue c) {
    this.catalogue = c;
    List<String[]> r = new ArrayList<>();
    List<String[]> b = new ArrayList<>();
    for (IndicatorDefinition d : c.indicators()) {
      Optional<IndicatorDefinition> n = c.child(d.id(), ChildRole.NUMERATOR);
      Optional<IndicatorDefinition> m = c.child(d.id(), ChildRole.DENOMINATOR);
      if (n.isPresent() && m.isPresent()) {
        r.add(new String[] {d.id(), n.get().id(), m.get().id()});
      }
      List<String> parts = new ArrayList<>();
      parts.add(d.id());
      c.children(d.id()).stream().filter(k -> k.role().equals(Optional.of(ChildRole.PART))).forEach(k -> parts.add(k.id()));
      if (parts.size() > 1) {
        b.add(parts.toArray(String[]::new));
      }
    }
    ratios = r.toArray(String[][]::new);
    breakdowns = b.toArray(String[][]::new);
  }

  /**
   * Precomputes the relations of a catalogue.
   *
   * @param c the catalogue
   * @return the checker
   */
  public static HandCheck of(Catalogue c) {
    return new HandCheck(c);
  }

  /**
   * Checks a report.
   *
   * @param r the report
   * @return one line per problem
   */
  public List<String> check(Report r) {
    List<String> out = new ArrayList<>();
    for (String[] t : ratios) {
      Optional<IndicatorValue> p = r.value(t[0]);
      Optional<BigDecimal> n = r.value(t[1]).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
      Optional<BigDecimal> d = r.value(t[2]).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
      if (n.isEmpty() || d.isEmpty() || p.isEmpty() || p.get().state() != ValueState.PERCENTAGE) {
        continue;
      }
      if (d.get().signum() == 0) {
        if (n.get().signum() != 0) {
          out.add(t[0] + " zero denominator");
        }
        continue;
      }
      BigDecimal exact = n.get().multiply(HUNDRED).divide(d.get(), MathContext.DECIMAL128);
      BigDecimal v = p.get().number().get();
      BigDecimal half = BigDecimal.valueOf(5, Math.max(0, v.scale()) + 1);
      if (exact.compareTo(v.subtract(half)) < 0 || exact.compareTo(v.add(half)) > 0) {
        out.add(t[0] + " ratio " + v + " vs " + exact);
      }
      if (n.get().compareTo(d.get()) > 0) {
        out.add(t[0] + " numerator exceeds denominator");
      }
    }
    for (String[] b : breakdowns) {
      Optional<BigDecimal> whole = r.value(b[0]).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
      if (whole.isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 1; i < b.length; i++) {
        sum = sum.add(r.value(b[i]).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number).orElse(BigDecimal.ZERO));
      }
      if (sum.compareTo(whole.get()) > 0) {
        out.add(b[0] + " parts exceed whole");
      }
    }
    AdministrativeLevel level = r.issuer().level();
    for (AppendixEntry e : r.appendix()) {
      IndicatorValue v = e.value();
      IndicatorDefinition d = catalogue.byId().get(e.indicatorId());
      if (v.state() == ValueState.PERCENTAGE) {
        BigDecimal p = v.number().get();
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
          out.add(e.indicatorId() + " percentage out of range");
        }
      } else if (v.isNumeric() && v.number().get().signum() < 0) {
        out.add(e.indicatorId() + " negative");
      }
      if (v instanceof CodedValue && d.codeListId().isPresent()
          && !catalogue.codeListOf(d).orElseThrow().contains(((CodedValue) v).code())) {
        out.add(e.indicatorId() + " code list");
      }
      if (v.state() != ValueState.NOT_REPORTED && v.state() != ValueState.NOT_APPLICABLE && !d.levels().contains(level)) {
        out.add(e.indicatorId() + " level");
      }
    }
    return out;
  }
}
