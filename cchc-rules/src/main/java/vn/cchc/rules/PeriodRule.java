package vn.cchc.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.DateWindow;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.SourceLocation;

/**
 * period.*: the data window a report states against the default of Nghị định 09/2019/NĐ-CP for its
 * period (quarter: 15th of the month before the quarter → 14th of its last month). A deviation is
 * information, not an error. Internal.
 */
final class PeriodRule implements Rule {
  @Override
  public String id() {
    return "period";
  }

  /**
   * The default data window of a period.
   *
   * @param p the period
   * @return the window
   */
  static DateWindow defaultWindow(ReportingPeriod p) {
    int y = p.year();
    switch (p.kind()) {
      case MONTH:
        return DateWindow.of(LocalDate.of(y, p.index(), 15).minusMonths(1), LocalDate.of(y, p.index(), 14));
      case QUARTER:
        return DateWindow.of(LocalDate.of(y, 3 * p.index(), 15).minusMonths(3), LocalDate.of(y, 3 * p.index(), 14));
      case SIX_MONTHS:
        return p.index() == 1 ? DateWindow.of(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 6, 14))
            : DateWindow.of(LocalDate.of(y, 6, 15), LocalDate.of(y, 12, 14));
      case NINE_MONTHS:
        return DateWindow.of(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 9, 14));
      default:
        return DateWindow.of(LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 12, 14));
    }
  }

  /** dd/mm/yyyy, written as {@code String.format("%02d/%02d/%04d", …)} would, without parsing a format per call. */
  private static String d(LocalDate x) {
    return DocumentRules.date(x);
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    Optional<DateWindow> w = ctx.report().period().dataWindow();
    if (w.isEmpty()) {
      return List.of();
    }
    DateWindow def = defaultWindow(ctx.report().period());
    if (def.equals(w.get())) {
      return List.of();
    }
    String from = d(w.get().from());
    ImmutableFinding.Builder b = Findings.of("period.data-window", Severity.INFO,
        from + "–" + d(w.get().to()), d(def.from()) + "–" + d(def.to()));
    SourceLocation where = null;
    String path = "";
    for (NarrativeRules.Located l : ctx.blocks()) {
      if (l.block().text().contains(from)) {
        where = l.block().location();
        path = l.path();
        break;
      }
    }
    for (NarrativeRules.Titled t : NarrativeRules.titles(ctx.report())) {
      if (t.section().title().contains(from) && (where == null || t.section().location().compareTo(where) < 0)) {
        where = t.section().location();
        path = t.path();
      }
    }
    b.location(where == null ? SourceLocation.of(1, 1) : where);
    if (!path.isEmpty()) {
      b.sectionPath(path);
    }
    return List.of(b.build());
  }
}
