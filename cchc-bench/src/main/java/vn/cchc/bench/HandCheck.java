package vn.cchc.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.Report;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.ValueState;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * What a developer would write by hand for the same arithmetic as the standard appendix rules:
 * ratios against numerator/denominator with the rounding and truncation intervals (and a ratio left blank, a zero
 * denominator), parts against the whole and percentage parts against 100, ranges (0–100 %, not negative, the
 * catalogue's declared ranges, "present" not above "assigned"), the kind a row's label and unit imply, codes and
 * levels, with the catalogue relations precomputed into arrays.
 */
public final class HandCheck {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final String[][] ratios;
  private final String[][] breakdowns;
  /** Per breakdown: every part a percentage (then the parts are checked against 100). */
  private final boolean[] percentParts;
  /** Pairs of an indicator and the one it may not exceed. */
  private final String[][] limits;
  /** Ids whose label names a ratio ("Tỷ lệ …") or a count ("Số …", "Tổng số …"). */
  private final Set<String> ratioLabels = new HashSet<>();
  private final Set<String> countLabels = new HashSet<>();
  /** The unit texts seen on rows, read once each. */
  private final Map<String, Optional<Unit>> units = new HashMap<>();
  private final Catalogue catalogue;

  private HandCheck(Catalogue c) {
    this.catalogue = c;
    List<String[]> r = new ArrayList<>();
    List<String[]> b = new ArrayList<>();
    List<Boolean> pp = new ArrayList<>();
    List<String[]> l = new ArrayList<>();
    for (IndicatorDefinition d : c.indicators()) {
      String label = d.label().toLowerCase(Locale.ROOT).strip();
      if (label.startsWith("tỷ lệ") || label.startsWith("tỉ lệ")) {
        ratioLabels.add(d.id());
      }
      if (label.startsWith("số ") || label.startsWith("tổng số ")) {
        countLabels.add(d.id());
      }
      d.notAbove().forEach(limit -> l.add(new String[] {d.id(), limit}));
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
        pp.add(parts.subList(1, parts.size()).stream().map(id -> c.indicator(id).orElseThrow())
            .allMatch(k -> k.kind() == IndicatorKind.PERCENTAGE || k.unit().map(u -> u.kind() == UnitKind.PERCENTAGE).orElse(false)));
      }
    }
    ratios = r.toArray(String[][]::new);
    breakdowns = b.toArray(String[][]::new);
    percentParts = new boolean[pp.size()];
    for (int i = 0; i < pp.size(); i++) {
      percentParts[i] = pp.get(i);
    }
    limits = l.toArray(String[][]::new);
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
      if (n.isEmpty() || d.isEmpty()) {
        continue;
      }
      boolean percent = p.isPresent() && p.get().state() == ValueState.PERCENTAGE;
      if (d.get().signum() == 0) {
        if (n.get().signum() != 0) {
          out.add(t[0] + " zero denominator");
        } else if (percent) {
          out.add(t[0] + " undefined ratio");
        }
        continue;
      }
      BigDecimal exact = n.get().multiply(HUNDRED).divide(d.get(), MathContext.DECIMAL128);
      if (n.get().compareTo(d.get()) > 0) {
        out.add(t[0] + " numerator exceeds denominator");
      }
      if (!percent) {
        if (p.isEmpty() || p.get().state() == ValueState.NOT_REPORTED) {
          out.add(t[0] + " not reported, is " + exact.setScale(1, RoundingMode.HALF_UP));
        }
        continue;
      }
      BigDecimal v = p.get().number().get();
      int scale = Math.max(0, v.scale());
      BigDecimal half = BigDecimal.valueOf(5, scale + 1);
      if (exact.compareTo(v.subtract(half)) < 0 || exact.compareTo(v.add(half)) > 0) {
        boolean truncated = exact.compareTo(v) >= 0 && exact.compareTo(v.add(BigDecimal.ONE.movePointLeft(scale))) <= 0;
        out.add(t[0] + (truncated ? " truncated " : " ratio ") + v + " vs " + exact);
      }
    }
    for (int k = 0; k < breakdowns.length; k++) {
      String[] b = breakdowns[k];
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal half = BigDecimal.ZERO; // the parts' rounding: half a unit of each part's last digit
      int numbers = 0;
      for (int i = 1; i < b.length; i++) {
        Optional<BigDecimal> v = r.value(b[i]).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
        if (v.isPresent()) {
          sum = sum.add(v.get());
          half = half.add(BigDecimal.valueOf(5, Math.max(0, v.get().scale()) + 1));
          numbers++;
        }
      }
      if (percentParts[k]) {
        if (numbers >= 2 && sum.compareTo(HUNDRED) > 0) {
          out.add(b[0] + (sum.subtract(half).compareTo(HUNDRED) > 0 ? " percentage parts over 100" : " percentage parts over 100 by rounding"));
        }
        continue;
      }
      Optional<BigDecimal> whole = r.value(b[0]).filter(v -> v.isNumeric() && v.state() != ValueState.PERCENTAGE)
          .flatMap(IndicatorValue::number);
      if (numbers > 0 && whole.isPresent() && sum.compareTo(whole.get()) > 0) {
        out.add(b[0] + " parts exceed whole");
      }
    }
    for (String[] l : limits) {
      Optional<BigDecimal> value = r.value(l[0]).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
      Optional<BigDecimal> limit = r.value(l[1]).filter(IndicatorValue::isNumeric).flatMap(IndicatorValue::number);
      if (value.isPresent() && limit.isPresent() && value.get().compareTo(limit.get()) > 0) {
        out.add(l[0] + " above " + l[1]);
      }
    }
    AdministrativeLevel level = r.issuer().level();
    for (AppendixEntry e : r.appendix()) {
      IndicatorValue v = e.value();
      IndicatorDefinition d = catalogue.byId().get(e.indicatorId());
      if (d == null) {
        out.add(e.indicatorId() + " unknown indicator");
        continue;
      }
      if (v.state() == ValueState.PERCENTAGE) {
        BigDecimal p = v.number().get();
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
          out.add(e.indicatorId() + " percentage out of range");
        }
      } else if (v.isNumeric() && v.number().get().signum() < 0) {
        out.add(e.indicatorId() + " negative");
      }
      if (v.isNumeric() && d.range().isPresent() && !d.range().get().contains(v.number().get())) {
        out.add(e.indicatorId() + " outside its declared range");
      }
      if (d.codeListId().isPresent()) {
        CodeList list = catalogue.codeListOf(d).orElseThrow();
        if (v instanceof CodedValue ? !list.contains(((CodedValue) v).code())
            : v.isNumeric() && list.codes().stream().noneMatch(code -> BigDecimal.valueOf(code).compareTo(v.number().get()) == 0)) {
          out.add(e.indicatorId() + " code list");
        }
      }
      if (v.state() != ValueState.NOT_REPORTED && v.state() != ValueState.NOT_APPLICABLE) {
        if (!d.levels().contains(level)) {
          out.add(e.indicatorId() + " level");
        }
        if (d.kind() == IndicatorKind.GROUP) {
          out.add(e.indicatorId() + " group row with a value");
        }
      }
      if (d.kind() != IndicatorKind.GROUP) {
        UnitKind unit = unit(e.unitAsWritten(), d);
        if (ratioLabels.contains(d.id()) && unit == UnitKind.COUNT) {
          out.add(e.indicatorId() + " ratio in a count unit");
        } else if ((d.kind() == IndicatorKind.COUNT || countLabels.contains(d.id())) && unit == UnitKind.PERCENTAGE) {
          out.add(e.indicatorId() + " count in %");
        }
      }
    }
    return out;
  }

  /** The kind of the unit written on a row (markup dropped), or of the definition's unit when it is blank or unknown. */
  private UnitKind unit(String written, IndicatorDefinition d) {
    Optional<Unit> u = units.computeIfAbsent(written, w -> w.isBlank() ? Optional.empty() : Unit.standard(w.replaceAll("<[^>]+>", "")));
    return u.or(d::unit).map(Unit::kind).orElse(UnitKind.NONE);
  }
}
