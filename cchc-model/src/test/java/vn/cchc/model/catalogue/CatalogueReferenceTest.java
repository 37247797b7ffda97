package vn.cchc.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Unit;

/**
 * docs/catalogue.md is generated from {@link Catalogues#bundled()}: this test fails when the committed
 * file is stale, and checks that the generator keeps every indicator, label and child, and that no
 * label can break a table.
 */
class CatalogueReferenceTest {
  private static final Path DOC = Path.of("..", "docs", "catalogue.md");

  @Test
  void theCommittedReferenceIsUpToDate() throws IOException {
    String fresh = CatalogueReference.markdown(Catalogues.bundled());
    if (Boolean.getBoolean("cchc.docs.write")) {
      Files.writeString(DOC, fresh, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    if (!committed.equals(fresh)) {
      fail("docs/catalogue.md is stale: it no longer matches the bundled catalogue (first difference at line "
          + firstDifferentLine(committed, fresh) + "). Regenerate it from the project root with\n  "
          + CatalogueReference.REGENERATE + "\nand commit the result.");
    }
  }

  @Test
  void everyIndicatorHasOneRowWithItsLabelExactlyAsWritten() {
    Catalogue catalogue = Catalogues.bundled();
    String md = CatalogueReference.markdown(catalogue);
    for (IndicatorDefinition d : catalogue.indicators()) {
      List<String> rows = rows(md).stream().filter(r -> r.startsWith("| `" + d.id() + "` |")).collect(Collectors.toList());
      assertThat(rows).as(d.id()).hasSize(1);
      assertThat(Normalizer.isNormalized(d.label(), Normalizer.Form.NFC)).as(d.id()).isTrue();
      assertThat(cells(rows.get(0)).get(2)).as(d.id()).isEqualTo(CatalogueReference.cell(d.label()));
      assertThat(cells(rows.get(0)).get(4)).as(d.id()).isEqualTo(d.kind().name());
    }
  }

  @Test
  void everyParentListsItsChildrenWithTheirRoles() {
    Catalogue catalogue = Catalogues.bundled();
    String md = CatalogueReference.markdown(catalogue);
    long parents = 0;
    for (IndicatorDefinition d : catalogue.indicators()) {
      List<IndicatorDefinition> kids = catalogue.children(d.id());
      String row = rows(md).stream().filter(r -> r.startsWith("| `" + d.id() + "` |")).findFirst().orElseThrow();
      String childrenCell = cells(row).get(8);
      assertThat(childrenCell.isEmpty()).as(d.id()).isEqualTo(kids.isEmpty());
      for (IndicatorDefinition k : kids) {
        assertThat(childrenCell).as(d.id()).contains("`" + k.id() + "`" + k.role().map(r -> " " + r.name()).orElse(""));
      }
      parents += kids.isEmpty() ? 0 : 1;
    }
    assertThat(parents).as("the bundled catalogue has ratios and breakdowns").isPositive();
  }

  @Test
  void everyCodeListAndAnswerIsListed() {
    String md = CatalogueReference.markdown(Catalogues.bundled());
    assertThat(Catalogues.bundled().codeLists()).hasSize(5);
    for (CodeList list : Catalogues.bundled().codeLists()) {
      assertThat(md).contains("| `" + list.id() + "` | " + CatalogueReference.cell(list.asWritten()) + " |");
      list.entries().forEach(a -> assertThat(md).contains(CatalogueReference.answer(a)));
    }
  }

  @Test
  void aLabelWithPipesBackslashesOrLineBreaksCannotBreakTheTable() {
    String label = "Số hồ sơ | đã giải quyết \\ trong kỳ\nTrong đó | đúng hạn";
    IndicatorDefinition group = IndicatorDefinition.builder().id("1").code("1").label("Nhóm | một")
        .kind(IndicatorKind.GROUP).levels(Set.of(AdministrativeLevel.COMMUNE)).build();
    IndicatorDefinition count = IndicatorDefinition.builder().id("1.1").code("1.1").label(label)
        .unit(Unit.DOSSIER).kind(IndicatorKind.COUNT).levels(Set.of(AdministrativeLevel.COMMUNE)).parentId("1").build();
    Catalogue catalogue = Catalogue.builder().id("thu").title("Thử | nghiệm").validFrom(LocalDate.of(2024, 1, 1))
        .addIndicators(group, count).build();

    String md = CatalogueReference.markdown(catalogue);

    for (String row : rows(md)) {
      assertThat(unescapedPipes(row)).as(row).isEqualTo(cells(md.lines().filter(l -> l.startsWith("| id | code |"))
          .findFirst().orElseThrow()).size() + 1);
    }
    String row = rows(md).stream().filter(r -> r.startsWith("| `1.1` |")).findFirst().orElseThrow();
    assertThat(unescape(cells(row).get(2))).isEqualTo(label.replace("\n", "<br>"));
    assertThat(cells(row).get(5)).isEqualTo("COMMUNE");
  }

  /** The rows of the indicator tables (everything under "## Indicators" but headers and rules). */
  private static List<String> rows(String md) {
    return md.substring(md.indexOf("\n## Indicators\n")).lines().filter(l -> l.startsWith("| `")).collect(Collectors.toList());
  }

  /** Splits a row on unescaped pipes, trimming each cell. */
  private static List<String> cells(String row) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        cur.append(c).append(row.charAt(++i));
      } else if (c == '|') {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    return out;
  }

  private static long unescapedPipes(String row) {
    long n = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }

  private static String unescape(String cell) {
    return cell.replaceAll("\\\\(.)", "$1");
  }

  private static int firstDifferentLine(String a, String b) {
    List<String> x = a.lines().collect(Collectors.toList());
    List<String> y = b.lines().collect(Collectors.toList());
    int i = 0;
    while (i < x.size() && i < y.size() && x.get(i).equals(y.get(i))) {
      i++;
    }
    return i + 1;
  }
}
