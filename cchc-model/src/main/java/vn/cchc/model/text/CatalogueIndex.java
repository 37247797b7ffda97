package vn.cchc.model.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;

/** A catalogue with its codes and normalised labels looked up once per reader. Internal. */
final class CatalogueIndex {
  final Catalogue catalogue;
  private final Map<String, IndicatorDefinition> byCode = new HashMap<>();
  /** A code followed by one dot ("1.2."), as the template's STT column writes it, to the same indicator. */
  private final Map<String, IndicatorDefinition> byWrittenCode = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, CodeList> codeLists = new HashMap<>();

  CatalogueIndex(Catalogue catalogue) {
    this.catalogue = catalogue;
    for (IndicatorDefinition d : catalogue.indicators()) {
      d.code().ifPresent(c -> byCode.putIfAbsent(c, d));
      labels.put(d.id(), Texts.normalise(d.label()));
    }
    byCode.forEach((c, d) -> {
      if (!c.endsWith(".") && c.equals(c.strip())) {
        byWrittenCode.put(c + ".", d); // what byCode finds for c + "." by stripping the dot
      }
    });
    for (CodeList l : catalogue.codeLists()) {
      codeLists.put(l.id(), l);
    }
  }

  /** {@return the code list of a coded indicator; the catalogue guarantees it is declared} */
  CodeList codeList(IndicatorDefinition coded) {
    return codeLists.get(coded.codeListId().orElseThrow());
  }

  /** Like {@link Catalogue#byCode}: the code with or without trailing dots. */
  Optional<IndicatorDefinition> byCode(String code) {
    IndicatorDefinition written = byWrittenCode.get(code); // "1.2." as rows write it: no copy without the dot
    if (written != null) {
      return Optional.of(written);
    }
    String c = code.strip();
    while (c.endsWith(".")) {
      c = c.substring(0, c.length() - 1);
    }
    return Optional.ofNullable(byCode.get(c));
  }

  String normalisedLabel(IndicatorDefinition d) {
    return labels.get(d.id());
  }
}
