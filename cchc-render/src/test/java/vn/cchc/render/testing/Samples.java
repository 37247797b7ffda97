package vn.cchc.render.testing;

import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;

import java.math.BigDecimal;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DateWindow;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.ImmutableDocumentNumber;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.IssuingUnit;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.NotApplicableValue;
import vn.cchc.model.NotReportedValue;
import vn.cchc.model.OnlineMeetingLevel;
import vn.cchc.model.PercentageValue;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.Signer;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.SurveyMethod;
import vn.cchc.model.Unit;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.ChildRole;
import vn.cchc.model.catalogue.IndicatorDefinition;
import vn.cchc.model.catalogue.IndicatorKind;
import vn.cchc.rules.DerivedValue;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/**
 * Sample reports for the renderer tests, built with the model builders: rows taken from the fixture
 * (docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt), every value state, findings and derived values.
 * Every text field can be replaced, for the injection property test.
 */
public final class Samples {
  private Samples() {}

  /** Every text field a renderer may show. */
  public enum Field {
    ISSUER, NUMBER, PLACE, TITLE, PREAMBLE, SECTION_MARKER, SECTION_TITLE, PARAGRAPH, BULLET_MARKER, BULLET,
    CLOSING, RECIPIENT, SIGNER_POSITION, SIGNER_NAME, ON_BEHALF, CODE, LABEL, UNIT, NOTE, INDICATOR_ID,
    FINDING_VI, FINDING_EN, RULE_ID, SECTION_PATH
  }

  public static final String LABEL_1_1 =
      "Tỷ lệ hoàn thành kế hoạch CCHC năm (lũy kế đến thời điểm báo cáo)";
  public static final String LABEL_3_2_4 = "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến";

  private static final Set<AdministrativeLevel> COMMUNE = EnumSet.of(AdministrativeLevel.COMMUNE);

  public static Catalogue catalogue() {
    return Catalogue.builder().id("cchc-test").title("Danh mục thử").validFrom(LocalDate.of(2024, 1, 1))
        .codeLists(vn.cchc.model.catalogue.Catalogues.bundled().codeLists())
        .addIndicators(def("1", "1", "Công tác chỉ đạo, điều hành CCHC", null, IndicatorKind.GROUP, null, null))
        .addIndicators(def("1.1", "1.1", LABEL_1_1, Unit.PERCENT, IndicatorKind.PERCENTAGE, "1", null))
        .addIndicators(def("1.1/denominator", null, "Số nhiệm vụ đề ra trong kế hoạch", Unit.TASK,
            IndicatorKind.COUNT, "1.1", ChildRole.DENOMINATOR))
        .addIndicators(def("1.1/numerator", null, "Số nhiệm vụ đã hoàn thành", Unit.TASK, IndicatorKind.COUNT,
            "1.1", ChildRole.NUMERATOR))
        .addIndicators(IndicatorDefinition.builder().id("1.4.2").code("1.4.2").label("Hình thức khảo sát")
            .kind(IndicatorKind.CODED).codeListId("SURVEY_METHOD").levels(COMMUNE).build())
        .addIndicators(def("2.1", "2.1", "Số VBQPPL do HĐND, UBND cấp huyện đã ban hành", Unit.DOCUMENT,
            IndicatorKind.COUNT, null, null))
        .addIndicators(def("2.2", "2.2", "Số VBQPPL đã kiểm tra theo thẩm quyền", Unit.DOCUMENT, IndicatorKind.COUNT,
            null, null))
        .addIndicators(def("3.1.3", "3.1.3", "Tổng số TTHC đang có hiệu lực", Unit.PROCEDURE, IndicatorKind.COUNT,
            null, null))
        .addIndicators(def("3.2.4", "3.2.4", LABEL_3_2_4, Unit.PERCENT, IndicatorKind.PERCENTAGE, null, null))
        .addIndicators(def("3.2.4/denominator", null, "Tổng số hồ sơ TTHC đã tiếp nhận", Unit.DOSSIER,
            IndicatorKind.COUNT, "3.2.4", ChildRole.DENOMINATOR))
        .addIndicators(def("3.2.4/numerator", null, "Số hồ sơ TTHC được tiếp nhận trực tuyến", Unit.DOSSIER,
            IndicatorKind.COUNT, "3.2.4", ChildRole.NUMERATOR))
        .addIndicators(def("6.1", "6.1", "Kinh phí thực hiện CCHC", Unit.MILLION_VND, IndicatorKind.MONEY, null, null))
        .addIndicators(IndicatorDefinition.builder().id("7.2").code("7.2").label("Họp trực tuyến")
            .kind(IndicatorKind.CODED).codeListId("ONLINE_MEETING_LEVELS").levels(COMMUNE).build())
        .build();
  }

  private static IndicatorDefinition def(String id, String code, String label, Unit unit, IndicatorKind kind,
      String parent, ChildRole role) {
    return IndicatorDefinition.builder().id(id).code(Optional.ofNullable(code)).label(label)
        .unit(Optional.ofNullable(unit)).kind(kind).levels(COMMUNE).parentId(Optional.ofNullable(parent))
        .role(Optional.ofNullable(role)).build();
  }

  public static Report report() {
    return report(f -> Optional.empty());
  }

  /** The bundle of the sample findings: {@code sample.finding} is its Vietnamese or English argument. */
  public static final MessageBundle BUNDLE = MessageBundle.of("vn.cchc.render.testing.samples",
      locale -> java.util.ResourceBundle.getBundle("vn.cchc.render.testing.samples", locale));

  /**
   * A finding message whose text is given: Vietnamese and English.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @return the message
   */
  public static Message text(String vi, String en) {
    return Message.of(BUNDLE, "sample.finding", vi, en);
  }

  public static RenderInput input() {
    return input(f -> Optional.empty());
  }

  /** The report with its catalogue, two findings on rows, one on the narrative, and two derived values. */
  public static RenderInput input(Function<Field, Optional<String>> override) {
    Function<Field, String> t = f -> override.apply(f).orElse(null);
    String rule = Optional.ofNullable(t.apply(Field.RULE_ID)).orElse("ratio.consistent");
    String vi = Optional.ofNullable(t.apply(Field.FINDING_VI)).orElse("Tỷ lệ 30% không khớp 3/10 = 30,0%? kiểm tra lại");
    String en = Optional.ofNullable(t.apply(Field.FINDING_EN)).orElse("The ratio does not match its parts");
    String firstId = Optional.ofNullable(t.apply(Field.INDICATOR_ID)).orElse("1.1");
    return RenderInput.builder().report(report(override)).catalogue(catalogue())
        .addFindings(Finding.builder().ruleId(rule).severity(Severity.ERROR).addIndicatorIds(firstId, "1.1/numerator")
            .expected(new BigDecimal("30.0")).actual(new BigDecimal("30")).message(text(vi, en)).build())
        .addFindings(Finding.builder().ruleId("ratio.rounding").severity(Severity.WARNING).addIndicatorIds("3.2.4")
            .message(text("Tỷ lệ làm tròn sai", "Rounded the wrong way")).build())
        .addFindings(Finding.builder().ruleId("narrative.date").severity(Severity.INFO)
            .sectionPath(Optional.ofNullable(t.apply(Field.SECTION_PATH)).orElse("I.1"))
            .location(SourceLocation.of(12, 1)).message(text("Khoảng thời gian lấy số liệu khác mặc định", "Non-default data window")).build())
        .addDerivedValues(DerivedValue.builder().indicatorId(firstId).value(new BigDecimal("30.000000"))
            .numerator(BigDecimal.valueOf(3)).denominator(BigDecimal.TEN).build())
        .addDerivedValues(DerivedValue.builder().indicatorId("3.2.4").value(new BigDecimal("99.3297587131"))
            .numerator(BigDecimal.valueOf(1482)).denominator(BigDecimal.valueOf(1492)).build())
        .build();
  }

  public static Report report(Function<Field, Optional<String>> override) {
    Function<Field, String> t = f -> override.apply(f).orElse(null);
    SourceLocation at = SourceLocation.of(238, 1);
    String issuer = or(t.apply(Field.ISSUER), "UBND thị trấn Đình Cả");
    DocumentNumber number = t.apply(Field.NUMBER) == null ? DocumentNumber.parse("45/BC-UBND").orElseThrow()
        : ImmutableDocumentNumber.builder().asWritten(t.apply(Field.NUMBER)).sequence(45).firstPart("BC")
            .secondPart("UBND").build();
    var b = Report.builder()
        .catalogueId("cchc-test")
        .number(number)
        .issueDate(LocalDate.of(2024, 3, 12))
        .issuer(IssuingUnit.builder().asWritten(issuer).body("UBND")
            .unitType(AdministrativeUnitType.TOWNSHIP).unitName("Đình Cả").level(AdministrativeLevel.COMMUNE).build())
        .place(Optional.ofNullable(t.apply(Field.PLACE)))
        .title(or(t.apply(Field.TITLE), "Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024"))
        .period(ReportingPeriod.builder().year(2024).kind(PeriodKind.QUARTER).index(1)
            .dataWindow(DateWindow.of(LocalDate.of(2023, 12, 13), LocalDate.of(2024, 3, 11))).build())
        .signer(Signer.of(or(t.apply(Field.SIGNER_POSITION), "CHỦ TỊCH"), or(t.apply(Field.SIGNER_NAME), "Trịnh Thanh Phương")))
        .addRecipients("UBND huyện", or(t.apply(Field.RECIPIENT), "Phòng Nội vụ huyện"), "Lưu: VP");
    if (t.apply(Field.ON_BEHALF) != null) {
      b.signer(vn.cchc.model.ImmutableSigner.builder().position(or(t.apply(Field.SIGNER_POSITION), "CHỦ TỊCH"))
          .name(or(t.apply(Field.SIGNER_NAME), "Trịnh Thanh Phương")).onBehalfOf(t.apply(Field.ON_BEHALF)).build());
    }
    b.addPreamble(para(or(t.apply(Field.PREAMBLE), "Thực hiện Kế hoạch số 06/KH-UBND ngày 10/01/2024 của UBND thị trấn."), 7));
    b.addSections(NarrativeSection.builder().marker(or(t.apply(Field.SECTION_MARKER), "I."))
        .title(or(t.apply(Field.SECTION_TITLE), "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC")).location(SourceLocation.of(9, 1))
        .addBlocks(para(or(t.apply(Field.PARAGRAPH), "Tính tới thời điểm báo cáo, đã thực hiện được 3/11 nhiệm vụ đạt 27,2% kế hoạch."), 10))
        .addChildren(NarrativeSection.builder().marker("1.").title("Về kế hoạch cải cách hành chính")
            .location(SourceLocation.of(11, 1))
            .addBlocks(NarrativeBlock.builder().kind(NarrativeBlock.Kind.BULLET).marker(or(t.apply(Field.BULLET_MARKER), "-"))
                .text(or(t.apply(Field.BULLET), "Kế hoạch số 06/KH-UBND ngày 10/01/2024;")).location(SourceLocation.of(12, 1)).build())
            .addBlocks(NarrativeBlock.builder().kind(NarrativeBlock.Kind.SUB_BULLET).marker("+")
                .text("Tuyên truyền CCHC.").location(SourceLocation.of(13, 1)).build())
            .build())
        .build());
    b.addClosing(para(or(t.apply(Field.CLOSING), "Trên đây là báo cáo kết quả công tác CCHC quý I năm 2024."), 200));
    String code = t.apply(Field.CODE);
    String label = t.apply(Field.LABEL);
    String unit = t.apply(Field.UNIT);
    String note = t.apply(Field.NOTE);
    b.addAppendix(row(or(t.apply(Field.INDICATOR_ID), "1.1"), or(code, "1.1."), or(label, LABEL_1_1), or(unit, "%"),
        PercentageValue.of(new BigDecimal("30"), "30%"), note, at));
    b.addAppendix(row("1.1/denominator", null, "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ",
        CountValue.of(10, Optional.of(Unit.TASK), "10"), null, at));
    b.addAppendix(row("1.1/numerator", null, "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ",
        CountValue.of(3, Optional.of(Unit.TASK), "3"), null, at));
    b.addAppendix(row("1.4.2", "1.4.2.", "Hình thức khảo sát", "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2",
        CodedValue.of(SurveyMethod.COMBINED, "2"), null, at));
    b.addAppendix(row("2.1", "2.1.", "Số VBQPPL do HĐND, UBND cấp huyện đã ban hành", "Văn bản",
        CountValue.of(0, Optional.of(Unit.DOCUMENT), "0"), null, at));
    b.addAppendix(row("2.2", "2.2.", "Số VBQPPL đã kiểm tra theo thẩm quyền của Chủ tịch UBND cấp huyện", "-",
        NotApplicableValue.of(), null, at));
    b.addAppendix(row("3.1.3", "3.1.3.", "Tổng số TTHC đang có hiệu lực", "Thủ tục",
        CountValue.of(1492, Optional.of(Unit.PROCEDURE), "1.492"), "Ghi chú: số liệu lũy kế", at));
    b.addAppendix(row("3.2.4", "3.2.4.", LABEL_3_2_4, "%", PercentageValue.of(new BigDecimal("99.3"), "99,3"), null, at));
    b.addAppendix(row("3.2.4/denominator", null, "Tổng số hồ sơ TTHC đã tiếp nhận", "Hồ sơ",
        CountValue.of(1492, Optional.of(Unit.DOSSIER), "1.492"), null, at));
    b.addAppendix(row("3.2.4/numerator", null, "Số hồ sơ TTHC được tiếp nhận trực tuyến", "Hồ sơ",
        NotReportedValue.of(), null, at));
    b.addAppendix(row("6.1", "6.1.", "Kinh phí thực hiện CCHC", "Triệu đồng",
        MoneyValue.of(new BigDecimal("1.5"), Unit.MILLION_VND, "1,5"), null, at));
    b.addAppendix(row("7.2", "7.2.", "Họp trực tuyến", "Chưa có = 0 2 cấp = 1 3 cấp = 2",
        CodedValue.of(OnlineMeetingLevel.THREE_LEVELS, "2"), null, at));
    return b.build();
  }

  private static String or(String a, String b) {
    return a == null ? b : a;
  }

  private static NarrativeBlock para(String text, int line) {
    return NarrativeBlock.builder().kind(NarrativeBlock.Kind.PARAGRAPH).text(text).location(SourceLocation.of(line, 1))
        .build();
  }

  private static AppendixEntry row(String id, String code, String label, String unit, IndicatorValue v, String note,
      SourceLocation at) {
    return AppendixEntry.builder().indicatorId(id).codeAsWritten(Optional.ofNullable(code)).label(label)
        .unitAsWritten(unit).value(v).note(Optional.ofNullable(note)).location(at)
        .sourceLine(String.join("\t", code == null ? "" : code, label, unit, v.asWritten())).build();
  }

  /** The values of the sample's appendix rows, in order, as numbers (empty for "-" and blank). */
  public static List<String> ids() {
    return report().appendix().stream().map(AppendixEntry::indicatorId).collect(java.util.stream.Collectors.toList());
  }
}
