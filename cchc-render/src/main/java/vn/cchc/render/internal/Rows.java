package vn.cchc.render.internal;

import java.util.List;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.Finding;

/** What the text formats show for one appendix row. */
final class Rows {
  private Rows() {}

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
    return in.derivedFor(e.indicatorId()).map(d -> RenderTexts.derived(d, 1, o.language())).orElse("");
  }

  static List<Finding> findings(RenderInput in, AppendixEntry e, RenderOptions o) {
    return o.includeFindings() ? in.findingsFor(e.indicatorId()) : List.of();
  }
}
