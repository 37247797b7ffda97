package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rules.TestData.dec;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.DateWindow;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/** Narrative claims, document references and the data window, with the fixture's sentences verbatim. */
class NarrativeAndDocumentRulesTest {
  private final Catalogue cat = TestData.catalogue();

  private static NarrativeBlock para(int line, String text) {
    return NarrativeBlock.builder().kind(NarrativeBlock.Kind.PARAGRAPH).text(text).location(SourceLocation.of(line, 1)).build();
  }

  private static NarrativeBlock bullet(int line, String text) {
    return NarrativeBlock.builder().kind(NarrativeBlock.Kind.BULLET).marker("-").text(text)
        .location(SourceLocation.of(line, 1)).build();
  }

  private static NarrativeBlock sub(int line, String text) {
    return NarrativeBlock.builder().kind(NarrativeBlock.Kind.SUB_BULLET).marker("- +").text(text)
        .location(SourceLocation.of(line, 1)).build();
  }

  private static NarrativeSection section(String marker, int line, List<NarrativeBlock> blocks, NarrativeSection... kids) {
    return titled(marker, "", line, blocks, kids);
  }

  private static NarrativeSection titled(String marker, String title, int line, List<NarrativeBlock> blocks,
      NarrativeSection... kids) {
    return NarrativeSection.builder().marker(marker).title(title).location(SourceLocation.of(line, 1)).blocks(blocks)
        .addChildren(kids).build();
  }

  private static DocumentReference ref(String word, String number, LocalDate date, String subject, int line, String path) {
    return DocumentReference.builder().typeWord(Optional.ofNullable(word)).number(DocumentNumber.parse(number).orElseThrow())
        .date(Optional.ofNullable(date)).subject(Optional.ofNullable(subject)).location(SourceLocation.of(line, 1))
        .sectionPath(path).build();
  }

  private static LocalDate d(int day, int month, int year) {
    return LocalDate.of(year, month, day);
  }

  /** The fixture's narrative sentences that carry figures, and its references, on the fixture's appendix. */
  private Report fixtureLike() {
    NarrativeSection i1 = section("1.", 9, List.of(
        para(15, "Tính tới thời điểm báo cáo, đã thực hiện được 3/11 nhiệm vụ đạt 27,2% kế hoạch đề ra từ đầu năm.")));
    NarrativeSection d22 = titled("đ.",
        "Kết quả giải quyết hồ sơ (tính từ ngày 13/12/2023 đến 11/03/2024, số liệu được tổng hợp trên phần mềm một cửa)", 81, List.of(
        bullet(83, "Tổng số hồ sơ đã tiếp nhận: hồ sơ, trong đó: 1.492 hồ sơ, trong đó:"),
        sub(84, "Số hồ sơ tiếp nhận trực tuyến: 1.482 hồ sơ."),
        sub(85, "Số hồ sơ tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích: 03 hồ sơ."),
        sub(86, "Số hồ sơ từ kỳ báo cáo trước chuyển qua: 07 hồ sơ."),
        bullet(88, "Tổng số hồ sơ đã giải quyết: hồ sơ, trong đó: 1.481 hồ sơ."),
        sub(89, "Trước hạn: 1.442 hồ sơ."),
        sub(90, "Đúng hạn: 39 hồ sơ."),
        sub(91, "Quá hạn: 0 hồ sơ."),
        bullet(92, "Tổng số hồ sơ đang giải quyết: 11 hồ sơ.")));
    NarrativeSection s22 = section("2.2.", 73, List.of(), d22);
    NarrativeSection s23 = section("2.3.", 104, List.of(para(108,
        "Trong kỳ báo cáo, UBND thị trấn đã chỉ đạo các công chức chuyên môn thực hiện số hóa được 1.154/1.221 hồ sơ đạt 92%, số hồ sơ mới tiếp nhận và đang chờ số hóa là 67 hồ sơ.")));
    NarrativeSection ii2 = section("2.", 63, List.of(), s22, s23);
    NarrativeSection ii4 = section("4.", 122, List.of(para(124,
        "Số lượng, chất lượng đội ngũ cán bộ, công chức tại thị trấn đến thời điểm báo cáo là 19, trong đó: cán bộ là 11 người, công chức là 08 người. Cấp ủy đảng, chính quyền địa phương thường xuyên cử đội ngũ cán bộ.")));
    NarrativeSection s63 = section("6.3.", 160, List.of(bullet(168,
        "Hiện nay, 05/05 tổ dân phố đều được cung cấp dịch vụ internet băng rộng di động (3G,4G).")));
    NarrativeSection s64 = section("6.4.", 170, List.of(para(172,
        "Trong kỳ báo cáo, thị trấn có 100% hồ sơ giải quyết TTHC trả đúng và trước hạn; thị trấn có 66/182 TTHC cung cấp dịch vụ công toàn trình, còn lại là TTHC cung cấp dịch vụ công một phần; toàn thị trấn có 1.482/1.492 hồ sơ phát sinh qua dịch vụ công trực tuyến, đạt tỷ lệ 99,3%. Có 03 hồ sơ phát sinh qua dịch vụ bưu chính. Tỷ lệ thanh toán trực tuyến đạt 90,68%.")));
    NarrativeSection ii6 = section("6.", 138, List.of(), s63, s64);
    NarrativeSection i = section("I.", 7, List.of(), i1);
    NarrativeSection ii = section("II.", 47, List.of(), ii2, ii4, ii6);
    List<DocumentReference> refs = List.of(
        ref("kế hoạch", "06/KH-UBND", d(10, 1, 2024), "cải cách hành chính với một số nhiệm vụ trọng tâm", 11, "I.1"),
        ref("Quyết định", "15/QĐ-UBND", d(12, 1, 2024), "việc Ban hành Kế hoạch kiểm soát thủ tục hành chính thị trấn Đình Cả năm 2024", 21, "I.2"),
        ref("Kế hoạch", "16/KH-UBND", d(15, 1, 2024), "tuyên truyền cải cách hành chính năm 2024", 23, "I.2"),
        ref("Kế hoạch", "20/KH-UBND", d(19, 1, 2024), "công tác tư pháp năm 2024", 25, "I.2"),
        ref("Kế hoạch", "33/QĐ-UBND", d(31, 1, 2024), "rà soát, đánh giá TTHC năm 2024", 27, "I.2"),
        ref("Kế hoạch", "34/KH-UBND", d(31, 1, 2024), "kiểm tra, rà soát, hệ thống hóa VBQPPL năm 2024", 29, "I.2"),
        ref("Kế hoạch", "35/KH-UBND", d(31, 1, 2022), "tuyên truyền phổ biến giáo dục pháp luật năm 2024", 31, "I.2"),
        ref("kế hoạch", "16/KH-UBND", d(15, 1, 2022), "tuyên truyền về công tác cải cách hành chính năm 2022", 37, "I.3"),
        ref("kế hoạch", "20/KH-UBND", d(19, 1, 2024), "công tác tư pháp", 53, "II.1.1"),
        ref("Kế hoạch", "34/KH-UBND", d(31, 1, 2024), "kiểm tra, rà soát, hệ thống hóa VBQPPL năm 2024", 57, "II.1.2"),
        ref("Quyết định", "33/KH-UBND", d(31, 1, 2024), "rà soát, đánh giá TTHC năm 2024", 71, "II.2.1.b"),
        ref("quyết định", "1291/QĐ-TTg", null, null, 79, "II.2.2.c"),
        ref("Nghị định", "45/2020/NĐ-CP", null, null, 106, "II.2.3.a"),
        ref("Quyết định", "06/QĐ-TTg", null, null, 106, "II.2.3.a"),
        ref("kế hoạch", "56/KH-UBND", d(1, 3, 2024), "truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính năm 2024", 112, "II.2.4"),
        ref("Nghị quyết", "07/2019/NQ-HĐND", d(11, 12, 2019), null, 120, "II.3"),
        ref("quyết định", "36/QĐ-UBND", d(7, 2, 2024), "Kiện toàn Tổ công tác giai đoạn 2022 - 2025, tầm nhìn đến năm 2030", 142, "II.6.6.1"),
        ref("Kế hoạch", "13/KH-UBND", d(15, 1, 2024), "thực hiện chương trình chuyển đổi số năm 2024", 144, "II.6.6.1"));
    return TestData.builder(cat, TestData.fixtureValues()).sections(List.of(i, ii)).references(refs)
        .period(ReportingPeriod.builder().year(2024).kind(PeriodKind.QUARTER).index(1)
            .dataWindow(DateWindow.of(d(13, 12, 2023), d(11, 3, 2024))).build())
        .build();
  }

  private List<Finding> narrativeAndDocs() {
    return Checker.check(fixtureLike(), cat).findings().stream().filter(f -> f.indicatorIds().isEmpty()
        || f.ruleId().startsWith("narrative")).collect(Collectors.toList());
  }

  private static Finding at(List<Finding> fs, String rule, int line) {
    List<Finding> m = fs.stream().filter(f -> f.ruleId().equals(rule) && f.location().get().line() == line)
        .collect(Collectors.toList());
    assertThat(m).as(rule + " at line " + line).hasSize(1);
    return m.get(0);
  }

  @Test
  void fixtureNarrativeFindings() {
    List<Finding> fs = narrativeAndDocs();
    assertThat(fs.stream().map(f -> f.ruleId() + "@" + f.location().get().line())).containsExactlyInAnyOrder(
        "narrative.fraction-truncated@15", "narrative.fraction-appendix@15", "narrative.fraction-mismatch@108",
        "doc.type-symbol@27", "doc.subject-year@31", "doc.number-dates@37", "doc.type-symbol@71",
        "doc.number-symbols@71", "doc.number-order@144", "period.data-window@81");

    Finding t = at(fs, "narrative.fraction-truncated", 15);
    assertThat(t.severity()).isEqualTo(Severity.INFO);
    assertThat(t.expected()).contains(dec("27.27"));
    assertThat(t.actual()).contains(dec("27.2"));
    assertThat(t.sectionPath()).contains("I.1");

    Finding a = at(fs, "narrative.fraction-appendix", 15);
    assertThat(a.severity()).isEqualTo(Severity.ERROR);
    assertThat(a.indicatorIds()).containsExactly("1.1", "1.1/numerator", "1.1/denominator");
    assertThat(a.expected()).contains(dec("10"));
    assertThat(a.actual()).contains(dec("11"));

    Finding m = at(fs, "narrative.fraction-mismatch", 108);
    assertThat(m.expected()).contains(dec("94.5"));
    assertThat(m.actual()).contains(dec("92"));
    assertThat(m.sectionPath()).contains("II.2.3");

    assertThat(at(fs, "doc.type-symbol", 27).message(java.util.Locale.forLanguageTag("vi"))).contains("Kế hoạch").contains("33/QĐ-UBND");
    assertThat(at(fs, "doc.type-symbol", 71).message(java.util.Locale.ENGLISH)).contains("Quyết định").contains("33/KH-UBND");
    Finding y = at(fs, "doc.subject-year", 31);
    assertThat(y.actual()).contains(dec("2022"));
    assertThat(y.expected()).contains(dec("2024"));
    Finding dates = at(fs, "doc.number-dates", 37);
    assertThat(dates.severity()).isEqualTo(Severity.WARNING);
    assertThat(dates.message(java.util.Locale.forLanguageTag("vi"))).contains("16/KH-UBND").contains("15/01/2024").contains("15/01/2022");
    // a source line as people say it, not "23:3" (which reads as a time of day)
    assertThat(dates.message(java.util.Locale.forLanguageTag("vi"))).contains("ở dòng 23 ").doesNotContainPattern("[0-9]+:[0-9]+");
    assertThat(dates.message(java.util.Locale.ENGLISH)).contains("on line 23 ").doesNotContainPattern("[0-9]+:[0-9]+");
    assertThat(at(fs, "doc.number-symbols", 71).message(java.util.Locale.forLanguageTag("vi"))).contains("(dòng 27)");
    assertThat(at(fs, "doc.number-order", 144).message(java.util.Locale.ENGLISH)).contains("13/KH-UBND").contains("15/QĐ-UBND");
    Finding w = at(fs, "period.data-window", 81);
    assertThat(w.severity()).isEqualTo(Severity.INFO);
    assertThat(w.sectionPath()).contains("II.2.2.đ");
    assertThat(w.message(java.util.Locale.forLanguageTag("vi"))).contains("13/12/2023–11/03/2024").contains("15/12/2023–14/03/2024");
  }

  @Test
  void consistentNarrativeFiguresAreNotFlagged() {
    List<Finding> fs = narrativeAndDocs();
    for (int line : new int[] {83, 88, 92, 124, 168, 172}) {
      assertThat(fs).as("line " + line).noneMatch(f -> f.location().get().line() == line);
    }
  }

  @Test
  void wrongTotalsAreFound() {
    Report r = fixtureLike();
    NarrativeSection s = section("4.", 122, List.of(
        para(124, "Đội ngũ cán bộ, công chức là 19, trong đó: cán bộ là 11 người, công chức là 09 người."),
        bullet(125, "Tổng số hồ sơ đã giải quyết: hồ sơ, trong đó: 1.481 hồ sơ."),
        sub(126, "Trước hạn: 1.442 hồ sơ."),
        sub(127, "Đúng hạn: 38 hồ sơ.")));
    Report bad = vn.cchc.model.ImmutableReport.copyOf(r).withSections(section("II.", 47, List.of(), s));
    List<Finding> fs = Checker.check(bad, cat).findings();
    Finding inline = at(fs, "narrative.total-mismatch", 124);
    assertThat(inline.expected()).contains(dec("20"));
    assertThat(inline.actual()).contains(dec("19"));
    Finding bullets = at(fs, "narrative.total-mismatch", 125);
    assertThat(bullets.expected()).contains(dec("1480"));
    assertThat(bullets.actual()).contains(dec("1481"));
  }

  @Test
  void defaultDataWindowIsSilent() {
    Report r = vn.cchc.model.ImmutableReport.copyOf(fixtureLike()).withPeriod(ReportingPeriod.builder().year(2024)
        .kind(PeriodKind.QUARTER).index(1).dataWindow(DateWindow.of(d(15, 12, 2023), d(14, 3, 2024))).build());
    assertThat(Checker.check(r, cat).findings()).noneMatch(f -> f.ruleId().startsWith("period"));
    assertThat(PeriodRule.defaultWindow(ReportingPeriod.of(2024, PeriodKind.QUARTER, 3)))
        .isEqualTo(DateWindow.of(d(15, 6, 2024), d(14, 9, 2024)));
    assertThat(PeriodRule.defaultWindow(ReportingPeriod.of(2024, PeriodKind.MONTH, 1)))
        .isEqualTo(DateWindow.of(d(15, 12, 2023), d(14, 1, 2024)));
  }
}
