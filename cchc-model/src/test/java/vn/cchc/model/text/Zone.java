package vn.cchc.model.text;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.catalogue.Catalogues;

/** Builds a read context for one zone reader, and lists its problems as "line:column KIND SEVERITY". */
final class Zone {
  private static final CatalogueIndex INDEX = new CatalogueIndex(Catalogues.bundled());

  private Zone() {}

  static ReadContext ctx(String... lines) {
    return new ReadContext(INDEX, new ArrayList<>(List.of(lines)));
  }

  /** {@return every problem recorded so far as "line:column KIND SEVERITY", in the order found} */
  static List<String> problems(ReadContext ctx) {
    List<String> out = new ArrayList<>();
    for (ReadProblem p : ctx.problems()) {
      out.add(p.location() + " " + p.kind() + " " + p.severity());
    }
    return out;
  }
}
