package vn.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.model.gen.ReportGenerator;
import vn.cchc.model.gen.ReportGens;

/** No object that breaks an invariant can exist, nulls are refused with InvalidModelException, text is NFC. */
class ModelInvariantsTest {

  private static final SourceLocation AT = SourceLocation.of(1, 1);

  private static void invalid(ThrowingCallable call, String messagePart) {
    Throwable t = catchThrowable(call);
    assertThat(t).isExactlyInstanceOf(InvalidModelException.class).hasMessageContaining(messagePart);
  }

  @Test
  void nullAttributesGiveInvalidModelExceptionNotNullPointerException() {
    invalid(() -> Signer.of(null, "Trịnh Thanh Phương"), "position");
    invalid(() -> Unit.of("Hồ sơ", null, 0), "kind");
    invalid(() -> PercentageValue.of(null, "30%"), "value");
    invalid(() -> MoneyValue.of(BigDecimal.ONE, null, "1"), "unit");
    invalid(() -> CountValue.of(1, null, "1"), "unit");
    invalid(() -> CountValue.of(1, Optional.empty(), null), "asWritten");
    invalid(() -> NotApplicableValue.of(null), "asWritten");
    invalid(() -> Report.builder().title(null), "title");
    invalid(() -> Report.builder().addRecipients((String) null), "recipients");
    invalid(() -> Report.builder().place((String) null), "place");
    invalid(() -> new DateWindow(null, LocalDate.of(2024, 1, 1)), "both dates");
    invalid(() -> Report.builder().build(), "missing required attributes");
    invalid(() -> AppendixEntry.builder().indicatorId("1.1").build(), "missing required attributes");
  }

  @Test
  void brokenInvariantsAreRefused() {
    invalid(() -> ImmutableCodedValue.builder().codeListId("YES_NO").code(-1).asWritten("-1").build(), "not negative");
    invalid(() -> CodedValue.of(" ", 1, "1"), "code list");
    invalid(() -> vn.cchc.model.catalogue.CodeListEntry.of(-2, "Âm"), "not negative");
    invalid(() -> vn.cchc.model.catalogue.CodeList.builder().id("X").build(), "at least one entry");
    invalid(() -> vn.cchc.model.catalogue.CodeList.builder().id("X").addEntries(vn.cchc.model.catalogue.CodeListEntry.of(0, "Có"),
        vn.cchc.model.catalogue.CodeListEntry.of(0, "Không")).build(), "code 0 is listed twice");
    invalid(() -> vn.cchc.model.catalogue.CodeList.builder().id("X").addEntries(vn.cchc.model.catalogue.CodeListEntry.of(0, "Có"),
        vn.cchc.model.catalogue.CodeListEntry.of(1, "có")).build(), "listed twice");
    invalid(() -> Unit.of("Hồ sơ", UnitKind.COUNT, 3), "only money units");
    invalid(() -> Unit.of("Tỷ đồng", UnitKind.MONEY, 13), "out of range");
    invalid(() -> Unit.of(" ", UnitKind.COUNT, 0), "blank");
    invalid(() -> MoneyValue.of(BigDecimal.ONE, Unit.DOSSIER, "1"), "not a money unit");
    invalid(() -> CountValue.of(1, Optional.of(Unit.MILLION_VND), "1"), "not a count unit");
    invalid(() -> ReportingPeriod.of(2024, PeriodKind.QUARTER, 5), "index 5");
    invalid(() -> ReportingPeriod.of(1900, PeriodKind.YEAR, 1), "year 1900");
    invalid(() -> DateWindow.of(LocalDate.of(2024, 3, 11), LocalDate.of(2023, 12, 13)), "before");
    invalid(() -> SourceLocation.of(0, 1), "line");
    invalid(() -> SourceLocation.of(1, 0), "column");
    invalid(() -> IssuingUnit.builder().asWritten("UBND phường A").body("UBND").unitType(AdministrativeUnitType.WARD)
        .unitName("A").level(AdministrativeLevel.PROVINCE).build(), "cannot be at level");
    invalid(() -> NarrativeBlock.builder().kind(NarrativeBlock.Kind.BULLET).text("x").location(AT).build(), "marker");
    invalid(() -> NarrativeBlock.builder().kind(NarrativeBlock.Kind.PARAGRAPH).marker("-").text("x").location(AT).build(),
        "no marker");
    invalid(() -> PercentageValue.of(new BigDecimal("1e999999999"), "x"), "more than 64");
    invalid(() -> MoneyValue.of(new BigDecimal("1e-999999999"), Unit.MILLION_VND, "x"), "more than 64");
    AppendixEntry row = AppendixEntry.builder().indicatorId("1.1").label("x").unitAsWritten("").value(NotReportedValue.of())
        .location(AT).sourceLine("").build();
    invalid(() -> Report.builder().from(ReportGenerator.of(1, 0).report()).addAppendix(row, row).build(),
        "indicator 1.1 appears twice");
  }

  @Test
  void brokenCataloguesAreRefused() {
    IndicatorDefinition root = IndicatorDefinition.builder().id("1").code("1").label("Nhóm").kind(IndicatorKind.GROUP)
        .addLevels(AdministrativeLevel.COMMUNE).build();
    Function<ChildRole, IndicatorDefinition> child = role -> IndicatorDefinition.builder()
        .id("1/" + role.name().toLowerCase(java.util.Locale.ROOT)).label("Con").kind(IndicatorKind.COUNT)
        .addLevels(AdministrativeLevel.COMMUNE).parentId("1").role(role).build();
    var base = Catalogue.builder().id("c").title("t").validFrom(LocalDate.of(2024, 1, 1));
    invalid(() -> Catalogue.builder().from(base.build()).addIndicators(child.apply(ChildRole.PART), root).build(),
        "not defined before");
    invalid(() -> Catalogue.builder().from(base.build()).addIndicators(root, root).build(), "defined twice");
    invalid(() -> Catalogue.builder().from(base.build()).addIndicators(root, child.apply(ChildRole.NUMERATOR)).build(),
        "numerator without a denominator");
    invalid(() -> IndicatorDefinition.builder().id("x").label("x").kind(IndicatorKind.CODED)
        .addLevels(AdministrativeLevel.COMMUNE).code("x").build(), "code list");
    invalid(() -> IndicatorDefinition.builder().id("x").label("x").kind(IndicatorKind.COUNT).code("x").build(), "level");
  }

  @Test
  void negativeScalesAreNormalisedSoThatValuesRoundTrip() {
    assertThat(MoneyValue.of(new BigDecimal("2E+2"), Unit.MILLION_VND, "200").value()).isEqualTo(new BigDecimal("200"));
    assertThat(PercentageValue.of(new BigDecimal("1E+1"), "10").value().scale()).isZero();
    assertThat(PercentageValue.of(new BigDecimal("99.30"), "99,30").value().scale()).isEqualTo(2);
  }

  @Test
  void nfdTextComesBackNfc() {
    String nfc = "Ủy ban nhân dân thị trấn Đình Cả — kết quả cải cách hành chính quý I";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    Report r = Report.builder().from(ReportGenerator.of(3, 2).report()).title(nfd).place(nfd).recipients(List.of(nfd))
        .signer(ImmutableSigner.builder().position(nfd).name(nfd).onBehalfOf(nfd).build())
        .issuer(IssuingUnit.builder().asWritten(nfd).body(nfd).unitType(AdministrativeUnitType.TOWNSHIP).unitName(nfd)
            .level(AdministrativeLevel.COMMUNE).build())
        .appendix(List.of(AppendixEntry.builder().indicatorId("1").codeAsWritten(nfd).label(nfd).unitAsWritten(nfd)
            .note(nfd).value(CountValue.of(1, Optional.of(Unit.of(nfd, UnitKind.COUNT, 0)), nfd)).location(AT)
            .sourceLine("x").build()))
        .build();
    assertThat(r.title()).isEqualTo(nfc);
    assertThat(r.place()).contains(nfc);
    assertThat(r.recipients()).containsExactly(nfc);
    assertThat(r.signer().orElseThrow().position()).isEqualTo(nfc);
    assertThat(r.signer().orElseThrow().onBehalfOf()).contains(nfc);
    assertThat(r.issuer().unitName()).isEqualTo(nfc);
    AppendixEntry e = r.appendix().get(0);
    assertThat(List.of(e.label(), e.unitAsWritten(), e.codeAsWritten().orElseThrow(), e.note().orElseThrow(),
        e.value().asWritten(), ((CountValue) e.value()).unit().orElseThrow().label())).containsOnly(nfc);
  }

  @Test
  void everyGeneratedReportHoldsOnlyNfcText() {
    qt().withExamples(200).forAll(ReportGens.reports(6)).checkAssert(r -> {
      List<String> texts = new java.util.ArrayList<>();
      texts.add(r.title());
      r.place().ifPresent(texts::add);
      texts.addAll(r.recipients());
      r.allSections().forEach(s -> {
        texts.add(s.title());
        s.blocks().forEach(b -> texts.add(b.text()));
      });
      r.preamble().forEach(b -> texts.add(b.text()));
      r.references().forEach(ref -> ref.subject().ifPresent(texts::add));
      r.appendix().forEach(e -> {
        texts.add(e.label());
        texts.add(e.value().asWritten());
      });
      assertThat(texts).allSatisfy(t -> assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).as(t).isTrue());
    });
  }

  @Test
  void randomlyBrokenReportsAreRefusedWithInvalidModelException() {
    List<Function<Report, Object>> breakers = List.of(
        r -> Report.builder().from(r).catalogueId(""),
        r -> Report.builder().from(r).catalogueId((String) null),
        r -> Report.builder().from(r).issueDate((java.time.LocalDate) null),
        r -> Report.builder().from(r).addRecipients((String) null),
        r -> Report.builder().from(r).addAllAppendix(r.appendix()).build(),
        r -> ImmutableReport.copyOf(r).withTitle(null),
        r -> ImmutableReport.copyOf(r).withPeriod(ImmutableReportingPeriod.copyOf(r.period()).withIndex(13)),
        r -> ImmutableReport.copyOf(r).withIssuer(ImmutableIssuingUnit.copyOf(r.issuer()).withUnitName("\t")),
        r -> ImmutableReport.copyOf(r).withNumber(ImmutableDocumentNumber.copyOf(r.number().orElseThrow()).withSequence(-1)));
    qt().withExamples(300).forAll(ReportGens.seeds(5), integers().between(0, breakers.size() - 1))
        .checkAssert((seed, i) -> {
          Report r = seed.report();
          Throwable t = catchThrowable(() -> {
            Object o = breakers.get(i).apply(r);
            if (o instanceof ImmutableReport.Builder b) {
              b.build();
            }
          });
          if (i == 4 && r.appendix().isEmpty()) {
            assertThat(t).isNull();
          } else {
            assertThat(t).as("breaker %d", i).isExactlyInstanceOf(InvalidModelException.class);
          }
        });
  }

  @Test
  void invalidModelExceptionIsAnIllegalArgumentException() {
    assertThatThrownBy(() -> Coded.of(YesNo.class, 2)).isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("valid codes: 0, 1");
    assertThat(new InvalidModelException("a", "b")).hasMessageContaining("a, b").isInstanceOf(IllegalArgumentException.class);
  }
}
