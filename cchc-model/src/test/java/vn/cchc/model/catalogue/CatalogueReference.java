package vn.cchc.model.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Unit;

/**
 * Renders the Markdown reference of a catalogue (docs/catalogue.md): every code list and every
 * indicator with its id, code, label, unit, kind, levels, parent, role and children. Labels are
 * written exactly as in the catalogue; only what a GitHub-flavoured Markdown table cell needs escaped
 * is escaped. Deterministic: the same catalogue always gives the same text.
 */
final class CatalogueReference {
  /** How to regenerate the committed reference; printed by the staleness test. */
  static final String REGENERATE = "mvn -B -pl cchc-model -am test -Dtest=CatalogueReferenceTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dcchc.docs.write=true";

  private CatalogueReference() {}

  static String markdown(Catalogue catalogue) {
    List<IndicatorDefinition> all = catalogue.indicators();
    StringBuilder md = new StringBuilder();
    md.append("# Indicator catalogue `").append(catalogue.id()).append("`\n\n");
    md.append("<!-- Generated from the bundled catalogue by CatalogueReference (cchc-model tests). Do not edit by hand;\n")
        .append("     regenerate with: ").append(REGENERATE).append(" -->\n\n");
    md.append("**").append(inline(catalogue.title())).append("**\n\n");
    md.append("Version ").append(catalogue.version()).append(", valid from ").append(catalogue.validFrom());
    catalogue.validTo().ifPresentOrElse(to -> md.append(" to ").append(to), () -> md.append(", no end date"));
    md.append(", for reports of ").append(catalogue.servedLevels().stream().map(Enum::name).collect(Collectors.joining(", ")))
        .append(" level");
    md.append(". ").append(all.size()).append(" indicators: ")
        .append(all.stream().filter(d -> d.code().isPresent()).count())
        .append(" numbered rows of the appendix and ")
        .append(all.stream().filter(d -> d.code().isEmpty()).count())
        .append(" unnumbered \"Trong đó\" children.\n\n");
    md.append("In Java: `Catalogues.bundled()`. The JSON it is read from: [json-format.md](json-format.md),\n")
        .append("[catalogue.schema.json](catalogue.schema.json); `cchc catalogue export` writes it. Terms: [glossary.md](glossary.md).\n\n");
    md.append("## The catalogue is data\n\n");
    md.append("Everything below is read from the catalogue's JSON; nothing is inferred from the wording of a label, and a\n")
        .append("province's variant changes any of it without Java code: its own code lists (`codeLists`), how each\n")
        .append("indicator rolls up (`aggregation`), the constraints on its value (`notAbove`, `range`; parts of a whole\n")
        .append("are `PART` children), its version, validity and the levels it serves. How to write a variant, choose a\n")
        .append("catalogue by period, compare and map two versions, and what a catalogue after the 2025 two-level reform\n")
        .append("must change: [catalogue-variants.md](catalogue-variants.md).\n\n");

    md.append("## Columns\n\n");
    md.append("| column | meaning |\n|---|---|\n");
    md.append("| id | `IndicatorDefinition.id()`: the key used by values, findings and roll-ups |\n");
    md.append("| code | the number printed in the appendix's STT column; empty for \"Trong đó\" children |\n");
    md.append("| label | the official Vietnamese wording (`label()`), exactly as written |\n");
    md.append("| unit | the unit cell (`unit()`); for coded rows, the code list written in that cell |\n");
    md.append("| kind | `IndicatorKind`: ").append(enumNames(IndicatorKind.class)).append(" |\n");
    md.append("| levels | the administrative levels that report the row (`AdministrativeLevel`); *all* = ")
        .append(enumNames(AdministrativeLevel.class)).append(" |\n");
    md.append("| parent | `parentId()` |\n");
    md.append("| role | `ChildRole` under the parent: ").append(enumNames(ChildRole.class)).append(" |\n");
    md.append("| children | the rows whose parent this is, with their roles |\n");
    md.append("| aggregation | how it rolls up (`Catalogue.aggregation`): ").append(enumNames(Aggregation.class))
        .append("; a stock (\"tại thời điểm báo cáo\", \"lũy kế\") is `LATEST` |\n");
    md.append("| constraints | `≤ id`: may not exceed that indicator (`notAbove`); `[min, max]`: its declared `range` |\n\n");

    md.append("## Code lists\n\n");
    md.append("Code lists are catalogue data (`Catalogue.codeLists()`): a variant declares its own in its JSON.\n\n");
    md.append("| code list | as written in the unit cell | answers (code: label) |\n|---|---|---|\n");
    for (CodeList list : catalogue.codeLists()) {
      md.append("| `").append(list.id()).append("` | ").append(cell(list.asWritten())).append(" | ")
          .append(list.entries().stream().map(CatalogueReference::answer).collect(Collectors.joining("; ")))
          .append(" |\n");
    }

    md.append("\n## Indicators\n");
    for (IndicatorDefinition top : all) {
      if (top.parentId().isPresent()) {
        continue;
      }
      md.append("\n### ").append(top.code().map(c -> c + ". ").orElse("")).append(inline(top.label())).append("\n\n");
      md.append("| id | code | label | unit | kind | levels | parent | role | children | aggregation | constraints |\n");
      md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
      appendTree(md, catalogue, top);
    }
    return md.toString();
  }

  private static void appendTree(StringBuilder md, Catalogue catalogue, IndicatorDefinition d) {
    md.append("| `").append(cell(d.id())).append("` | ")
        .append(d.code().map(CatalogueReference::cell).orElse("")).append(" | ")
        .append(cell(d.label())).append(" | ")
        .append(unit(catalogue, d)).append(" | ")
        .append(d.kind().name()).append(" | ")
        .append(levels(d.levels())).append(" | ")
        .append(d.parentId().map(p -> "`" + cell(p) + "`").orElse("")).append(" | ")
        .append(d.role().map(Enum::name).orElse("")).append(" | ")
        .append(children(catalogue.children(d.id()))).append(" | ")
        .append(catalogue.aggregation(d).name()).append(" | ")
        .append(constraints(d)).append(" |\n");
    for (IndicatorDefinition child : catalogue.children(d.id())) {
      appendTree(md, catalogue, child);
    }
  }

  private static String unit(Catalogue catalogue, IndicatorDefinition d) {
    Optional<CodeList> list = catalogue.codeListOf(d);
    if (list.isPresent()) {
      return "`" + list.get().id() + "`: " + cell(list.get().asWritten());
    }
    return d.unit().map(Unit::label).map(CatalogueReference::cell).orElse("");
  }

  private static String constraints(IndicatorDefinition d) {
    List<String> out = new java.util.ArrayList<>();
    d.notAbove().forEach(id -> out.add("≤ `" + cell(id) + "`"));
    d.range().ifPresent(r -> out.add("[" + r.min().map(java.math.BigDecimal::toPlainString).orElse("…") + ", "
        + r.max().map(java.math.BigDecimal::toPlainString).orElse("…") + "]"));
    return String.join("<br>", out);
  }

  private static String levels(Set<AdministrativeLevel> levels) {
    if (levels.equals(EnumSet.allOf(AdministrativeLevel.class))) {
      return "*all*";
    }
    return EnumSet.copyOf(levels).stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String children(List<IndicatorDefinition> kids) {
    return kids.stream()
        .map(k -> "`" + cell(k.id()) + "`" + k.role().map(r -> " " + r.name()).orElse(""))
        .collect(Collectors.joining("<br>"));
  }

  private static <E extends Enum<E>> String enumNames(Class<E> type) {
    return EnumSet.allOf(type).stream().map(e -> "`" + e.name() + "`").collect(Collectors.joining(", "));
  }

  static String answer(CodeListEntry answer) {
    return answer.code() + ": " + cell(answer.label());
  }

  /** A table cell: "|" would end the cell and a line break the row; "\" escapes, so it is escaped too. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
  }

  /** Text in a heading or paragraph: a line break would end it. */
  private static String inline(String text) {
    return text.replace("\r\n", " ").replace("\n", " ");
  }
}
