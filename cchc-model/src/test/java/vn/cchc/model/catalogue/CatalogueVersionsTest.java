package vn.cchc.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.InvalidModelException;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;

/** Catalogue versions: validity, levels served, choosing by period, comparing and mapping two versions. */
class CatalogueVersionsTest {
  private static final Catalogue BUNDLED = Catalogues.bundled();
  private static final Set<AdministrativeLevel> TWO_LEVELS = EnumSet.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.COMMUNE);

  /** A made-up post-reform version: valid from 1/7/2025, no district rows, 2.1 relabelled, 1.5 gone, one new row. */
  static Catalogue postReform() {
    List<IndicatorDefinition> defs = new ArrayList<>();
    for (IndicatorDefinition d : BUNDLED.indicators()) {
      Set<AdministrativeLevel> levels = EnumSet.copyOf(d.levels());
      levels.remove(AdministrativeLevel.DISTRICT);
      if (levels.isEmpty() || d.id().equals("1.5")) {
        continue;
      }
      IndicatorDefinition n = ImmutableIndicatorDefinition.copyOf(d).withLevels(levels);
      if (d.id().equals("2.1")) {
        n = ImmutableIndicatorDefinition.copyOf(n).withLabel("Số VBQPPL do HĐND, UBND cấp xã đã ban hành");
      }
      defs.add(n);
    }
    defs.add(IndicatorDefinition.builder().id("1.6").code("1.6").label("Phần mềm một cửa điện tử").kind(IndicatorKind.CODED)
        .codeListId("YES_NO").levels(TWO_LEVELS).parentId("1").build());
    return Catalogue.builder().id("vi-du-2025-2-cap").version("2025.1").title("Ví dụ sau sắp xếp hai cấp")
        .validFrom(LocalDate.of(2025, 7, 1)).levels(TWO_LEVELS).codeLists(BUNDLED.codeLists()).indicators(defs).build();
  }

  private static Catalogue until(Catalogue c, LocalDate last) {
    return ImmutableCatalogue.copyOf(c).withValidTo(last);
  }

  @Test
  void theBundledCatalogueHasAVersionAndServesThreeLevels() {
    assertThat(BUNDLED.version()).isEqualTo("2024.1");
    assertThat(BUNDLED.levels()).containsExactlyInAnyOrder(AdministrativeLevel.values());
    assertThat(BUNDLED.servedLevels()).isEqualTo(BUNDLED.levels());
    assertThat(BUNDLED.appliesTo(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1), AdministrativeLevel.COMMUNE)).isTrue();
    assertThat(BUNDLED.whyNotFor(ReportingPeriod.of(2023, PeriodKind.YEAR, 1), AdministrativeLevel.COMMUNE).orElseThrow())
        .contains("2023-12-31", "cchc-2024", "2024-01-01");
  }

  @Test
  void choosingByPeriodTakesTheVersionValidOnThePeriodsLastDay() {
    Catalogue old = until(BUNDLED, LocalDate.of(2025, 6, 30));
    Catalogue next = postReform();
    List<Catalogue> both = List.of(next, old);
    assertThat(Catalogues.choose(both, ReportingPeriod.of(2025, PeriodKind.QUARTER, 2), AdministrativeLevel.DISTRICT))
        .contains(old);
    // Q3/2025 straddles 1/7/2025: its data window starts in June, its last day is 30/09
    assertThat(Catalogues.choose(both, ReportingPeriod.of(2025, PeriodKind.QUARTER, 3), AdministrativeLevel.COMMUNE))
        .contains(next);
    assertThat(Catalogues.choose(both, ReportingPeriod.of(2025, PeriodKind.QUARTER, 3), AdministrativeLevel.DISTRICT))
        .as("no district reports after the reform").isEmpty();
    assertThat(next.whyNotFor(ReportingPeriod.of(2025, PeriodKind.QUARTER, 3), AdministrativeLevel.DISTRICT).orElseThrow())
        .contains("not DISTRICT");
    // with two versions valid on the day, the newer wins
    assertThat(Catalogues.choose(List.of(BUNDLED, next), ReportingPeriod.of(2026, PeriodKind.YEAR, 1),
        AdministrativeLevel.PROVINCE)).contains(next);
  }

  @Test
  void aPeriodsLastDayIsInItsYearAndEndsItsLastMonth() {
    qt().forAll(integers().between(1945, 2200), integers().between(0, PeriodKind.values().length - 1), integers().between(1, 12))
        .checkAssert((year, k, i) -> {
          PeriodKind kind = PeriodKind.values()[k];
          int index = 1 + (i - 1) % kind.maxIndex();
          LocalDate last = ReportingPeriod.of(year, kind, index).lastDay();
          assertThat(last.getYear()).isEqualTo(year);
          assertThat(last.plusDays(1).getDayOfMonth()).isEqualTo(1);
          int months = switch (kind) {
            case MONTH -> index;
            case QUARTER -> 3 * index;
            case SIX_MONTHS -> 6 * index;
            case NINE_MONTHS -> 9;
            default -> 12;
          };
          assertThat(last.getMonthValue()).isEqualTo(months);
        });
  }

  @Test
  void anIndicatorOutsideTheLevelsServedIsRefused() {
    assertThatThrownBy(() -> ImmutableCatalogue.copyOf(BUNDLED).withLevels(TWO_LEVELS))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("serves only");
  }

  @Test
  void theDiffListsAddedRemovedRelabelledAndMovedIndicators() {
    Catalogue next = postReform();
    CatalogueDiff d = CatalogueDiff.between(BUNDLED, next);
    assertThat(d.changes(CatalogueDiff.Kind.ADDED)).extracting(CatalogueDiff.Change::id).containsExactly("1.6");
    assertThat(d.changes(CatalogueDiff.Kind.REMOVED)).extracting(CatalogueDiff.Change::id)
        .containsExactlyElementsOf(BUNDLED.indicators().stream().map(IndicatorDefinition::id)
            .filter(id -> id.equals("1.5") || BUNDLED.indicator(id).orElseThrow().levels().equals(Set.of(AdministrativeLevel.DISTRICT)))
            .toList());
    assertThat(d.changes(CatalogueDiff.Kind.RELABELLED)).containsExactly(new CatalogueDiff.Change(
        CatalogueDiff.Kind.RELABELLED, "2.1", "Số VBQPPL do HĐND, UBND cấp huyện đã ban hành", "Số VBQPPL do HĐND, UBND cấp xã đã ban hành"));
    assertThat(d.changes(CatalogueDiff.Kind.MOVED)).isEmpty();
    assertThat(CatalogueDiff.between(BUNDLED, BUNDLED).isEmpty()).isTrue();
    // a moved row: same id, another code
    List<IndicatorDefinition> defs = new ArrayList<>(BUNDLED.indicators());
    int i = defs.indexOf(BUNDLED.indicator("1.4.1").orElseThrow());
    defs.set(i, ImmutableIndicatorDefinition.copyOf(defs.get(i)).withCode("1.4.9"));
    CatalogueDiff moved = CatalogueDiff.between(BUNDLED, ImmutableCatalogue.copyOf(BUNDLED).withIndicators(defs));
    assertThat(moved.changes()).containsExactly(new CatalogueDiff.Change(CatalogueDiff.Kind.MOVED, "1.4.1",
        "code 1.4.1 under 1.4", "code 1.4.9 under 1.4"));
  }

  @Test
  void aMappingAlignsAReportOfOneVersionWithAnother() throws java.io.IOException {
    Catalogue next = postReform();
    Report q2 = vn.cchc.model.text.ReportTextReader.of(BUNDLED).read(
        java.nio.file.Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    CatalogueMapping m = CatalogueMapping.between(BUNDLED, next);
    assertThat(m.map("3.2.4")).contains("3.2.4");
    assertThat(m.map("1.5")).isEmpty();
    assertThat(m.unmapped()).contains("1.5").doesNotContain("3.2.4");
    Report aligned = m.apply(q2);
    assertThat(aligned.catalogueId()).isEqualTo(next.id());
    assertThat(aligned.value("3.2.4")).isEqualTo(q2.value("3.2.4"));
    assertThat(aligned.entry("1.5")).isEmpty();
    assertThat(aligned.appendix()).allMatch(e -> next.indicator(e.indicatorId()).isPresent());
    CatalogueMapping renamed = m.withRename("1.5", "1.6");
    assertThat(renamed.apply(q2).value("1.6")).isEqualTo(q2.value("1.5"));
    assertThatThrownBy(() -> m.withRename("1.5", "9.9")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.apply(aligned)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not cchc-2024");
  }

  @Test
  void readingAReportOutsideItsCataloguesValidityIsAProblemNotSilence() {
    String text = new String(readSample(), java.nio.charset.StandardCharsets.UTF_8);
    ReadResult r = ReportTextReader.of(postReform()).readTextLenient(text);
    assertThat(r.problems()).extracting(ReadProblem::kind).contains(ProblemKind.OUTSIDE_CATALOGUE);
    ReadProblem p = r.problems().stream().filter(x -> x.kind() == ProblemKind.OUTSIDE_CATALOGUE).findFirst().orElseThrow();
    assertThat(p.message()).contains("2024-03-31", "vi-du-2025-2-cap");
    assertThat(ReportTextReader.of(BUNDLED).readTextLenient(text).problems()).extracting(ReadProblem::kind)
        .doesNotContain(ProblemKind.OUTSIDE_CATALOGUE);
  }

  private static byte[] readSample() {
    try {
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void versionAndLevelsAreOptionalInJsonAndDefaultSensibly() {
    Catalogue c = Catalogues.read(new java.io.ByteArrayInputStream(("{\"id\": \"x\", \"title\": \"X\", \"validFrom\": \"2024-01-01\","
        + " \"indicators\": [{\"id\": \"1\", \"code\": \"1\", \"label\": \"Nhóm\", \"kind\": \"GROUP\", \"levels\": [\"COMMUNE\"]}]}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(c.version()).isEqualTo("1");
    assertThat(c.levels()).isEmpty();
    assertThat(c.servedLevels()).containsExactly(AdministrativeLevel.COMMUNE);
    assertThat(Optional.of(c.aggregation(c.indicator("1").orElseThrow()))).contains(Aggregation.NONE);
  }
}
