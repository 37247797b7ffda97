package vn.cchc.render.office.internal;

import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.render.Language;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.rules.Finding;

/** How findings are written in a cell, as the light formats write them. */
final class Rows {
  private Rows() {}

  static String finding(Finding f, Language l) {
    return "[" + RenderTexts.severity(f.severity(), l) + "] " + f.message(l.locale()) + " (" + f.ruleId() + ")";
  }

  static String findingsText(List<Finding> fs, Language l) {
    return fs.stream().map(f -> finding(f, l)).collect(Collectors.joining("; "));
  }
}
