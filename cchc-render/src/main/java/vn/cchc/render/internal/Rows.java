package vn.cchc.render.internal;

import java.util.Locale;
import java.util.List;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.Label;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.Finding;

/** What the text formats (plain text, Markdown) show for the appendix: the columns, and each row's cells. */
final class Rows {
  private Rows() {}

  /** The appendix columns of the text formats, in display order. */
  enum Column {
    CODE(Label.CODE, false), INDICATOR(Label.INDICATOR, false), UNIT(Label.UNIT, false), VALUE(Label.VALUE, true),
    DERIVED(Label.DERIVED, true), NOTE(Label.NOTE, false), FINDINGS(Label.FINDINGS, false);

    private final Label label;
    private final boolean numeric;

    Column(Label label, boolean numeric) {
      this.label = label;
      this.numeric = numeric;
    }

    String header(Locale l) {
      return label.text(l);
    }

    /** True for columns of figures, aligned to the right. */
    boolean numeric() {
      return numeric;
    }
  }

  /** The columns shown: derived values and findings only when asked for and present. */
  static List<Column> columns(RenderInput in, RenderOptions o) {
    List<Column> cols = new java.util.ArrayList<>(List.of(Column.CODE, Column.INDICATOR, Column.UNIT, Column.VALUE));
    if (o.includeDerived() && !in.derivedValues().isEmpty()) {
      cols.add(Column.DERIVED);
    }
    cols.add(Column.NOTE);
    if (o.includeFindings() && !in.findings().isEmpty()) {
      cols.add(Column.FINDINGS);
    }
    return cols;
  }

  /** The plain text of one cell; the formats escape it and mark child rows their own way. */
  static String cell(Column c, RenderInput in, AppendixEntry e, RenderOptions o) {
    switch (c) {
      case CODE: return code(e);
      case INDICATOR: return e.label();
      case UNIT: return e.unitAsWritten();
      case VALUE: return RenderTexts.value(e.value(), in.catalogue());
      case DERIVED: return derived(in, e, o);
      case NOTE: return e.note().orElse("");
      case FINDINGS: return RenderTexts.findings(findings(in, e, o), o.locale());
      default: throw new IllegalStateException("column " + c);
    }
  }

  static String code(AppendixEntry e) {
    return e.codeAsWritten().orElse("");
  }

  /** True for a "Trong đó" child row (no code of its own, or a role in the catalogue). */
  static boolean isChild(RenderInput in, AppendixEntry e) {
    return e.codeAsWritten().isEmpty()
        || in.indicator(e.indicatorId()).flatMap(IndicatorDefinition::role).isPresent();
  }

  static String derived(RenderInput in, AppendixEntry e, RenderOptions o) {
    if (!o.includeDerived()) {
      return "";
    }
    return in.derivedFor(e.indicatorId()).map(d -> RenderTexts.derived(d, 1, o.locale())).orElse("");
  }

  static List<Finding> findings(RenderInput in, AppendixEntry e, RenderOptions o) {
    return o.includeFindings() ? in.findingsFor(e.indicatorId()) : List.of();
  }
}
