package vn.cchc.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.json.CchcJsonException;
import vn.cchc.model.json.JsonReadLimits;

/** The bundled catalogue against the fixture's appendix, row by row; user catalogues; invalid catalogues. */
class BundledCatalogueTest {
  static final Catalogue CATALOGUE = Catalogues.bundled();

  /** The fixture's appendix data rows, cells split at tabs with markup removed: an independent scan of the text. */
  static List<String[]> fixtureRows() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    int start = lines.indexOf("PHỤ LỤC");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      String[] cells = line.replaceAll("</?i>", "").split("\t", -1);
      boolean header = cells[0].equals("STT") || (cells.length > 2 && cells[2].equals("Đơn vị tính"));
      if (line.contains("\t") && !header) {
        rows.add(Stream.of(cells).map(String::strip).toArray(String[]::new));
      }
    }
    return rows;
  }

  @Test
  void identity() {
    assertThat(CATALOGUE.id()).isEqualTo(Catalogues.CCHC_2024);
    assertThat(CATALOGUE.title()).isNotBlank();
    assertThat(CATALOGUE.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(CATALOGUE.validTo()).isEmpty();
  }

  @Test
  void oneIndicatorPerFixtureRowInTemplateOrder() throws IOException {
    List<String[]> rows = fixtureRows();
    assertThat(rows).hasSize(121);
    assertThat(CATALOGUE.indicators()).hasSize(rows.size());
    String lastCode = null;
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      IndicatorDefinition d = CATALOGUE.indicators().get(i);
      assertThat(d.label()).as("row %d", i).isEqualTo(row[1]);
      boolean coded = row[0].matches("\\d+(\\.\\d+)*\\.?");
      if (coded) {
        lastCode = row[0].replaceAll("\\.$", "");
        assertThat(d.code()).contains(lastCode);
        assertThat(d.id()).isEqualTo(lastCode);
        assertThat(d.role()).isEmpty();
      } else {
        assertThat(row[0]).isIn("Trong đó", "Trong", "đó", "");
        assertThat(d.code()).isEmpty();
        assertThat(d.parentId()).as(d.id()).contains(lastCode);
        assertThat(d.role()).as(d.id()).isPresent();
      }
      // the unit cell decides the kind
      String unit = row[2];
      Optional<String> list = CATALOGUE.codeLists().stream().filter(l -> l.matches(unit)).map(CodeList::id).findFirst();
      if (list.isPresent()) {
        assertThat(d.kind()).isEqualTo(IndicatorKind.CODED);
        assertThat(d.codeListId()).isEqualTo(list);
        assertThat(d.unit()).isEmpty();
      } else if (unit.isEmpty()) {
        assertThat(d.kind()).as(d.id()).isEqualTo(IndicatorKind.GROUP);
        assertThat(CATALOGUE.children(d.id())).as(d.id()).isNotEmpty();
      } else {
        assertThat(d.unit().map(Unit::label)).as(d.id()).contains(unit);
        assertThat(d.unit()).isEqualTo(Unit.standard(unit));
        IndicatorKind expected = switch (d.unit().get().kind()) {
          case PERCENTAGE -> IndicatorKind.PERCENTAGE;
          case MONEY -> IndicatorKind.MONEY;
          case COUNT, NONE -> IndicatorKind.COUNT;
        };
        assertThat(d.kind()).as(d.id()).isEqualTo(expected);
      }
    }
  }

  @Test
  void idsParentsAndRoles() {
    Set<String> seen = new HashSet<>();
    for (IndicatorDefinition d : CATALOGUE.indicators()) {
      assertThat(seen.add(d.id())).as("unique id %s", d.id()).isTrue();
      assertThat(Normalizer.isNormalized(d.label(), Normalizer.Form.NFC)).isTrue();
      assertThat(d.label()).doesNotContain("<", ">").doesNotStartWith(" ").doesNotEndWith(" ");
      if (d.code().isPresent()) {
        String code = d.code().get();
        Optional<String> expectedParent = Optional.empty();
        for (int cut = code.lastIndexOf('.'); cut > 0; cut = code.lastIndexOf('.', cut - 1)) {
          if (seen.contains(code.substring(0, cut))) {
            expectedParent = Optional.of(code.substring(0, cut));
            break;
          }
        }
        assertThat(d.parentId()).as(d.id()).isEqualTo(expectedParent);
      } else {
        String parent = d.parentId().orElseThrow();
        assertThat(seen).contains(parent);
        ChildRole role = d.role().orElseThrow();
        List<IndicatorDefinition> sameRole = CATALOGUE.children(parent).stream()
            .filter(c -> c.role().equals(Optional.of(role))).collect(Collectors.toList());
        String base = parent + "/" + role.name().toLowerCase(java.util.Locale.ROOT);
        String expectedId = role == ChildRole.PART || role == ChildRole.DETAIL
            ? base + "-" + (sameRole.indexOf(d) + 1) : base;
        assertThat(d.id()).isEqualTo(expectedId);
        IndicatorDefinition p = CATALOGUE.indicator(parent).orElseThrow();
        assertThat(p.levels()).containsAll(d.levels());
      }
    }
    assertThat(CATALOGUE.indicators().stream().filter(d -> d.parentId().isEmpty()).map(IndicatorDefinition::id))
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
  }

  /** The roles chosen from the labels (see docs/catalogue-levels.md for the rules). */
  @ParameterizedTest
  @CsvSource({
      "1.1, DENOMINATOR, NUMERATOR,", "1.2.3, DENOMINATOR, NUMERATOR,", "2.4, DENOMINATOR, NUMERATOR,",
      "3.1.3, PART, PART,", "3.2.1, DENOMINATOR, NUMERATOR, DETAIL", "3.2.2, DENOMINATOR, NUMERATOR, DETAIL",
      "3.2.3, DENOMINATOR, NUMERATOR,", "3.2.4, DENOMINATOR, NUMERATOR,", "3.2.5, DENOMINATOR, NUMERATOR,",
      "3.4.1, DENOMINATOR, NUMERATOR,", "3.4.2, DENOMINATOR, NUMERATOR,", "4.1.5, DETAIL, DETAIL,", "5.4, PART, PART,",
      "6.1, DENOMINATOR, NUMERATOR,", "6.2.4, PART, PART, PART", "7.5.2, PART, PART,"})
  void childRoles(String parent, ChildRole r1, ChildRole r2, String r3) {
    List<ChildRole> expected = new ArrayList<>(List.of(r1, r2));
    if (r3 != null) {
      expected.add(ChildRole.valueOf(r3));
    }
    assertThat(CATALOGUE.children(parent).stream().filter(c -> c.code().isEmpty()).map(c -> c.role().orElseThrow()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void theSameChildLabelUnderTwoParentsIsTwoIndicators() {
    assertThat(CATALOGUE.indicator("3.2.1/denominator").orElseThrow().label())
        .isEqualTo(CATALOGUE.indicator("3.2.2/denominator").orElseThrow().label()).isEqualTo("Tổng số TTHC đủ điều kiện");
  }

  @Test
  void templateQuirksAreRecordedAsWritten() {
    IndicatorDefinition d752 = CATALOGUE.indicator("7.5.2").orElseThrow();
    assertThat(d752.label()).startsWith("Tỷ lệ");
    assertThat(d752.unit()).contains(Unit.DOCUMENT);
    assertThat(d752.kind()).isEqualTo(IndicatorKind.COUNT);
    IndicatorDefinition d22 = CATALOGUE.indicator("2.2").orElseThrow();
    assertThat(d22.unit()).contains(Unit.NOT_APPLICABLE);
    assertThat(d22.kind()).isEqualTo(IndicatorKind.COUNT);
    assertThat(CATALOGUE.indicator("6.1/numerator").orElseThrow().unit().orElseThrow().kind()).isEqualTo(UnitKind.MONEY);
  }

  @Test
  void levelsAreRestrictedOnlyWhereDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "catalogue-levels.md"));
    Set<String> notCommune = new HashSet<>();
    for (IndicatorDefinition d : CATALOGUE.indicators()) {
      assertThat(d.levels()).as(d.id()).contains(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT);
      if (!d.levels().contains(AdministrativeLevel.COMMUNE)) {
        notCommune.add(d.id());
        if (d.code().isPresent()) {
          assertThat(doc).as("docs/catalogue-levels.md justifies %s", d.id()).contains("| " + d.id() + " |");
        }
      }
    }
    assertThat(notCommune).containsExactlyInAnyOrder("1.2.1", "1.2.2", "2.2", "3.4.1", "3.4.1/denominator",
        "3.4.1/numerator", "4.1.1", "4.1.5", "4.1.5/detail-1", "4.1.5/detail-2", "5.3", "7.6.1");
    assertThat(CATALOGUE.forLevel(AdministrativeLevel.COMMUNE)).hasSize(121 - notCommune.size());
  }

  static Stream<CchcJson> codecs() {
    return Stream.of(CchcJson.jackson2(JsonReadLimits.defaults()), CchcJson.jackson3(JsonReadLimits.defaults()));
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void writesAndReadsBackEqualUnderBothJacksonLines(CchcJson json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeCatalogue(CATALOGUE, out);
    assertThat(json.readCatalogue(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(CATALOGUE);
  }

  private static InputStream resource(String name) {
    return BundledCatalogueTest.class.getResourceAsStream("/vn/cchc/model/catalogue/" + name);
  }

  @Test
  void aUserCatalogueLoadsTheSameWay() throws IOException {
    Catalogue province;
    try (InputStream in = resource("province-variant.json")) {
      province = Catalogues.read(in);
    }
    assertThat(province.id()).isEqualTo("thai-nguyen-2025");
    assertThat(province.validTo()).contains(LocalDate.of(2025, 12, 31));
    assertThat(province.indicators()).hasSize(7);
    assertThat(province.indicator("1.9").orElseThrow().unit().orElseThrow().label()).isEqualTo("Buổi");
    assertThat(province.indicator("1.10").orElseThrow().unit().orElseThrow().powerOfTen()).isEqualTo(3);
    assertThat(province.child("1.1", ChildRole.NUMERATOR).map(IndicatorDefinition::id)).contains("1.1/numerator");
    assertThat(province.forLevel(AdministrativeLevel.DISTRICT)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "invalid-missing-parent.json, 1.1",
      "invalid-duplicate-id.json, 2.1",
      "invalid-numerator-without-denominator.json, 6.1"})
  void anInvalidCatalogueFailsNamingTheIndicator(String file, String indicator) {
    assertThatThrownBy(() -> {
      try (InputStream in = resource(file)) {
        Catalogues.read(in);
      }
    }).isInstanceOf(CchcJsonException.class).hasMessageContaining("indicator")
        .hasMessageContaining(" " + indicator + " ");
  }

  @Test
  void theBundledJsonIsUtf8Nfc() throws IOException {
    try (InputStream in = Catalogues.class.getResourceAsStream("/vn/cchc/model/catalogue/cchc-2024.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(Normalizer.isNormalized(json, Normalizer.Form.NFC)).isTrue();
    }
    assertThat(EnumSet.copyOf(CATALOGUE.indicators().stream().map(IndicatorDefinition::kind).collect(Collectors.toSet())))
        .containsExactlyInAnyOrder(IndicatorKind.values());
  }

  @Test
  void theTypedEnumsAreViewsOfTheBundledCodeLists() {
    List<List<? extends vn.cchc.model.Coded>> enums = List.of(List.of(vn.cchc.model.YesNo.values()),
        List.of(vn.cchc.model.Completion.values()), List.of(vn.cchc.model.Progress.values()),
        List.of(vn.cchc.model.SurveyMethod.values()), List.of(vn.cchc.model.OnlineMeetingLevel.values()));
    assertThat(enums).hasSameSizeAs(CATALOGUE.codeLists());
    for (List<? extends vn.cchc.model.Coded> answers : enums) {
      CodeList list = CATALOGUE.codeList(answers.get(0).codeListId()).orElseThrow();
      assertThat(answers).extracting(vn.cchc.model.Coded::code).as(list.id()).containsExactlyElementsOf(list.codes());
      for (vn.cchc.model.Coded a : answers) {
        assertThat(list.label(a.code())).as(list.id()).contains(a.label());
      }
    }
  }
}
