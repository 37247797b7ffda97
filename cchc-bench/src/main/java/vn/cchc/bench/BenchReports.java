package vn.cchc.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Progress;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.Signer;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.render.RenderInput;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/**
 * A report the size of the 2024 template's appendix (about 100 rows: counts, percentages with their
 * children, coded answers, blanks) with a narrative of four sections, and its hand-made catalogue.
 */
final class BenchReports {
  private BenchReports() {}

  static RenderInput input(int seq) {
    List<IndicatorDefinition> defs = new ArrayList<>();
    var b = Report.builder().catalogueId("bench")
        .number(DocumentNumber.parse(seq + "/BC-UBND").orElseThrow())
        .issueDate(LocalDate.of(2024, 3, 12))
        .issuer(IssuingUnit.builder().asWritten("UBND xã Số " + seq).body("UBND").unitType(AdministrativeUnitType.COMMUNE)
            .unitName("Số " + seq).level(AdministrativeLevel.COMMUNE).build())
        .title("Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024")
        .period(ReportingPeriod.of(2024, PeriodKind.QUARTER, 1))
        .signer(Signer.of("CHỦ TỊCH", "Trịnh Thanh Phương"))
        .addRecipients("UBND huyện", "Phòng Nội vụ huyện", "Lưu: VP");
    String[] roman = {"I.", "II.", "III.", "IV."};
    int line = 1;
    for (String r : roman) {
      var s = NarrativeSection.builder().marker(r).title("CÔNG TÁC CẢI CÁCH HÀNH CHÍNH").location(SourceLocation.of(line++, 1));
      for (int k = 1; k <= 3; k++) {
        s.addChildren(NarrativeSection.builder().marker(k + ".").title("Về cải cách thủ tục hành chính")
            .location(SourceLocation.of(line++, 1))
            .addBlocks(NarrativeBlock.builder().kind(NarrativeBlock.Kind.PARAGRAPH).location(SourceLocation.of(line++, 1))
                .text("UBND xã đã triển khai thực hiện Kế hoạch số 06/KH-UBND ngày 10/01/2024, tiếp nhận 1.492 hồ sơ, "
                    + "trong đó 1.482 hồ sơ trực tuyến đạt tỷ lệ 99,3%; giải quyết đúng hạn 100% hồ sơ.").build())
            .build());
      }
      b.addSections(s.build());
    }
    SourceLocation at = SourceLocation.of(300, 1);
    for (int g = 1; g <= 20; g++) {
      String pid = g + ".1";
      defs.add(def(pid, pid, IndicatorKind.PERCENTAGE, Unit.PERCENT, null, null));
      defs.add(def(pid + "/denominator", null, IndicatorKind.COUNT, Unit.DOSSIER, pid,
          vn.cchc.model.catalogue.ChildRole.DENOMINATOR));
      defs.add(def(pid + "/numerator", null, IndicatorKind.COUNT, Unit.DOSSIER, pid,
          vn.cchc.model.catalogue.ChildRole.NUMERATOR));
      defs.add(def(g + ".2", g + ".2", IndicatorKind.COUNT, Unit.PROCEDURE, null, null));
      defs.add(IndicatorDefinition.builder().id(g + ".3").code(g + ".3").label("Tiến độ thực hiện")
          .kind(IndicatorKind.CODED).codeListId("PROGRESS")
          .levels(EnumSet.of(AdministrativeLevel.COMMUNE)).build());
      b.addAppendix(row(pid, pid + ".", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%",
          PercentageValue.of(new BigDecimal("99.3"), "99,3"), at));
      b.addAppendix(row(pid + "/denominator", null, "Tổng số hồ sơ TTHC đã tiếp nhận", "Hồ sơ",
          CountValue.of(1492 + seq, Optional.of(Unit.DOSSIER), "1.492"), at));
      b.addAppendix(row(pid + "/numerator", null, "Số hồ sơ TTHC được tiếp nhận trực tuyến", "Hồ sơ",
          CountValue.of(1482, Optional.of(Unit.DOSSIER), "1.482"), at));
      b.addAppendix(row(g + ".2", g + ".2.", "Tổng số TTHC đang có hiệu lực", "Thủ tục",
          g % 4 == 0 ? NotReportedValue.of() : CountValue.of(166, Optional.of(Unit.PROCEDURE), "166"), at));
      b.addAppendix(row(g + ".3", g + ".3.", "Tiến độ thực hiện", "Chưa = 0 Đang làm = 1 Hoàn thành = 2",
          CodedValue.of(Progress.values()[g % 3], Integer.toString(g % 3)), at));
    }
    Catalogue cat = Catalogue.builder().id("bench").title("bench").validFrom(LocalDate.of(2024, 1, 1))
        .addCodeLists(vn.cchc.model.catalogue.Catalogues.bundled().codeList("PROGRESS").orElseThrow())
        .indicators(defs).build();
    return RenderInput.builder().report(b.build()).catalogue(cat)
        .addFindings(Finding.builder().ruleId("ratio.consistent").severity(Severity.WARNING).addIndicatorIds("1.1")
            .message(vn.cchc.model.message.Message.of(BUNDLE, "bench.ratio-mismatch")).build())
        .build();
  }

  private static final vn.cchc.model.message.MessageBundle BUNDLE = vn.cchc.model.message.MessageBundle.of(
      "vn.cchc.bench.bench", locale -> java.util.ResourceBundle.getBundle("vn.cchc.bench.bench", locale));

  private static IndicatorDefinition def(String id, String code, IndicatorKind kind, Unit unit, String parent,
      vn.cchc.model.catalogue.ChildRole role) {
    return IndicatorDefinition.builder().id(id).code(Optional.ofNullable(code)).label("Chỉ tiêu " + id).kind(kind)
        .unit(unit).levels(EnumSet.of(AdministrativeLevel.COMMUNE)).parentId(Optional.ofNullable(parent))
        .role(Optional.ofNullable(role)).build();
  }

  private static AppendixEntry row(String id, String code, String label, String unit, IndicatorValue v,
      SourceLocation at) {
    return AppendixEntry.builder().indicatorId(id).codeAsWritten(Optional.ofNullable(code)).label(label)
        .unitAsWritten(unit).value(v).location(at).sourceLine(label).build();
  }
}
