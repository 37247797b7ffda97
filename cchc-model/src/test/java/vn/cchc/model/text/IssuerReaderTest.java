package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.SourceLocation;

/** Issuer lines → bodies → the issuing unit with its level, superior and agency. */
class IssuerReaderTest {

  /** Reads issuer lines (one fragment per line, as the header reader hands them) dated {@code date}. */
  private static Optional<IssuingUnit> read(ReadContext ctx, LocalDate date) {
    IssuerReader r = new IssuerReader(ctx);
    List<IssuerReader.Fragment> fragments = new ArrayList<>();
    for (int i = 0; i < ctx.size(); i++) {
      fragments.add(new IssuerReader.Fragment(ctx.line(i), SourceLocation.of(i + 1, 1)));
    }
    return r.issuer(r.bodies(fragments), Optional.ofNullable(date));
  }

  private static final LocalDate Q1_2024 = LocalDate.of(2024, 3, 12);

  @Test
  void oneLine() {
    ReadContext ctx = Zone.ctx("UBND THỊ TRẤN ĐÌNH CẢ");
    IssuingUnit u = read(ctx, Q1_2024).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
    assertThat(u.body()).isEqualTo("UBND");
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.TOWNSHIP);
    assertThat(u.unitName()).isEqualTo("ĐÌNH CẢ");
    assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(u.superior()).isEmpty();
    assertThat(u.agency()).isEmpty();
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void twoLines() {
    ReadContext ctx = Zone.ctx("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI");
    IssuingUnit u = read(ctx, Q1_2024).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
    assertThat(u.body()).isEqualTo("ỦY BAN NHÂN DÂN");
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.CITY);
    assertThat(u.level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void threeLinesOfACentrallyRunCity() {
    ReadContext ctx = Zone.ctx("ỦY", "BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH");
    IssuingUnit u = read(ctx, LocalDate.of(2024, 9, 20)).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.CITY);
    assertThat(u.unitName()).isEqualTo("HỒ CHÍ MINH");
    assertThat(u.level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void theOtherTonePositionOfUy() {
    ReadContext ctx = Zone.ctx("UỶ BAN NHÂN DÂN HUYỆN LẠC DƯƠNG");
    IssuingUnit u = read(ctx, Q1_2024).orElseThrow();
    assertThat(u.body()).isEqualTo("UỶ BAN NHÂN DÂN");
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.DISTRICT);
    assertThat(u.level()).isEqualTo(AdministrativeLevel.DISTRICT);
  }

  @Test
  void withItsSuperior() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ");
    IssuerReader r = new IssuerReader(ctx);
    List<IssuerReader.Body> bodies = r.bodies(List.of(new IssuerReader.Fragment(ctx.line(0), SourceLocation.of(1, 1)),
        new IssuerReader.Fragment(ctx.line(1), SourceLocation.of(2, 1))));
    assertThat(bodies).extracting(IssuerReader.Body::text).containsExactly("UBND HUYỆN VÕ NHAI", "UBND THỊ TRẤN ĐÌNH CẢ");
    assertThat(bodies).extracting(IssuerReader.Body::at).containsExactly(SourceLocation.of(1, 1), SourceLocation.of(2, 1));
    IssuingUnit u = r.issuer(bodies, Optional.of(Q1_2024)).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
    assertThat(u.superior()).contains("UBND HUYỆN VÕ NHAI");
    assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
  }

  @Test
  void aSoUnderItsProvince() {
    ReadContext ctx = Zone.ctx("UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ");
    IssuingUnit u = read(ctx, LocalDate.of(2024, 6, 14)).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("UBND TỈNH THÁI NGUYÊN");
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.PROVINCE);
    assertThat(u.level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(u.agency()).contains("SỞ NỘI VỤ");
    assertThat(u.displayName()).as("the report is the Sở's, never shown as the committee's").isEqualTo("SỞ NỘI VỤ (UBND TỈNH THÁI NGUYÊN)");
    assertThat(u.superior()).isEmpty();
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aSoNamingItsProvinceAtItsEnd() {
    ReadContext ctx = Zone.ctx("SỞ NỘI VỤ TỈNH THÁI NGUYÊN");
    IssuingUnit u = read(ctx, LocalDate.of(2024, 6, 14)).orElseThrow();
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.PROVINCE);
    assertThat(u.unitName()).isEqualTo("THÁI NGUYÊN");
    assertThat(u.agency()).contains("SỞ NỘI VỤ TỈNH THÁI NGUYÊN");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aSoWithoutItsCommitteeIsAProblem() {
    ReadContext ctx = Zone.ctx("SỞ NỘI VỤ");
    assertThat(read(ctx, Q1_2024)).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 MISSING_METADATA ERROR");
  }

  @Test
  void aPhongUnderADistrictLevelCityUnderItsProvince() {
    ReadContext ctx = Zone.ctx("UBND TỈNH THÁI NGUYÊN", "UBND THÀNH PHỐ SÔNG CÔNG", "PHÒNG NỘI VỤ");
    IssuingUnit u = read(ctx, Q1_2024).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("UBND THÀNH PHỐ SÔNG CÔNG");
    assertThat(u.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(u.agency()).contains("PHÒNG NỘI VỤ");
    assertThat(u.superior()).contains("UBND TỈNH THÁI NGUYÊN");
  }

  @Test
  void aCommuneAfterThe2025ReformUnderItsProvince() {
    ReadContext ctx = Zone.ctx("UBND TỈNH LÂM ĐỒNG", "UBND XÃ LẠC DƯƠNG");
    IssuingUnit u = read(ctx, LocalDate.of(2025, 12, 20)).orElseThrow();
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.COMMUNE);
    assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(u.superior()).contains("UBND TỈNH LÂM ĐỒNG");
  }

  @Test
  void aWardAfterThe2025ReformUnderItsCentrallyRunCity() {
    ReadContext ctx = Zone.ctx("UBND THÀNH PHỐ HỒ CHÍ MINH", "UBND PHƯỜNG SÀI GÒN");
    IssuingUnit u = read(ctx, LocalDate.of(2025, 8, 20)).orElseThrow();
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.WARD);
    assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(u.superior()).contains("UBND THÀNH PHỐ HỒ CHÍ MINH");
  }

  @Test
  void aCityWhoseLevelIsNotStatedIsAProblemNotAGuess() {
    ReadContext ctx = Zone.ctx("UBND THÀNH PHỐ SÔNG CÔNG");
    assertThat(read(ctx, Q1_2024)).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 MISSING_METADATA ERROR");
    assertThat(ctx.problems().get(0).offendingText()).isEqualTo("UBND THÀNH PHỐ SÔNG CÔNG");
    assertThat(ctx.problems().get(0).message()).contains("the reader does not guess it");
  }

  @Test
  void aCityUnderItsProvinceIsDistrictLevel() {
    ReadContext ctx = Zone.ctx("UBND TỈNH THÁI NGUYÊN", "UBND THÀNH PHỐ SÔNG CÔNG");
    IssuingUnit u = read(ctx, Q1_2024).orElseThrow();
    assertThat(u.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aTownIsDistrictLevelWithoutASuperior() {
    ReadContext ctx = Zone.ctx("UBND THỊ XÃ PHỔ YÊN");
    assertThat(read(ctx, Q1_2024).map(IssuingUnit::level)).contains(AdministrativeLevel.DISTRICT);
  }

  @Test
  void hueIsCentrallyRunFromTheFirstOfJanuary2025() {
    ReadContext before = Zone.ctx("UBND THÀNH PHỐ HUẾ");
    assertThat(read(before, LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(Zone.problems(before)).containsExactly("1:1 MISSING_METADATA ERROR");

    ReadContext after = Zone.ctx("UBND THÀNH PHỐ HUẾ");
    assertThat(read(after, LocalDate.of(2025, 1, 1)).map(IssuingUnit::level)).contains(AdministrativeLevel.PROVINCE);
    assertThat(after.problems()).isEmpty();

    ReadContext undated = Zone.ctx("UBND THÀNH PHỐ HUẾ");
    assertThat(read(undated, null)).isEmpty();
    assertThat(Zone.problems(undated)).containsExactly("1:1 MISSING_METADATA ERROR");
  }

  @Test
  void hueUnderThuaThienHueBefore2025IsDistrictLevel() {
    ReadContext ctx = Zone.ctx("UBND TỈNH THỪA THIÊN HUẾ", "UBND THÀNH PHỐ HUẾ");
    IssuingUnit u = read(ctx, LocalDate.of(2024, 3, 20)).orElseThrow();
    assertThat(u.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(u.superior()).contains("UBND TỈNH THỪA THIÊN HUẾ");
  }

  @Test
  void aCityDatedAfterTheTwoLevelReformIsProvinceLevel() {
    ReadContext ctx = Zone.ctx("UBND THÀNH PHỐ THÁI NGUYÊN");
    assertThat(read(ctx, LocalDate.of(2025, 7, 1)).map(IssuingUnit::level)).contains(AdministrativeLevel.PROVINCE);
    ReadContext dayBefore = Zone.ctx("UBND THÀNH PHỐ THÁI NGUYÊN");
    assertThat(read(dayBefore, LocalDate.of(2025, 6, 30))).isEmpty();
    assertThat(Zone.problems(dayBefore)).containsExactly("1:1 MISSING_METADATA ERROR");
  }

  @Test
  void textBeforeTheFirstBodyIsUnrecognised() {
    ReadContext ctx = Zone.ctx("ĐẢNG BỘ HUYỆN", "UBND THỊ TRẤN ĐÌNH CẢ");
    IssuingUnit u = read(ctx, Q1_2024).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
    assertThat(Zone.problems(ctx)).containsExactly("1:1 UNRECOGNISED_LINE ERROR");
  }

  @Test
  void aCommitteeOfNoKnownUnitIsInvalid() {
    ReadContext ctx = Zone.ctx("UBND KHU PHỐ 3");
    assertThat(read(ctx, Q1_2024)).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 INVALID_METADATA ERROR");
  }

  @Test
  void namedInASentenceInSentenceCase() {
    ReadContext ctx = Zone.ctx("x");
    IssuingUnit u = new IssuerReader(ctx).named("UBND phường Hà Phong", SourceLocation.of(1, 40),
        Optional.of(LocalDate.of(2023, 12, 5))).orElseThrow();
    assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.WARD);
    assertThat(u.unitName()).isEqualTo("Hà Phong");
    assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
  }

  @Test
  void namedInACaptionWithTheHeadersSuperior() {
    ReadContext ctx = Zone.ctx("x");
    IssuingUnit u = new IssuerReader(ctx).named("UBND thành phố Sông Công", SourceLocation.of(1, 1),
        Optional.of(Q1_2024), Optional.of("UBND TỈNH THÁI NGUYÊN")).orElseThrow();
    assertThat(u.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(u.superior()).contains("UBND TỈNH THÁI NGUYÊN");
  }

  @Test
  void twoCommitteesOnOneLineAreSplitIntoSuperiorAndIssuer() {
    ReadContext ctx = Zone.ctx("UBND HUYỆN VÕ NHAI UBND THỊ TRẤN ĐÌNH CẢ");
    IssuingUnit u = read(ctx, Q1_2024).orElseThrow();
    assertThat(u.asWritten()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
    assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(u.superior()).contains("UBND HUYỆN VÕ NHAI");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aCityUnderACentrallyRunCityIsAtDistrictLevel() {
    ReadContext ctx = Zone.ctx("UBND THÀNH PHỐ HỒ CHÍ MINH", "UBND THÀNH PHỐ THỦ ĐỨC");
    IssuingUnit u = read(ctx, LocalDate.of(2024, 3, 20)).orElseThrow();
    assertThat(u.unitName()).isEqualTo("THỦ ĐỨC");
    assertThat(u.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(u.superior()).contains("UBND THÀNH PHỐ HỒ CHÍ MINH");
    assertThat(ctx.problems()).isEmpty();
  }
}
