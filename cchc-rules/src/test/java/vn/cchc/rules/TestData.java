package vn.cchc.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NotApplicableValue;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;

/**
 * A hand-built catalogue that mirrors the structure of the 2024 template around the fixture's
 * interesting rows (same ids, labels, units, roles), and helpers to build reports on it.
 */
final class TestData {
  static final Set<AdministrativeLevel> ALL = EnumSet.allOf(AdministrativeLevel.class);
  static final Set<AdministrativeLevel> DISTRICT_UP = EnumSet.of(AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE);

  private TestData() {}

  static IndicatorDefinition row(String code, String label, IndicatorKind kind, Unit unit, Set<AdministrativeLevel> levels,
      String parent) {
    var b = IndicatorDefinition.builder().id(code).code(code).label(label).kind(kind).levels(levels)
        .unit(Optional.ofNullable(unit)).parentId(Optional.ofNullable(parent));
    return b.build();
  }

  static IndicatorDefinition child(String parent, ChildRole role, int ordinal, String label, IndicatorKind kind, Unit unit) {
    String suffix = role.name().toLowerCase(java.util.Locale.ROOT) + (ordinal > 0 ? "-" + ordinal : "");
    return IndicatorDefinition.builder().id(parent + "/" + suffix).label(label).kind(kind).levels(ALL)
        .unit(Optional.ofNullable(unit)).parentId(parent).role(role).build();
  }

  static IndicatorDefinition coded(String code, String label, String list, String parent) {
    return IndicatorDefinition.builder().id(code).code(code).label(label).kind(IndicatorKind.CODED).codeListId(list)
        .levels(ALL).parentId(Optional.ofNullable(parent)).build();
  }

  static final IndicatorKind G = IndicatorKind.GROUP;
  static final IndicatorKind C = IndicatorKind.COUNT;
  static final IndicatorKind P = IndicatorKind.PERCENTAGE;
  static final IndicatorKind M = IndicatorKind.MONEY;

  /** The fixture-like catalogue. */
  static Catalogue catalogue() {
    List<IndicatorDefinition> d = new ArrayList<>();
    d.add(row("1", "Công tác chỉ đạo, điều hành CCHC", G, null, ALL, null));
    d.add(row("1.1", "Tỷ lệ hoàn thành kế hoạch CCHC năm (lũy kể đến thời điểm báo cáo)", P, Unit.PERCENT, ALL, "1"));
    d.add(child("1.1", ChildRole.DENOMINATOR, 0, "Số nhiệm vụ đề ra trong kế hoạch", C, Unit.TASK));
    d.add(child("1.1", ChildRole.NUMERATOR, 0, "Số nhiệm vụ đã hoàn thành", C, Unit.TASK));
    d.add(coded("1.5", "Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp", "YES_NO", "1"));
    d.add(row("2", "Cải cách thể chế", G, null, ALL, null));
    d.add(row("2.1", "Số VBQPPL do HĐND, UBND cấp huyện đã ban hành", C, Unit.DOCUMENT, DISTRICT_UP, "2"));
    d.add(row("2.4", "Tỷ lệ xử lý văn bản sau kiểm tra, rà soát", P, Unit.PERCENT, ALL, "2"));
    d.add(child("2.4", ChildRole.DENOMINATOR, 0, "Tổng số VBQPPL cần phải xử lý sau kiểm tra, rà soát", C, Unit.DOCUMENT));
    d.add(child("2.4", ChildRole.NUMERATOR, 0, "Số VBQPPL đã được xử lý xong", C, Unit.DOCUMENT));
    d.add(row("3", "Cải cách thủ tục hành chính", G, null, ALL, null));
    d.add(row("3.1", "Thống kê TTHC", G, null, ALL, "3"));
    d.add(row("3.1.3", "Tổng số TTHC đang có hiệu lực", C, Unit.PROCEDURE, ALL, "3.1"));
    d.add(child("3.1.3", ChildRole.PART, 1, "Số TTHC cấp huyện", C, Unit.PROCEDURE));
    d.add(child("3.1.3", ChildRole.PART, 2, "Số TTHC cấp xã", C, Unit.PROCEDURE));
    d.add(row("3.2.4", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", P, Unit.PERCENT, ALL, "3"));
    d.add(child("3.2.4", ChildRole.DENOMINATOR, 0, "Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)", C, Unit.DOSSIER));
    d.add(child("3.2.4", ChildRole.NUMERATOR, 0, "Số hồ sơ TTHC đã tiếp nhận trực tuyến", C, Unit.DOSSIER));
    d.add(row("3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", P, Unit.PERCENT, ALL, "3"));
    d.add(child("3.4.2", ChildRole.DENOMINATOR, 0, "Tổng số hồ sơ TTHC đã giải quyết xong", C, Unit.DOSSIER));
    d.add(child("3.4.2", ChildRole.NUMERATOR, 0, "Số hồ sơ TTHC giải quyết đúng hạn", C, Unit.DOSSIER));
    d.add(row("4", "Cải cách tổ chức bộ máy hành chính nhà nước", G, null, ALL, null));
    d.add(row("4.2.1", "Tổng số biên chế được giao trong năm", C, Unit.PERSON, ALL, "4"));
    d.add(row("4.2.2", "Tổng số biên chế có mặt tại thời điểm báo cáo", C, Unit.PERSON, ALL, "4"));
    d.add(row("5.4", "Số lượng cán bộ, công chức, viên chức bị kỷ luật (cả về Đảng và chính quyền).", C, Unit.PERSON, ALL, null));
    d.add(child("5.4", ChildRole.PART, 1, "Số lãnh đạo UBND cấp xã bị kỷ luật.", C, Unit.PERSON));
    d.add(child("5.4", ChildRole.PART, 2, "Số người làm việc hưởng lương từ NSNN tại các ĐVSN bị kỷ luật.", C, Unit.PERSON));
    d.add(row("6", "Cải cách tài chính công", G, null, ALL, null));
    d.add(row("6.1", "Tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư công", P, Unit.PERCENT, ALL, "6"));
    d.add(child("6.1", ChildRole.DENOMINATOR, 0, "Kế hoạch được giao", M, Unit.MILLION_VND));
    d.add(child("6.1", ChildRole.NUMERATOR, 0, "Đã thực hiện", M, Unit.MILLION_VND));
    d.add(row("6.2", "Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) (lũy kế đến thời điểm báo cáo)", G, null, ALL, "6"));
    d.add(row("6.2.1", "Tổng số ĐVSN công lập tại địa phương", C, Unit.UNIT, ALL, "6.2"));
    d.add(row("7", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", G, null, ALL, null));
    d.add(coded("7.2", "Xây dựng và vận hành Hệ thống hợp trực tuyến", "ONLINE_MEETING_LEVELS", "7"));
    d.add(row("7.5", "Số liệu về trao đổi văn bản điện tử", G, null, ALL, "7"));
    d.add(row("7.5.2", "Tỷ lệ văn bản trao đổi giữa các cơ quan, đơn vị trên địa bàn dưới dạng điện tử", C, Unit.DOCUMENT, ALL, "7.5"));
    d.add(child("7.5.2", ChildRole.PART, 1, "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử", P, Unit.PERCENT));
    d.add(child("7.5.2", ChildRole.PART, 2, "Tỷ lệ văn bản được gửi dưới dạng điện tử và song song với văn bản giấy", P, Unit.PERCENT));
    Catalogue cat = Catalogue.builder().id("test-2024").title("test").validFrom(LocalDate.of(2024, 1, 1))
        .codeLists(vn.cchc.model.catalogue.Catalogues.bundled().codeLists()).indicators(d).build();
    // stocks and limits as a catalogue author (or the one-off tool) writes them
    return LabelHeuristics.withDefaults(cat);
  }

  /** The fixture's appendix values on the test catalogue (as written). */
  static Map<String, String> fixtureValues() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1.1", "30%");
    m.put("1.1/denominator", "10");
    m.put("1.1/numerator", "3");
    m.put("1.5", "0");
    m.put("2.1", "0");
    m.put("2.4", "0");
    m.put("2.4/denominator", "0");
    m.put("2.4/numerator", "0");
    m.put("3.1", "148");
    m.put("3.1.3", "166");
    m.put("3.1.3/part-1", "");
    m.put("3.1.3/part-2", "166");
    m.put("3.2.4", "99,3");
    m.put("3.2.4/denominator", "1.492");
    m.put("3.2.4/numerator", "1.482");
    m.put("3.4.2", "100");
    m.put("3.4.2/denominator", "1.481");
    m.put("3.4.2/numerator", "39");
    m.put("4.2.1", "20");
    m.put("4.2.2", "19");
    m.put("5.4", "0");
    m.put("5.4/part-1", "0");
    m.put("5.4/part-2", "0");
    m.put("6.1", "0");
    m.put("6.1/denominator", "0");
    m.put("6.1/numerator", "0");
    m.put("6.2", "0");
    m.put("6.2.1", "");
    m.put("7.2", "2");
    m.put("7.5.2", "266");
    m.put("7.5.2/part-1", "100");
    m.put("7.5.2/part-2", "0,2");
    return m;
  }

  /** A value as the text reader would make it from a cell, using the definition's kind and unit. */
  static IndicatorValue value(IndicatorDefinition d, String cell) {
    if (cell.isBlank()) {
      return NotReportedValue.of();
    }
    if (cell.strip().equals("-")) {
      return NotApplicableValue.of();
    }
    VietnameseNumber n = VietnameseNumber.parse(cell);
    if (d.kind() == IndicatorKind.CODED) {
      return CodedValue.of(d.codeListId().orElseThrow(), n.value().intValueExact(), cell);
    }
    if (d.kind() == IndicatorKind.PERCENTAGE || n.percent()) {
      return PercentageValue.of(n.value(), cell);
    }
    if (d.kind() == IndicatorKind.MONEY) {
      return MoneyValue.of(n.value(), d.unit().get(), cell);
    }
    return CountValue.of(n.value().longValueExact(), d.unit().filter(u -> u.kind() == vn.cchc.model.UnitKind.COUNT), cell);
  }

  static Report report(Catalogue cat, Map<String, String> cells) {
    return builder(cat, cells).build();
  }

  static vn.cchc.model.ImmutableReport.Builder builder(Catalogue cat, Map<String, String> cells) {
    List<AppendixEntry> entries = new ArrayList<>();
    int line = 237;
    for (IndicatorDefinition d : cat.indicators()) {
      if (!cells.containsKey(d.id())) {
        continue;
      }
      entries.add(entry(d, value(d, cells.get(d.id())), line++));
    }
    return skeleton(cat).appendix(entries);
  }

  static AppendixEntry entry(IndicatorDefinition d, IndicatorValue v, int line) {
    String unit = d.unit().map(Unit::label).or(() -> d.codeListId().flatMap(Catalogues.bundled()::codeList)
        .map(vn.cchc.model.catalogue.CodeList::asWritten)).orElse("");
    return AppendixEntry.builder().indicatorId(d.id()).codeAsWritten(d.code().map(c -> c + ".")).label(d.label())
        .unitAsWritten(unit).value(v).location(SourceLocation.of(line, 1))
        .sourceLine(d.code().orElse("") + "\t" + d.label() + "\t" + unit + "\t" + v.asWritten() + "\t").build();
  }

  static vn.cchc.model.ImmutableReport.Builder skeleton(Catalogue cat) {
    return Report.builder().catalogueId(cat.id())
        .number(DocumentNumber.parse("45/BC-UBND").orElseThrow())
        .issueDate(LocalDate.of(2024, 3, 12))
        .issuer(IssuingUnit.builder().asWritten("UBND thị trấn Đình Cả").body("UBND")
            .unitType(AdministrativeUnitType.TOWNSHIP).unitName("Đình Cả").level(AdministrativeLevel.COMMUNE).build())
        .title("Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024")
        .period(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1));
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
