package vn.cchc.render.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.render.AggregateInput;
import vn.cchc.rules.rollup.Aggregate;
import vn.cchc.rules.rollup.AggregateValue;
import vn.cchc.rules.rollup.Figures;
import vn.cchc.rules.rollup.UnitGroup;
import vn.cchc.rules.rollup.UnitRow;

/**
 * The per-unit table every aggregate renderer shows, built once: for each group a total row, then one row
 * per unit; a grand total last. Each row carries, for each key indicator, the numerator, denominator and
 * figure (a ratio recomputed from the summed parts). CSV, JSON, HTML and XLSX all lay out these rows, so
 * they agree.
 */
public final class UnitTableRows {
  private UnitTableRows() {}

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** What a row is. */
  public enum Kind {
    /** One unit's report. */
    UNIT("đơn vị"),
    /** A group's total (a district, a province). */
    GROUP_TOTAL("tổng nhóm"),
    /** The total of every group. */
    TOTAL("tổng cộng");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** {@return the Vietnamese label, the same in every language: the CSV's "Loại dòng" column} */
    public String label() {
      return label;
    }

    /**
     * The label in a language, for people (the XLSX workbook): "tổng nhóm" / "group total".
     *
     * @param language the language
     * @return the label
     */
    public String label(Locale language) {
      java.util.Objects.requireNonNull(language, "language");
      return RenderTexts.message("aggregate.row." + name().toLowerCase(Locale.ROOT).replace('_', '-')).format(language);
    }
  }

  /**
   * One indicator in a row.
   *
   * @param numerator the (summed) numerator of a ratio
   * @param denominator the (summed) denominator
   * @param value the figure: the ratio in %, or the sum
   */
  public record Figure(Optional<BigDecimal> numerator, Optional<BigDecimal> denominator, Optional<BigDecimal> value) {
    /**
     * Checks that no component is null (an absent figure is {@code Optional.empty()}).
     *
     * @param numerator the record's numerator
     * @param denominator the record's denominator
     * @param value the record's value
     * @throws NullPointerException naming the component that is null
     */
    public Figure {
      java.util.Objects.requireNonNull(numerator, "numerator");
      java.util.Objects.requireNonNull(denominator, "denominator");
      java.util.Objects.requireNonNull(value, "value");
    }

    static Figure of(Optional<AggregateValue> v) {
      return new Figure(v.flatMap(AggregateValue::numerator), v.flatMap(AggregateValue::denominator),
          v.flatMap(Figures::of));
    }
  }

  /**
   * One row of the table.
   *
   * @param kind unit, group total or total
   * @param groupCode the group's code (empty string for the grand total)
   * @param groupName the group's name as the registry writes it
   * @param code the unit's code (the group's for a group total; empty for the grand total)
   * @param name the unit's name, or "Tổng …" for a total
   * @param source the report's id, for a unit
   * @param issueDate the report's issue date, for a unit that gives one
   * @param late whether the report was late
   * @param errors its ERROR findings (for a total: the sum over its rows)
   * @param warnings its WARNING findings (likewise)
   * @param excluded whether the unit's report is left out of the totals
   * @param reports how many reports the row counts
   * @param figures the key indicators' figures, by id
   */
  public record Row(Kind kind, String groupCode, String groupName, String code, String name, Optional<String> source,
      Optional<LocalDate> issueDate, boolean late, long errors, long warnings, boolean excluded, long reports,
      Map<String, Figure> figures) {
    /**
     * Checks that no component is null.
     *
     * @param kind the record's kind
     * @param groupCode the record's groupCode
     * @param groupName the record's groupName
     * @param code the record's code
     * @param name the record's name
     * @param source the record's source
     * @param issueDate the record's issueDate
     * @param late the record's late
     * @param errors the record's errors
     * @param warnings the record's warnings
     * @param excluded the record's excluded
     * @param reports the record's reports
     * @param figures the record's figures
     * @throws NullPointerException naming the component that is null
     */
    public Row {
      java.util.Objects.requireNonNull(kind, "kind");
      java.util.Objects.requireNonNull(groupCode, "groupCode");
      java.util.Objects.requireNonNull(groupName, "groupName");
      java.util.Objects.requireNonNull(code, "code");
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(source, "source");
      java.util.Objects.requireNonNull(issueDate, "issueDate");
      java.util.Objects.requireNonNull(figures, "figures");
    }
  }

  /**
   * The rows.
   *
   * @param in the input
   * @return group total, its units, next group…, then the grand total
   */
  public static List<Row> rows(AggregateInput in) {
    List<Row> out = new ArrayList<>();
    long errors = 0;
    long warnings = 0;
    for (UnitGroup g : in.table().groups()) {
      long ge = g.rows().stream().mapToLong(UnitRow::errors).sum();
      long gw = g.rows().stream().mapToLong(UnitRow::warnings).sum();
      errors += ge;
      warnings += gw;
      out.add(new Row(Kind.GROUP_TOTAL, g.unit().code(), g.unit().name(), g.unit().code(), "Tổng " + g.unit().name(),
          Optional.empty(), Optional.empty(), false, ge, gw, false, g.total().reports(), figures(in, g.total())));
      for (UnitRow r : g.rows()) {
        out.add(new Row(Kind.UNIT, g.unit().code(), g.unit().name(), r.unit().code(), r.unit().name(),
            Optional.of(r.source()), r.issueDate(), r.late(), r.errors(), r.warnings(), r.excluded(), 1,
            figures(in, r.values())));
      }
    }
    out.add(new Row(Kind.TOTAL, "", "", "", "Tổng cộng", Optional.empty(), Optional.empty(), false, errors, warnings,
        false, in.table().total().reports(), figures(in, in.table().total())));
    return List.copyOf(out);
  }

  private static Map<String, Figure> figures(AggregateInput in, Aggregate a) {
    Map<String, Figure> m = new LinkedHashMap<>();
    for (String id : in.indicators()) {
      m.put(id, Figure.of(a.value(id)));
    }
    return m;
  }

  /** The keys of the fixed columns' names in the labels' bundle ({@code aggregate.header.*}), in column order. */
  static final List<String> FIXED_KEYS = List.of("row-kind", "group-code", "group", "unit-code", "unit", "report",
      "issue-date", "late", "errors", "warnings", "excluded", "reports");

  /**
   * The fixed columns before the indicators, as the CSV names them: in Vietnamese, the same in every language, so
   * that a pipeline reading the CSV does not depend on {@code --lang} ({@link #fixedHeader(Locale)} for Vietnamese).
   *
   * @return the column names
   */
  public static List<String> fixedHeader() {
    return fixedHeader(VIETNAMESE);
  }

  /**
   * The fixed columns before the indicators, named for people in a language (the XLSX workbook).
   *
   * @param language the language
   * @return the column names: "Loại dòng", "Mã nhóm", … / "Row", "Group code", …
   */
  public static List<String> fixedHeader(Locale language) {
    java.util.Objects.requireNonNull(language, "language");
    return FIXED_KEYS.stream().map(k -> RenderTexts.message("aggregate.header." + k).format(language)).toList();
  }

  /**
   * The three column labels of an indicator: numerator, denominator, figure; as the CSV names them, in
   * Vietnamese whatever the language ({@link #indicatorHeader(AggregateInput, String, Locale)} for Vietnamese).
   *
   * @param in the input
   * @param id the indicator
   * @return the labels
   */
  public static List<String> indicatorHeader(AggregateInput in, String id) {
    return indicatorHeader(in, id, VIETNAMESE);
  }

  /**
   * The three column labels of an indicator — numerator, denominator, figure — in a language: "3.2.4 … — tử số" /
   * "3.2.4 … — numerator"; the indicator's label is the catalogue's, the same in every language.
   *
   * @param in the input
   * @param id the indicator
   * @param language the language
   * @return the labels
   */
  public static List<String> indicatorHeader(AggregateInput in, String id, Locale language) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(language, "language");
    String label = id + " " + in.label(id);
    boolean ratio = in.catalogue().indicator(id)
        .map(d -> d.kind() == vn.cchc.model.catalogue.IndicatorKind.PERCENTAGE).orElse(false);
    return List.of(RenderTexts.message("aggregate.header.numerator", label).format(language),
        RenderTexts.message("aggregate.header.denominator", label).format(language),
        RenderTexts.message(ratio ? "aggregate.header.ratio" : "aggregate.header.figure", label).format(language));
  }

  /**
   * A row's name for people in a language: a unit's name as the registry writes it; "Tổng Huyện Võ Nhai" /
   * "Total Huyện Võ Nhai" for a group's total; "Tổng cộng" / "Grand total" for the grand total.
   * {@link Row#name()} is the Vietnamese.
   *
   * @param row the row
   * @param language the language
   * @return the name
   */
  public static String name(Row row, Locale language) {
    java.util.Objects.requireNonNull(row, "row");
    java.util.Objects.requireNonNull(language, "language");
    switch (row.kind()) {
      case GROUP_TOTAL:
        return RenderTexts.message("aggregate.name.group-total", row.groupName()).format(language);
      case TOTAL:
        return RenderTexts.message("aggregate.name.total").format(language);
      default:
        return row.name();
    }
  }

  /**
   * A period as Vietnamese write it: "quý I năm 2024", "6 tháng đầu năm 2024", "năm 2024".
   *
   * @param p the period
   * @return the label
   */
  public static String periodLabel(ReportingPeriod p) {
    switch (p.kind()) {
      case QUARTER:
        return "quý " + roman(p.index()) + " năm " + p.year();
      case MONTH:
        return "tháng " + p.index() + " năm " + p.year();
      case SIX_MONTHS:
        return "6 tháng " + (p.index() == 1 ? "đầu" : "cuối") + " năm " + p.year();
      case NINE_MONTHS:
        return "9 tháng năm " + p.year();
      default:
        return "năm " + p.year();
    }
  }

  /**
   * A short period label for chart axes: "Q1/2024", "T3/2024", "2024".
   *
   * @param p the period
   * @return the label
   */
  public static String shortPeriod(ReportingPeriod p) {
    if (p.kind() == PeriodKind.QUARTER) {
      return "Q" + p.index() + "/" + p.year();
    }
    if (p.kind() == PeriodKind.MONTH) {
      return "T" + p.index() + "/" + p.year();
    }
    if (p.kind() == PeriodKind.SIX_MONTHS) {
      return "6T" + p.index() + "/" + p.year();
    }
    return (p.kind() == PeriodKind.NINE_MONTHS ? "9T/" : "") + p.year();
  }

  /**
   * A short period label for chart axes, in a language: "Q1/2024", "T3/2024" (tháng), "6T1/2024" in Vietnamese;
   * "Q1/2024", "M3/2024", "H1/2024" in English.
   *
   * @param p the period
   * @param language the language
   * @return the label
   */
  public static String shortPeriod(ReportingPeriod p, Locale language) {
    java.util.Objects.requireNonNull(p, "p");
    java.util.Objects.requireNonNull(language, "language");
    String kind = switch (p.kind()) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case SIX_MONTHS -> "six-months";
      case NINE_MONTHS -> "nine-months";
      default -> "year";
    };
    // the index and the year as text: a year is never grouped ("2024", not "2.024")
    return RenderTexts.message("aggregate.period." + kind, Integer.toString(p.index()), Integer.toString(p.year()))
        .format(language);
  }

  private static String roman(int i) {
    return new String[] {"I", "II", "III", "IV"}[i - 1];
  }
}
