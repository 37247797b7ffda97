package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.DateWindow;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;

/** The title after "BÁO CÁO", the metadata sentence, and the reporting period. */
class TitleReaderTest {

  private static TitleReader.Title title(ReadContext ctx) {
    return new TitleReader(ctx).read(0, ctx.size()).orElseThrow();
  }

  @Test
  void aTitleOnOneLineAfterABlank() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "",
        "Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024", "", "I. CÔNG TÁC");
    TitleReader.Title t = title(ctx);
    assertThat(t.span().text())
        .isEqualTo("Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024");
    assertThat(t.span().start()).isEqualTo(SourceLocation.of(3, 1));
    assertThat(t.next()).isEqualTo(3);
    assertThat(ctx.problems()).isEmpty();
    assertThat(ctx.uses()).containsExactly(LineUse.TITLE, null, LineUse.TITLE, null, null);
  }

  @Test
  void aTitleCutBeforeItsYearIsOneTitle() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II",
        "năm 2024", "I. CÔNG TÁC");
    TitleReader.Title t = title(ctx);
    assertThat(t.span().text())
        .isEqualTo("Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024");
    assertThat(t.next()).isEqualTo(3);
    assertThat(Zone.problems(ctx)).containsExactly("2:1 REPAIRED_TEXT INFO");
    assertThat(ctx.problems().get(0).message()).isEqualTo("the title over 2 lines read as one");
  }

  @Test
  void aSentenceCaseTitleGoesOnInLowerCaseAfterItsYear() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "Kết quả công tác cải cách hành chính 9 tháng đầu năm 2024",
        "và phương hướng nhiệm vụ quý IV năm 2024", "I. CÔNG TÁC");
    assertThat(title(ctx).span().text()).isEqualTo(
        "Kết quả công tác cải cách hành chính 9 tháng đầu năm 2024 và phương hướng nhiệm vụ quý IV năm 2024");
  }

  @Test
  void aSentenceCaseTitleStopsAtACapitalisedParagraphAfterItsYear() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "Kết quả công tác cải cách hành chính năm 2024",
        "Thực hiện Kế hoạch số 06/KH-UBND ngày 10/01/2024");
    TitleReader.Title t = title(ctx);
    assertThat(t.span().text()).isEqualTo("Kết quả công tác cải cách hành chính năm 2024");
    assertThat(t.next()).isEqualTo(2);
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void anUpperCaseTitleOverTwoLines() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "6 THÁNG ĐẦU NĂM 2024", "I. CÔNG TÁC");
    assertThat(title(ctx).span().text()).isEqualTo("KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024");
    assertThat(Zone.problems(ctx)).containsExactly("2:1 REPAIRED_TEXT INFO");
  }

  @Test
  void anUpperCaseTitleOnTheTitleWordsLine() {
    ReadContext ctx = Zone.ctx("BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024", "I. CÔNG TÁC");
    assertThat(TitleReader.isTitleWord(ctx.line(0))).isTrue();
    TitleReader.Title t = title(ctx);
    assertThat(t.span().text()).isEqualTo("KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024");
    assertThat(t.span().start()).isEqualTo(SourceLocation.of(1, 9));
    assertThat(t.next()).isEqualTo(1);
  }

  @Test
  void noTitleAfterTheTitleWord() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "", "");
    assertThat(new TitleReader(ctx).read(0, ctx.size())).isEmpty();
  }

  @Test
  void titleWordRecognition() {
    assertThat(TitleReader.isTitleWord("BÁO CÁO")).isTrue();
    assertThat(TitleReader.isTitleWord("  **BÁO CÁO**  ")).isTrue();
    assertThat(TitleReader.isTitleWord("Báo cáo kết quả")).isFalse();
  }

  @Test
  void theMetadataSentenceOfAPortalRepost() {
    String line = "Báo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả công tác cải cách hành "
        + "chính năm 2023";
    ReadContext ctx = Zone.ctx(line);
    assertThat(TitleReader.isSentence(line)).isTrue();
    TitleReader.Sentence s = new TitleReader(ctx).sentence(0);
    assertThat(s.number()).hasValueSatisfying(n -> {
      assertThat(n.sequence()).isEqualTo(228);
      assertThat(n.firstPart()).isEqualTo("BC");
      assertThat(n.secondPart()).isEqualTo("UBND");
      assertThat(n.asWritten()).isEqualTo("228/ BC-UBND");
    });
    assertThat(s.date()).contains(LocalDate.of(2023, 12, 5));
    assertThat(s.issuer()).hasValueSatisfying(u -> {
      assertThat(u.asWritten()).isEqualTo("UBND phường Hà Phong");
      assertThat(u.unitType()).isEqualTo(AdministrativeUnitType.WARD);
      assertThat(u.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    });
    assertThat(s.at()).isEqualTo(SourceLocation.of(1, 1));
    assertThat(s.title().text()).isEqualTo("Kết quả công tác cải cách hành chính năm 2023");
    assertThat(s.title().start()).isEqualTo(SourceLocation.of(1, 69));
    assertThat(Zone.problems(ctx)).containsExactly("1:12 REPAIRED_TEXT INFO");
    assertThat(ctx.use(0)).isEqualTo(LineUse.TITLE);
  }

  @Test
  void theMetadataSentenceWithALongDateAndVeViec() {
    ReadContext ctx = Zone.ctx("Báo cáo số 45/BC-UBND ngày 12 tháng 03 năm 2024 của UBND thị trấn Đình Cả về việc kết "
        + "quả công tác CCHC quý I năm 2024.");
    TitleReader.Sentence s = new TitleReader(ctx).sentence(0);
    assertThat(s.date()).contains(LocalDate.of(2024, 3, 12));
    assertThat(s.issuer().map(u -> u.unitName())).contains("Đình Cả");
    assertThat(s.title().text()).isEqualTo("kết quả công tác CCHC quý I năm 2024");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aSentenceWithADateThatDoesNotExistAndACityOfUnstatedLevel() {
    ReadContext ctx = Zone.ctx("Báo cáo số 45/BC-UBND ngày 31/02/2024 của UBND thành phố Sông Công về kết quả CCHC "
        + "quý I năm 2024");
    TitleReader.Sentence s = new TitleReader(ctx).sentence(0);
    assertThat(s.number()).isPresent();
    assertThat(s.date()).isEmpty();
    assertThat(s.issuer()).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:28 INVALID_DATE ERROR", "1:43 MISSING_METADATA ERROR");
  }

  @Test
  void aNarrativeLineMentioningAReportIsNotAMetadataSentence() {
    assertThat(TitleReader.isSentence("Căn cứ Báo cáo số 45/BC-UBND của UBND huyện")).isFalse();
    assertThat(TitleReader.isSentence("Báo cáo kết quả công tác năm 2024")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Kết quả CCHC quý I năm 2024 | QUARTER | 1 | 2024",
      "Kết quả CCHC quý II năm 2024 của Sở Nội vụ | QUARTER | 2 | 2024",
      "Kết quả CCHC quý 3 năm 2024 | QUARTER | 3 | 2024",
      "Kết quả CCHC quý IV năm 2024 | QUARTER | 4 | 2024",
      "Kết quả CCHC quý I/2024 | QUARTER | 1 | 2024",
      "KẾT QUẢ CCHC QUÝ III NĂM 2024 | QUARTER | 3 | 2024",
      "Kết quả quý I, phương hướng nhiệm vụ quý II năm 2024 | QUARTER | 1 | 2024",
      "Kết quả CCHC 6 tháng đầu năm 2024 | SIX_MONTHS | 1 | 2024",
      "Kết quả CCHC 6 tháng cuối năm 2024 | SIX_MONTHS | 2 | 2024",
      "KẾT QUẢ CCHC 6 THÁNG CUỐI NĂM 2024 | SIX_MONTHS | 2 | 2024",
      "Kết quả CCHC sáu tháng năm 2024 | SIX_MONTHS | 1 | 2024",
      "Kết quả CCHC 9 tháng năm 2024 | NINE_MONTHS | 1 | 2024",
      "Kết quả CCHC 9 tháng đầu năm 2024 | NINE_MONTHS | 1 | 2024",
      "Kết quả CCHC tháng 5 năm 2024 | MONTH | 5 | 2024",
      "Kết quả công tác CCHC tháng 12 năm 2024 | MONTH | 12 | 2024",
      "Kết quả CCHC năm 2024 | YEAR | 1 | 2024",
      "Kết quả CCHC năm 2023 và kế hoạch năm 2024 | YEAR | 1 | 2023"})
  void everyPeriodForm(String title, PeriodKind kind, int index, int year) {
    ReadContext ctx = Zone.ctx(title);
    Optional<ReportingPeriod> p = new TitleReader(ctx).period(title, SourceLocation.of(1, 1), Optional.empty());
    assertThat(p).contains(ReportingPeriod.of(year, kind, index));
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void thePeriodCarriesTheDataWindow() {
    DateWindow w = DateWindow.of(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14));
    ReadContext ctx = Zone.ctx("x");
    assertThat(new TitleReader(ctx).period("Kết quả CCHC quý I năm 2024", SourceLocation.of(1, 1), Optional.of(w))
        .flatMap(ReportingPeriod::dataWindow)).contains(w);
  }

  @Test
  void aTitleWithoutAPeriodIsMissingMetadataAtTheTitle() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "Kết quả công tác cải cách hành chính");
    assertThat(new TitleReader(ctx).period("Kết quả công tác cải cách hành chính", SourceLocation.of(2, 1),
        Optional.empty())).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("2:1 MISSING_METADATA ERROR");
  }

  @Test
  void aMonthOutOfRangeIsInvalidMetadata() {
    ReadContext ctx = Zone.ctx("Kết quả CCHC tháng 13 năm 2024");
    assertThat(new TitleReader(ctx).period(ctx.line(0), SourceLocation.of(1, 1), Optional.empty())).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 INVALID_METADATA ERROR");
  }

  @Test
  void aQuarterThatDoesNotExistIsAProblemNotAYear() {
    ReadContext ctx = Zone.ctx("x");
    assertThat(new TitleReader(ctx).period("Kết quả CCHC quý V năm 2024", SourceLocation.of(1, 1), Optional.empty()))
        .isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 INVALID_METADATA ERROR");
  }

  @Test
  void aRuleUnderTheTitleWordIsNotTheTitle() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "-----", "Kết quả công tác cải cách hành chính quý I năm 2024");
    assertThat(title(ctx).span().text()).isEqualTo("Kết quả công tác cải cách hành chính quý I năm 2024");
  }

  @Test
  void aDraftMarkBeforeTheTitleWordMarksTheDraftAndTheTitleIsUnderIt() {
    // phường Long Anh's draft as its portal posts it: "DỰ THẢO BÁO CÁO" on one line
    ReadContext ctx = Zone.ctx("     DỰ THẢO BÁO CÁO", "Đánh giá kết quả và đề nghị công nhận phườngLong Anh",
        "đạt chuẩn tiếp cận pháp luật năm 2023", " ", "Thực hiện Quyết định 25/QĐ-TTg ngày 22/7/2021 …");
    TitleReader.Title t = title(ctx);
    assertThat(t.draft()).isTrue();
    assertThat(t.span().text())
        .isEqualTo("Đánh giá kết quả và đề nghị công nhận phườngLong Anh đạt chuẩn tiếp cận pháp luật năm 2023");
    assertThat(t.next()).isEqualTo(3);
    assertThat(Zone.problems(ctx)).containsExactly("1:6 DRAFT INFO", "2:1 REPAIRED_TEXT INFO");
    assertThat(ctx.problems().get(0).offendingText()).isEqualTo("DỰ THẢO");
  }

  @Test
  void aDraftMarkBeforeAnUpperCaseTitleOnTheWordsLine() {
    ReadContext ctx = Zone.ctx("(Dự thảo lần 2) BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024", "I. CÔNG TÁC");
    TitleReader.Title t = title(ctx);
    assertThat(t.draft()).isTrue();
    assertThat(t.span().text()).isEqualTo("KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024");
  }

  @Test
  void theTitleWordWithoutADraftMarkIsNoDraft() {
    ReadContext ctx = Zone.ctx("BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2025");
    assertThat(title(ctx).draft()).isFalse();
    assertThat(ctx.problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "BÁO CÁO | true",
      "DỰ THẢO BÁO CÁO | true",
      "(DỰ THẢO) BÁO CÁO | true",
      "Dự thảo lần 2 BÁO CÁO KẾT QUẢ CCHC NĂM 2024 | true",
      "DỰ THẢO | false",
      "DỰ THẢO KẾ HOẠCH | false",
      "DỰ THẢO BÁO CÁO kết quả năm 2024 | false",
      "Đây là BÁO CÁO | false"})
  void theTitleWordMayCarryADraftMarkBeforeIt(String line, boolean titleWord) {
    assertThat(TitleReader.isTitleWord(line)).isEqualTo(titleWord);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // xã Hoài Hải's title, posted as two paragraphs without "BÁO CÁO" above them
      "Kết quả giải quyết thủ tục hành chính tại UBND xã qua bộ phận tiếp nhận và trả kết quả 9 tháng đầu năm 2022 | true",
      "Kết quả công tác cải cách hành chính quý III năm 2025 | true",
      // a preamble leading into the report states a year too, and ends in ":"
      "Ủy ban nhân dân xã báo cáo kết quả thực hiện công tác cải cách hành chính Quý I năm 2025, cụ thể như sau: | false",
      "Căn cứ Quyết định số 65/QĐ-UBND ngày 16/01/2025 của Ủy ban nhân dân huyện Lạc Dương năm 2025; | false",
      // xã Trung Sơn's title names a stage of years, not a reporting period
      "Tổng kết Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020, định hướng giai đoạn 2021 - 2030 | false",
      "Kết quả công tác cải cách hành chính | false"})
  void aTitleWithoutTheWordStatesItsPeriodAndIsNoLeadIn(String text, boolean title) {
    assertThat(TitleReader.isUntitledTitle(text)).isEqualTo(title);
  }

  @Test
  void aTitleWithoutTheWordIsNeverLongerThanAParagraphHeading() {
    String longText = "Kết quả công tác cải cách hành chính quý I năm 2025 " + "và các nhiệm vụ khác ".repeat(15);
    assertThat(longText.strip().length()).isGreaterThan(TitleReader.UNTITLED_MAX);
    assertThat(TitleReader.isUntitledTitle(longText)).isFalse();
  }

  @Test
  void aTitleWithoutTheWordIsItsParagraphsJoined() {
    ReadContext ctx = Zone.ctx("Kết quả giải quyết thủ tục hành chính tại UBND xã qua bộ phận tiếp nhận và trả kết quả",
        " ", "9 tháng đầu năm 2022", " ", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    TitleReader.Title t = new TitleReader(ctx).untitled(0, 4);
    assertThat(t.span().text()).isEqualTo(
        "Kết quả giải quyết thủ tục hành chính tại UBND xã qua bộ phận tiếp nhận và trả kết quả 9 tháng đầu năm 2022");
    assertThat(t.span().start()).isEqualTo(SourceLocation.of(1, 1));
    assertThat(t.next()).isEqualTo(4);
    assertThat(t.draft()).isFalse();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 REPAIRED_TEXT INFO");
    assertThat(ctx.uses()).containsExactly(LineUse.TITLE, null, LineUse.TITLE, null, null);
  }
}
