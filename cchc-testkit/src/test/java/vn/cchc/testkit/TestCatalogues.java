package vn.cchc.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.catalogue.CodeList;
import vn.cchc.model.catalogue.CodeListEntry;
import vn.cchc.model.Unit;
import vn.cchc.model.UnitKind;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.ImmutableCatalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/** The catalogues the testkit proves itself on: the bundled one, and a small hand-made province variant. */
final class TestCatalogues {
  private TestCatalogues() {}

  static final Set<AdministrativeLevel> ALL = EnumSet.allOf(AdministrativeLevel.class);
  static final Set<AdministrativeLevel> UPPER = EnumSet.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT);
  /** A province's own unit: billions of VND. */
  static final Unit BILLION_VND = Unit.of("Tỷ đồng", UnitKind.MONEY, 9);

  static Catalogue bundled() {
    return Catalogues.bundled();
  }

  private static IndicatorDefinition row(String id, String label, IndicatorKind kind, Optional<Unit> unit, Set<AdministrativeLevel> levels) {
    return IndicatorDefinition.builder().id(id).code(id).label(label).kind(kind).unit(unit).levels(levels)
        .parentId(id.contains(".") ? Optional.of(id.substring(0, id.lastIndexOf('.'))) : Optional.empty()).build();
  }

  private static IndicatorDefinition child(String parent, ChildRole role, String suffix, String label, IndicatorKind kind,
      Unit unit, Set<AdministrativeLevel> levels) {
    return IndicatorDefinition.builder().id(parent + "/" + suffix).label(label).kind(kind).unit(unit).levels(levels)
        .parentId(parent).role(role).build();
  }

  /** A province's variant: its own ids and wording, a money ratio in billions, a level-restricted ratio, pairs, parts. */
  static Catalogue province() {
    ImmutableCatalogue.Builder b = Catalogue.builder().id("tn-cchc-2025").title("Bộ chỉ tiêu CCHC tỉnh Thái Nguyên 2025")
        .validFrom(LocalDate.of(2025, 1, 1))
        .addCodeLists(CodeList.builder().id("ROLLOUT").addEntries(CodeListEntry.of(0, "Chưa triển khai"),
            CodeListEntry.of(1, "Đang thử nghiệm"), CodeListEntry.of(2, "Chính thức")).build());
    b.addIndicators(row("A", "Chỉ đạo, điều hành", IndicatorKind.GROUP, Optional.empty(), ALL));
    b.addIndicators(row("A.1", "Tỷ lệ nhiệm vụ hoàn thành", IndicatorKind.PERCENTAGE, Optional.of(Unit.PERCENT), ALL));
    b.addIndicators(child("A.1", ChildRole.DENOMINATOR, "denominator", "Số nhiệm vụ đề ra", IndicatorKind.COUNT, Unit.TASK, ALL));
    b.addIndicators(child("A.1", ChildRole.NUMERATOR, "numerator", "Số nhiệm vụ đã hoàn thành", IndicatorKind.COUNT, Unit.TASK, ALL));
    b.addIndicators(row("A.2", "Tỷ lệ xã được kiểm tra", IndicatorKind.PERCENTAGE, Optional.of(Unit.PERCENT), UPPER));
    b.addIndicators(child("A.2", ChildRole.DENOMINATOR, "denominator", "Tổng số xã", IndicatorKind.COUNT, Unit.UNIT, UPPER));
    b.addIndicators(child("A.2", ChildRole.NUMERATOR, "numerator", "Số xã đã kiểm tra", IndicatorKind.COUNT, Unit.UNIT, UPPER));
    b.addIndicators(IndicatorDefinition.builder().id("A.3").code("A.3").label("Phần mềm một cửa điện tử").kind(IndicatorKind.CODED)
        .codeListId("ROLLOUT").levels(ALL).parentId("A").build());
    b.addIndicators(row("B", "Biên chế", IndicatorKind.GROUP, Optional.empty(), ALL));
    b.addIndicators(row("B.1", "Số công chức được giao", IndicatorKind.COUNT, Optional.of(Unit.PERSON), ALL));
    b.addIndicators(row("B.2", "Số công chức có mặt", IndicatorKind.COUNT, Optional.of(Unit.PERSON), ALL));
    b.addIndicators(row("B.3", "Tổng số hồ sơ đã giải quyết", IndicatorKind.COUNT, Optional.of(Unit.DOSSIER), ALL));
    b.addIndicators(child("B.3", ChildRole.PART, "part-1", "Số hồ sơ trực tuyến", IndicatorKind.COUNT, Unit.DOSSIER, ALL));
    b.addIndicators(child("B.3", ChildRole.PART, "part-2", "Số hồ sơ trực tiếp", IndicatorKind.COUNT, Unit.DOSSIER, ALL));
    b.addIndicators(child("B.3", ChildRole.DETAIL, "detail-1", "Số hồ sơ quá hạn", IndicatorKind.COUNT, Unit.DOSSIER, ALL));
    b.addIndicators(row("B.4", "Văn bản điện tử", IndicatorKind.PERCENTAGE, Optional.of(Unit.PERCENT), ALL));
    b.addIndicators(child("B.4", ChildRole.PART, "part-1", "Tỷ lệ gửi hoàn toàn điện tử", IndicatorKind.PERCENTAGE, Unit.PERCENT, ALL));
    b.addIndicators(child("B.4", ChildRole.PART, "part-2", "Tỷ lệ gửi song song", IndicatorKind.PERCENTAGE, Unit.PERCENT, ALL));
    b.addIndicators(row("C", "Tài chính công", IndicatorKind.GROUP, Optional.empty(), ALL));
    b.addIndicators(row("C.1", "Tỷ lệ giải ngân vốn đầu tư công", IndicatorKind.PERCENTAGE, Optional.of(Unit.PERCENT), ALL));
    b.addIndicators(child("C.1", ChildRole.DENOMINATOR, "denominator", "Kế hoạch vốn", IndicatorKind.MONEY, BILLION_VND, ALL));
    b.addIndicators(child("C.1", ChildRole.NUMERATOR, "numerator", "Đã giải ngân", IndicatorKind.MONEY, Unit.MILLION_VND, ALL));
    b.addIndicators(row("C.2", "Kinh phí CCHC", IndicatorKind.MONEY, Optional.of(Unit.MILLION_VND), ALL));
    b.addIndicators(child("C.2", ChildRole.PART, "part-1", "Kinh phí ngân sách tỉnh", IndicatorKind.MONEY, Unit.MILLION_VND, ALL));
    b.addIndicators(child("C.2", ChildRole.PART, "part-2", "Kinh phí ngân sách huyện", IndicatorKind.MONEY, Unit.MILLION_VND, ALL));
    b.addIndicators(row("C.3", "Số đơn vị sự nghiệp tự chủ", IndicatorKind.COUNT, Optional.of(Unit.UNIT), UPPER));
    return b.build();
  }

  static List<Catalogue> all() {
    return List.of(bundled(), province());
  }
}
