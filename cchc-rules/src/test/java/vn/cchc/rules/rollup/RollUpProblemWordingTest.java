package vn.cchc.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Locale;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.BundleFiles;
import vn.cchc.rules.Checker;
import vn.cchc.rules.units.UnitRegistry;

/**
 * Roll-up problems carry a key and its arguments, worded for a locale when shown: every kind in Vietnamese (the
 * text it always had) and English, a third language added by a bundle on the class path, and the bundles'
 * consistency.
 */
class RollUpProblemWordingTest {
  private static final Catalogue CAT = Catalogues.bundled();
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/rules/rollup");

  static List<RollUpProblem> everyKind() throws Exception {
    Report dinhCa = ReportTextReader.of(CAT).read(Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    UnitRegistry units = UnitRegistry.sample();
    Report q4 = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2023, PeriodKind.QUARTER, 4))
        .withIssueDate(LocalDate.of(2023, 12, 28));
    Report q2 = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2024, PeriodKind.QUARTER, 2));
    Report half = ImmutableReport.copyOf(dinhCa).withPeriod(ReportingPeriod.of(2024, PeriodKind.SIX_MONTHS, 1));
    Report otherCatalogue = ImmutableReport.copyOf(dinhCa).withCatalogueId("cchc-2025");
    Report stranger = UnitRollUpTest.as(dinhCa, AdministrativeUnitType.COMMUNE, "Không Có");
    Report agency = ImmutableReport.copyOf(dinhCa).withIssuer(IssuingUnit.builder().from(dinhCa.issuer())
        .agency("PHÒNG NỘI VỤ").build());
    Report district = ImmutableReport.copyOf(dinhCa).withIssuer(IssuingUnit.builder().asWritten("UBND huyện Võ Nhai")
        .body("UBND").unitType(AdministrativeUnitType.DISTRICT).unitName("Võ Nhai").level(AdministrativeLevel.DISTRICT)
        .build());
    Report late = ImmutableReport.copyOf(UnitRollUpTest.as(dinhCa, AdministrativeUnitType.COMMUNE, "Sảng Mộc"))
        .withIssueDate(LocalDate.of(2024, 3, 21));
    Report copy = ImmutableReport.copyOf(dinhCa).withIssueDate(LocalDate.of(2024, 3, 13));
    List<RollUpSource> sources = List.of(RollUpSource.of("q1.txt", dinhCa, Checker.check(dinhCa, CAT).findings()),
        RollUpSource.of("q1-copy.txt", copy, List.of()), RollUpSource.of("q4.txt", q4, List.of()),
        RollUpSource.of("q2.txt", q2, List.of()), RollUpSource.of("half.txt", half, List.of()),
        RollUpSource.of("other.txt", otherCatalogue, List.of()), RollUpSource.of("stranger.txt", stranger, List.of()),
        RollUpSource.of("agency.txt", agency, List.of()),
        new RollUpSource("coded.txt", dinhCa, List.of(), Optional.of("99999")),
        RollUpSource.of("district.txt", district, List.of()), RollUpSource.of("late.txt", late, List.of()));
    List<RollUpProblem> out = new ArrayList<>(UnitRollUp.of(CAT, units)
        .withPeriod(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1)).roll(sources).problems());
    out.addAll(UnitRollUp.of(CAT, units)
        .roll(List.of(RollUpSource.of("q1.txt", dinhCa, Checker.check(dinhCa, CAT).findings()))).problems());
    out.addAll(UnitRollUp.of(CAT, units).excludingErrors(true)
        .roll(List.of(RollUpSource.of("q1.txt", dinhCa, Checker.check(dinhCa, CAT).findings()))).problems());
    UnitRegistry twins = UnitRegistry.readCsv(new StringReader("Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\n"
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường\n"
        + "Tỉnh Thanh Hóa,38,Thị xã Bỉm Sơn,381,Phường Phúc Xá,14999,Phường\n"
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Trúc Bạch,00004,Phường\n"), "units.csv");
    out.addAll(UnitRollUp.of(CAT, twins).roll(List.of(
        RollUpSource.of("phuc-xa.txt", UnitRollUpTest.as(dinhCa, AdministrativeUnitType.WARD, "Phúc Xá"), List.of()),
        RollUpSource.of("truc-bach.txt", UnitRollUpTest.as(dinhCa, AdministrativeUnitType.WARD, "Trúc Bạch"), List.of())))
        .problems());
    return out;
  }

  /**
   * Every kind of problem, in Vietnamese exactly as the roll-up wrote it before its problems were localised
   * (the text was captured from that code), and in English.
   */
  @Test
  void everyProblemIsWordedInVietnameseAsBeforeAndInEnglish() throws Exception {
    List<RollUpProblem> all = everyKind();
    assertThat(all).extracting(RollUpProblem::kind).containsAll(EnumSet.allOf(RollUpProblem.Kind.class));
    assertThat(all).extracting(RollUpProblem::message).containsExactly(
        "báo cáo theo danh mục cchc-2025, không phải cchc-2024: không tổng hợp",
        "không có đơn vị \"xã Không Có\" (cấp xã) trong danh mục đơn vị hành chính: không tổng hợp",
        "báo cáo của PHÒNG NỘI VỤ (UBND thị trấn Đình Cả) là của cơ quan chuyên môn, không phải của UBND: không tổng hợp",
        "mã 99999 không có trong danh mục đơn vị hành chính: không tổng hợp",
        "báo cáo kỳ SIX_MONTHS, khác kỳ QUARTER của các báo cáo khác: không tổng hợp",
        "báo cáo kỳ trước (QUARTER 4/2023): chỉ dùng cho xu hướng",
        "báo cáo kỳ sau kỳ tổng hợp (2024, QUARTER 2): không tổng hợp",
        "Huyện Võ Nhai là đơn vị cấp huyện, các báo cáo khác là của đơn vị cấp xã: không tổng hợp chung",
        "Thị trấn Đình Cả có 2 báo cáo cùng kỳ (2024/QUARTER/1): chỉ tính một lần, báo cáo q1-copy.txt; bỏ q1.txt",
        "Xã Sảng Mộc: ban hành ngày 2024-03-21, sau hạn 2024-03-20",
        "Thị trấn Đình Cả: báo cáo có 5 lỗi, vẫn tính vào tổng (dùng --exclude-errors để loại)",
        "Thị trấn Đình Cả: báo cáo có 5 lỗi, không tính vào tổng",
        "\"phường Phúc Xá\" trùng tên 2 đơn vị (Phường Phúc Xá (00001), Quận Ba Đình; Phường Phúc Xá (14999), Thị xã "
            + "Bỉm Sơn) và báo cáo không ghi rõ cấp trên: không tổng hợp");
    assertThat(all).extracting(p -> p.message(VI)).isEqualTo(all.stream().map(RollUpProblem::message).toList());
    assertThat(all).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
        "report of catalogue cchc-2025, not cchc-2024: not rolled up",
        "no unit \"xã Không Có\" (commune level) in the list of administrative units: not rolled up",
        "the report of PHÒNG NỘI VỤ (UBND thị trấn Đình Cả) is a specialised agency's, not the People's Committee's: "
            + "not rolled up",
        "code 99999 is not in the list of administrative units: not rolled up",
        "report for a SIX_MONTHS period, while the other reports are for a QUARTER period: not rolled up",
        "report for an earlier period (QUARTER 4/2023): used only for the trends",
        "report for a period after the one rolled up (2024, QUARTER 2): not rolled up",
        "Huyện Võ Nhai is at district level, the other reports at commune level: not rolled up together",
        "Thị trấn Đình Cả has 2 reports for the same period (2024/QUARTER/1): counted once, report q1-copy.txt; "
            + "left out q1.txt",
        "Xã Sảng Mộc: issued on 2024-03-21, after the deadline 2024-03-20",
        "Thị trấn Đình Cả: the report has 5 errors, still counted in the totals (use --exclude-errors to leave it out)",
        "Thị trấn Đình Cả: the report has 5 errors, left out of the totals",
        "\"phường Phúc Xá\" is the name of 2 units (Phường Phúc Xá (00001), Quận Ba Đình; Phường Phúc Xá (14999), "
            + "Thị xã Bỉm Sơn) and the report does not name its superior: not rolled up");
    // the key and the arguments, for programs that word the problem themselves
    RollUpProblem late = all.stream().filter(p -> p.kind() == RollUpProblem.Kind.LATE).findFirst().orElseThrow();
    assertThat(late.text().key()).isEqualTo("rollup.late");
    assertThat(late.text().arguments()).containsExactly("Xã Sảng Mộc", "2024-03-21", "2024-03-20");
  }

  /** src/test/resources/vn/cchc/rules/rollup/problems_fr.properties: two keys in French, as a user adds them. */
  @Test
  void aUserBundleOnTheClassPathAddsALanguageWithFallbackToTheRoot() throws Exception {
    List<RollUpProblem> all = everyKind();
    RollUpProblem late = all.stream().filter(p -> p.kind() == RollUpProblem.Kind.LATE).findFirst().orElseThrow();
    assertThat(late.message(Locale.FRENCH)).isEqualTo("Xã Sảng Mộc : publié le 2024-03-21, après l'échéance du 2024-03-20");
    assertThat(late.message(Locale.CANADA_FRENCH)).isEqualTo(late.message(Locale.FRENCH));
    // French wording around the placement's reason, which has no French bundle: English inside, as the chain says
    RollUpProblem code = all.stream().filter(p -> p.sources().equals(List.of("coded.txt"))).findFirst().orElseThrow();
    assertThat(code.message(Locale.FRENCH)).isEqualTo("code 99999 is not in the list of administrative units : non agrégé");
    // a key the French bundle lacks: the root's English
    RollUpProblem other = all.get(0);
    assertThat(other.message(Locale.FRENCH)).isEqualTo("report of catalogue cchc-2025, not cchc-2024: not rolled up");
    assertThat(other.message(Locale.GERMAN)).isEqualTo(other.message(Locale.ENGLISH));
  }

  @Test
  void bundlesHaveTheSameKeysAndArgumentsAreUsedAndDocumented() throws Exception {
    String code = Files.readString(Path.of("src/main/java/vn/cchc/rules/rollup/UnitRollUp.java"))
        + Files.readString(Path.of("src/main/java/vn/cchc/rules/rollup/RollUpBundle.java"));
    BundleFiles.assertTranslatedDocumentedAndUsed(RESOURCES, "problems", RollUpBundle.BUNDLE.keys(), code);
  }
}
