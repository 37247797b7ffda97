package vn.cchc.rules.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.units.UnitRegistryException.Kind;

class UnitRegistryTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  private static final String NATIONAL_HEADER = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\n";

  private static UnitRegistry csv(String text) {
    return UnitRegistry.readCsv(new StringReader(text), "units.csv");
  }

  private static IssuingUnit commune(AdministrativeUnitType type, String name, String superior) {
    vn.cchc.model.ImmutableIssuingUnit.Builder b = IssuingUnit.builder().asWritten("UBND " + type.label() + " " + name).body("UBND")
        .unitType(type).unitName(name).level(AdministrativeLevel.COMMUNE);
    return superior == null ? b.build() : b.superior(superior).build();
  }

  @Test
  void theBundledSampleHasTheProvinceTwoDistrictsAndTheirCommunes() {
    UnitRegistry r = UnitRegistry.sample();
    assertThat(r.unit("19").orElseThrow().name()).isEqualTo("Tỉnh Thái Nguyên");
    AdministrativeUnit dinhCa = r.unit("05716").orElseThrow();
    assertThat(dinhCa).isEqualTo(new AdministrativeUnit("05716", "Thị trấn Đình Cả", AdministrativeUnitType.TOWNSHIP,
        AdministrativeLevel.COMMUNE, Optional.of("170")));
    assertThat(r.ancestor(dinhCa, AdministrativeLevel.DISTRICT).orElseThrow().name()).isEqualTo("Huyện Võ Nhai");
    assertThat(r.ancestor(dinhCa, AdministrativeLevel.PROVINCE).orElseThrow().code()).isEqualTo("19");
    assertThat(r.children("170")).hasSize(15);
    assertThat(r.children("171")).hasSize(30);
    assertThat(r.children("19")).extracting(AdministrativeUnit::name).containsExactly("Huyện Võ Nhai", "Huyện Đại Từ");
  }

  @Test
  void placesTheRealReportsIssuerByItsNameAsWritten() throws Exception {
    Report report = ReportTextReader.of(Catalogues.bundled()).read(SAMPLE);
    Placement p = UnitRegistry.sample().place(report.issuer());
    assertThat(p.placed()).as(p.reason()).isTrue();
    assertThat(p.unit().orElseThrow().code()).isEqualTo("05716");
  }

  @Test
  void namesMatchWhateverTheCaseSpacesOrUnicodeForm() {
    String decomposed = java.text.Normalizer.normalize("Đình  CẢ", java.text.Normalizer.Form.NFD);
    Placement p = UnitRegistry.sample().place(commune(AdministrativeUnitType.TOWNSHIP, decomposed, null));
    assertThat(p.unit().map(AdministrativeUnit::code)).contains("05716");
  }

  @Test
  void anUnknownIssuerIsNotFoundAndAnAgencyIsNotItsCommittee() {
    UnitRegistry r = UnitRegistry.sample();
    Placement none = r.place(commune(AdministrativeUnitType.COMMUNE, "Không Có", null));
    assertThat(none.status()).isEqualTo(Placement.Status.NOT_FOUND);
    assertThat(none.reason()).contains("xã Không Có");
    // the township "Quân Chu" and the commune "Quân Chu" are two units; the type tells them apart
    assertThat(r.place(commune(AdministrativeUnitType.COMMUNE, "Quân Chu", null)).unit().map(AdministrativeUnit::code))
        .contains("05851");
    IssuingUnit agency = IssuingUnit.builder().asWritten("UBND thị trấn Đình Cả").body("UBND")
        .unitType(AdministrativeUnitType.TOWNSHIP).unitName("Đình Cả").level(AdministrativeLevel.COMMUNE)
        .agency("PHÒNG NỘI VỤ").build();
    assertThat(r.place(agency).status()).isEqualTo(Placement.Status.NOT_FOUND);
    assertThat(r.place(agency, Optional.of("05716")).unit().map(AdministrativeUnit::code)).contains("05716");
    assertThat(r.place(agency, Optional.of("99999")).status()).isEqualTo(Placement.Status.NOT_FOUND);
  }

  @Test
  void aNameSharedByTwoUnitsIsAmbiguousUnlessTheHeaderNamesTheSuperior() {
    UnitRegistry r = csv(NATIONAL_HEADER
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường\n"
        + "Tỉnh Thanh Hóa,38,Thị xã Bỉm Sơn,381,Phường Phúc Xá,14999,Phường\n");
    IssuingUnit bare = IssuingUnit.builder().asWritten("UBND phường Phúc Xá").body("UBND")
        .unitType(AdministrativeUnitType.WARD).unitName("Phúc Xá").level(AdministrativeLevel.COMMUNE).build();
    Placement p = r.place(bare);
    assertThat(p.status()).isEqualTo(Placement.Status.AMBIGUOUS);
    assertThat(p.candidates()).extracting(AdministrativeUnit::code).containsExactly("00001", "14999");
    assertThat(p.reason()).contains("Quận Ba Đình").contains("Thị xã Bỉm Sơn");
    Placement told = r.place(vn.cchc.model.ImmutableIssuingUnit.copyOf(bare).withSuperior("UBND THỊ XÃ BỈM SƠN"));
    assertThat(told.unit().map(AdministrativeUnit::code)).contains("14999");
  }

  @Test
  void afterJuly2025CommunesSitDirectlyUnderTheirProvince() {
    UnitRegistry r = csv(NATIONAL_HEADER
        + "Tỉnh Thái Nguyên,19,,,Xã Võ Nhai,05716,Xã\n"
        + "Tỉnh Thái Nguyên,19,,,Xã Dân Tiến,05755,Xã\n");
    AdministrativeUnit voNhai = r.place(commune(AdministrativeUnitType.COMMUNE, "Võ Nhai", null)).unit().orElseThrow();
    assertThat(voNhai.parentCode()).contains("19");
    assertThat(r.ancestor(voNhai, AdministrativeLevel.DISTRICT)).isEmpty();
    assertThat(r.ancestor(voNhai, AdministrativeLevel.PROVINCE).map(AdministrativeUnit::code)).contains("19");
  }

  @Test
  void aDuplicateCodeIsAnErrorAtItsLineAndColumn() {
    UnitRegistryException e = catchThrowableOfType(() -> csv(NATIONAL_HEADER
        + "Tỉnh Thái Nguyên,19,Huyện Võ Nhai,170,Thị trấn Đình Cả,05716,Thị trấn\n"
        + "Tỉnh Thái Nguyên,19,Huyện Võ Nhai,170,Xã Sảng Mộc,05716,Xã\n"), UnitRegistryException.class);
    assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_CODE);
    int column = "Tỉnh Thái Nguyên,19,Huyện Võ Nhai,170,Xã Sảng Mộc,".length() + 1;
    assertThat(e.location()).contains(SourceLocation.of(3, column));
    assertThat(e.getMessage()).startsWith("units.csv:3:" + column + ": duplicate code 05716").contains("first on line 2");
    // one district code with two names is a conflict too
    UnitRegistryException d = catchThrowableOfType(() -> csv(NATIONAL_HEADER
        + "Tỉnh Thái Nguyên,19,Huyện Võ Nhai,170,Thị trấn Đình Cả,05716,Thị trấn\n"
        + "Tỉnh Thái Nguyên,19,Huyện Đại Từ,170,Xã Sảng Mộc,05719,Xã\n"), UnitRegistryException.class);
    assertThat(d.kind()).isEqualTo(Kind.DUPLICATE_CODE);
    assertThat(d.location()).contains(SourceLocation.of(3, "Tỉnh Thái Nguyên,19,Huyện Đại Từ,".length() + 1));
  }

  @Test
  void aUnitListWithAnUnknownParentOrACycleIsRefusedWhereItIsWritten() {
    UnitRegistryException unknown = catchThrowableOfType(() -> csv("Mã,Tên,Cấp,Mã cấp trên\n"
        + "19,Tỉnh Thái Nguyên,tỉnh,\n"
        + "170,Huyện Võ Nhai,huyện,18\n"), UnitRegistryException.class);
    assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_PARENT);
    assertThat(unknown.location()).contains(SourceLocation.of(3, 25));
    UnitRegistryException cycle = catchThrowableOfType(() -> csv("Mã,Tên,Cấp,Mã cấp trên\n"
        + "05716,Thị trấn Đình Cả,xã,05719\n"
        + "05719,Xã Sảng Mộc,xã,05716\n"), UnitRegistryException.class);
    assertThat(cycle.kind()).isEqualTo(Kind.CYCLE);
    assertThat(cycle.getMessage()).contains("05716 → 05719 → 05716");
    assertThat(cycle.location()).contains(SourceLocation.of(2, 27));
    UnitRegistryException upside = catchThrowableOfType(() -> csv("Mã,Tên,Mã cấp trên\n"
        + "05716,Thị trấn Đình Cả,\n"
        + "170,Huyện Võ Nhai,05716\n"), UnitRegistryException.class);
    assertThat(upside.kind()).isEqualTo(Kind.BAD_PARENT_LEVEL);
  }

  @Test
  void badHeadersCellsAndQuotesAreTypedErrors() {
    assertThat(catchThrowableOfType(() -> csv("a,b,c\n1,2,3\n"), UnitRegistryException.class).kind())
        .isEqualTo(Kind.BAD_HEADER);
    UnitRegistryException empty = catchThrowableOfType(() -> csv(NATIONAL_HEADER + "Tỉnh Thái Nguyên,,,,,,\n"),
        UnitRegistryException.class);
    assertThat(empty.kind()).isEqualTo(Kind.MISSING_VALUE);
    assertThat(empty.location()).contains(SourceLocation.of(2, 18));
    UnitRegistryException type = catchThrowableOfType(() -> csv("Mã,Tên\n05716,Đình Cả\n"), UnitRegistryException.class);
    assertThat(type.kind()).isEqualTo(Kind.BAD_TYPE);
    assertThat(type.location()).contains(SourceLocation.of(2, 7));
    UnitRegistryException quote = catchThrowableOfType(() -> csv("Mã,Tên\n\"05716,Thị trấn Đình Cả\n"),
        UnitRegistryException.class);
    assertThat(quote.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(quote.location()).contains(SourceLocation.of(2, 1));
  }

  @Test
  void quotedCellsSemicolonsAndABomAreRead() {
    UnitRegistry r = csv("\uFEFF\"Mã\";\"Tên\";\"Cấp\";\"Mã cấp trên\"\r\n19;\"Tỉnh Thái Nguyên\";tỉnh;\r\n"
        + "170;\"Huyện \"\"Võ Nhai\"\"\";huyện;19\r\n");
    assertThat(r.unit("170").orElseThrow().name()).isEqualTo("Huyện \"Võ Nhai\"");
  }

  @Test
  void jsonInTheSameShapeGivesTheSameRegistryAndErrorsAtLineAndColumn() {
    UnitRegistry r = UnitRegistry.readJson(new StringReader("[\n"
        + " {\"Tỉnh Thành Phố\": \"Tỉnh Thái Nguyên\", \"Mã TP\": \"19\", \"Quận Huyện\": \"Huyện Võ Nhai\", \"Mã QH\": \"170\","
        + " \"Phường Xã\": \"Thị trấn Đình Cả\", \"Mã PX\": \"05716\", \"Cấp\": \"Thị trấn\"}\n]"), "units.json");
    assertThat(r.units()).extracting(AdministrativeUnit::code).containsExactly("19", "170", "05716");
    UnitRegistryException dup = catchThrowableOfType(() -> UnitRegistry.readJson(new StringReader("[\n"
        + "{\"Mã\": \"19\", \"Tên\": \"Tỉnh Thái Nguyên\"},\n"
        + "{\"Mã\": \"19\", \"Tên\": \"Tỉnh Bắc Kạn\"}\n]"), "units.json"), UnitRegistryException.class);
    assertThat(dup.kind()).isEqualTo(Kind.DUPLICATE_CODE);
    assertThat(dup.location()).contains(SourceLocation.of(3, 8));
    UnitRegistryException notArray = catchThrowableOfType(() -> UnitRegistry.readJson(new StringReader("{}"), "u.json"),
        UnitRegistryException.class);
    assertThat(notArray.kind()).isEqualTo(Kind.MALFORMED);
    assertThatThrownBy(() -> UnitRegistry.readJson(new StringReader("[{\"Mã\": "), "u.json"))
        .isInstanceOf(UnitRegistryException.class).hasMessageStartingWith("u.json:1:");
  }

  @Test
  void unitsGivenInCodeAreCheckedLikeAFile() {
    AdministrativeUnit a = AdministrativeUnit.of("1", "Xã A", AdministrativeLevel.COMMUNE, "2");
    assertThatThrownBy(() -> UnitRegistry.of(List.of(a))).isInstanceOf(UnitRegistryException.class)
        .hasMessageContaining("not in the list");
    assertThatThrownBy(() -> AdministrativeUnit.of("1", "Đình Cả", AdministrativeLevel.COMMUNE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AdministrativeUnit("1", "Xã A", AdministrativeUnitType.COMMUNE,
        AdministrativeLevel.DISTRICT, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }
}
