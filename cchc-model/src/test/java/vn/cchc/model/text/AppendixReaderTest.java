package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.ValueState;
import vn.cchc.model.text.ReadContext.LineUse;

/** The appendix heading, caption and rows matched to the catalogue, in the layouts real reports use. */
class AppendixReaderTest {
  private static final String L11 = "Tỷ lệ hoàn thành kế hoạch CCHC năm (lũy kể đến thời điểm báo cáo)";

  private static AppendixReader.Appendix read(ReadContext ctx) {
    return new AppendixReader(ctx, Optional.empty()).read(0, ctx.size());
  }

  @Test
  void headingCaptionOverTwoLinesAndATwoLineTabHeader() {
    ReadContext ctx = Zone.ctx("PHỤ LỤC", "BIỂU TỔNG HỢP SỐ LIỆU", "*(Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024",
        "của UBND thị trấn Đình Cả)*", "", "STT\tCác chỉ tiêu\tKết quả\t\tGhi chú", "\t\tĐơn vị tính\tSố liệu\t",
        "1.\tCông tác chỉ đạo, điều hành CCHC\t\t\t", "1.1.\t" + L11 + "\t%\t30%\t",
        "Trong đó\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t", "\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t3\tước tính");
    AppendixReader.Appendix a = read(ctx);
    AppendixReader.Caption c = a.caption().orElseThrow();
    assertThat(c.number().map(n -> n.asWritten())).contains("45/BC-UBND");
    assertThat(c.date()).contains(LocalDate.of(2024, 3, 12));
    assertThat(c.issuer().map(u -> u.unitName())).contains("Đình Cả");
    assertThat(c.issuer().map(u -> u.level())).contains(AdministrativeLevel.COMMUNE);
    assertThat(c.at()).isEqualTo(SourceLocation.of(3, 1));
    assertThat(a.title().map(Span::text)).contains("BIỂU TỔNG HỢP SỐ LIỆU");
    assertThat(a.entries()).extracting(AppendixEntry::indicatorId)
        .containsExactly("1", "1.1", "1.1/denominator", "1.1/numerator");
    AppendixEntry rate = a.entries().get(1);
    assertThat(rate.codeAsWritten()).contains("1.1.");
    assertThat(rate.label()).isEqualTo(L11);
    assertThat(rate.unitAsWritten()).isEqualTo("%");
    assertThat(rate.value().asWritten()).isEqualTo("30%");
    assertThat(rate.value().state()).isEqualTo(ValueState.PERCENTAGE);
    assertThat(rate.location()).isEqualTo(SourceLocation.of(9, 1));
    assertThat(a.entries().get(0).value().state()).isEqualTo(ValueState.NOT_REPORTED);
    assertThat(a.entries().get(2).codeAsWritten()).isEmpty();
    assertThat(a.entries().get(2).value().asWritten()).isEqualTo("10");
    assertThat(a.entries().get(3).note()).contains("ước tính");
    assertThat(ctx.problems()).isEmpty();
    assertThat(ctx.uses()).containsExactly(LineUse.CAPTION, LineUse.CAPTION, LineUse.CAPTION, LineUse.CAPTION, null,
        LineUse.TABLE_HEADER, LineUse.TABLE_HEADER, LineUse.APPENDIX_ROW, LineUse.APPENDIX_ROW, LineUse.APPENDIX_ROW,
        LineUse.APPENDIX_ROW);
  }

  @Test
  void anIndicatorIdColumnAsCchcWritesItIsCheckedAgainstTheRow() {
    ReadContext ok = Zone.ctx("PHỤ LỤC", "Mã chỉ tiêu\tSTT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú",
        "1.1\t1.1.\t" + L11 + "\t%\t30%\t", "1.1/denominator\tTrong đó\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t",
        "1.1/numerator\t\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t3\t");
    assertThat(read(ok).entries()).extracting(AppendixEntry::indicatorId)
        .containsExactly("1.1", "1.1/denominator", "1.1/numerator");
    assertThat(ok.problems()).isEmpty();

    ReadContext wrong = Zone.ctx("PHỤ LỤC", "Mã chỉ tiêu\tSTT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú",
        "1.2\t1.1.\t" + L11 + "\t%\t30%\t");
    assertThat(read(wrong).entries()).isEmpty();
    assertThat(wrong.problems()).extracting(ReadProblem::kind, ReadProblem::location, ReadProblem::offendingText)
        .contains(org.assertj.core.groups.Tuple.tuple(ProblemKind.LABEL_MISMATCH, SourceLocation.of(3, 1), "1.2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PHỤ LỤC", "PHỤ LỤC I", "Phụ lục số 01", "Phụ lục 2a", "Biểu số 01", "BIỂU MẪU SỐ 02",
      "**PHỤ LỤC II**"})
  void appendixHeadings(String heading) {
    assertThat(AppendixReader.isHeading(heading)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Phụ lục kèm theo báo cáo này gồm nhiều nội dung", "Biểu dương các tập thể"})
  void notAppendixHeadings(String line) {
    assertThat(AppendixReader.isHeading(line)).isFalse();
  }

  @Test
  void aMarkdownTableWithRuleLineNumberingRowEmphasisARepeatedHeaderAndARowWithTooManyCells() {
    ReadContext ctx = Zone.ctx("| STT | Các chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |", "|---|---|---|---|---|",
        "| (1) | (2) | (3) | (4) | (5) |", "| 1.1. | " + L11 + " | % | *30%* | |",
        "| Trong đó | *Số nhiệm vụ đề ra trong kế hoạch* | *Nhiệm vụ* | 10 | |",
        "| | Số nhiệm vụ đã hoàn thành | Nhiệm vụ | 3 | | thừa |",
        "| STT | Các chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |", "| 3.1. | Thống kê TTHC | | 148 | |");
    AppendixReader.Appendix a = read(ctx);
    assertThat(a.entries()).extracting(AppendixEntry::indicatorId).containsExactly("1.1", "1.1/denominator", "3.1");
    assertThat(a.entries().get(0).value().asWritten()).isEqualTo("30%");
    assertThat(a.entries().get(1).label()).isEqualTo("Số nhiệm vụ đề ra trong kế hoạch");
    assertThat(a.entries().get(1).unitAsWritten()).isEqualTo("Nhiệm vụ");
    assertThat(Zone.problems(ctx)).containsExactly("6:50 MALFORMED_ROW ERROR");
    assertThat(ctx.problems().get(0).offendingText()).isEqualTo("thừa");
    assertThat(ctx.uses()).containsExactly(LineUse.TABLE_HEADER, LineUse.TABLE_HEADER, LineUse.TABLE_HEADER,
        LineUse.APPENDIX_ROW, LineUse.APPENDIX_ROW, LineUse.PROBLEM, LineUse.TABLE_HEADER, LineUse.APPENDIX_ROW);
  }

  @Test
  void anExtraKyTruocColumnIsAWarningWithItsCountOfValues() {
    ReadContext ctx = Zone.ctx("STT\tCác chỉ tiêu\tĐơn vị\tSố liệu\tSố liệu\tGhi chú", "\t\ttính\tkỳ này\tkỳ trước\t",
        "1.1.\t" + L11 + "\t%\t30%\t25%\t", "\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t\t",
        "3.1.\tThống kê TTHC\t\t148\t140\t");
    AppendixReader.Appendix a = read(ctx);
    assertThat(a.entries()).extracting(e -> e.indicatorId() + "=" + e.value().asWritten())
        .containsExactly("1.1=30%", "1.1/denominator=10", "3.1=148");
    assertThat(Zone.problems(ctx)).containsExactly("1:1 EXTRA_COLUMN WARNING");
    ReadProblem extra = ctx.problems().get(0);
    assertThat(extra.offendingText()).isEqualTo("Số liệu kỳ trước");
    assertThat(extra.message()).contains("its 2 values are not read");
    assertThat(ctx.use(0)).isEqualTo(LineUse.TABLE_HEADER);
  }

  @Test
  void aTableAlignedWithSpacesUnderATwoLineHeader() {
    ReadContext ctx = Zone.ctx(
        "STT    Các chỉ tiêu                                                         Kết quả             Ghi chú",
        "                                                                            Đơn vị tính  Số liệu",
        "1.1.   " + L11 + "    %            30%",
        "Trong đó  Số nhiệm vụ đề ra trong kế hoạch                                  Nhiệm vụ     10",
        "3.1.   Thống kê TTHC                                                                     148");
    AppendixReader.Appendix a = read(ctx);
    assertThat(a.entries()).extracting(e -> e.indicatorId() + "=" + e.value().asWritten())
        .containsExactly("1.1=30%", "1.1/denominator=10", "3.1=148");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aCaptionForADraftWithBlankNumberAndDay() {
    ReadContext ctx = Zone.ctx("Phụ lục số 01", "Biểu số 01",
        "(Kèm theo Báo cáo số      /BC-UBND ngày    /3/2024 của UBND thị trấn Đình Cả)",
        "STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú", "3.1.\tThống kê TTHC\t\t148\t");
    AppendixReader.Appendix a = read(ctx);
    AppendixReader.Caption c = a.caption().orElseThrow();
    assertThat(c.number()).isEmpty();
    assertThat(c.date()).isEmpty();
    assertThat(c.issuer().map(u -> u.unitName())).contains("Đình Cả");
    assertThat(a.entries()).hasSize(1);
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aCaptionIssuerTakesItsLevelFromTheHeadersSuperior() {
    ReadContext ctx = Zone.ctx("PHỤ LỤC", "(Kèm theo Báo cáo số 12/BC-UBND ngày 20/3/2024 của UBND thành phố Sông Công)",
        "STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú", "3.1.\tThống kê TTHC\t\t148\t");
    AppendixReader.Appendix a = new AppendixReader(ctx, Optional.of("UBND TỈNH THÁI NGUYÊN")).read(0, ctx.size());
    assertThat(a.caption().flatMap(AppendixReader.Caption::issuer).map(u -> u.level()))
        .contains(AdministrativeLevel.DISTRICT);
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void anEmptyTableIsAnErrorAtTheHeading() {
    ReadContext ctx = Zone.ctx("PHỤ LỤC I", "STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú");
    AppendixReader.Appendix a = read(ctx);
    assertThat(a.entries()).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 EMPTY_TABLE ERROR");
    assertThat(ctx.problems().get(0).offendingText()).isEqualTo("PHỤ LỤC I");
  }

  @Test
  void aHeadingWithoutATableIsAnEmptyTable() {
    ReadContext ctx = Zone.ctx("PHỤ LỤC", "BIỂU TỔNG HỢP");
    assertThat(read(ctx).entries()).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("1:1 EMPTY_TABLE ERROR");
  }

  @Test
  void rowsThatDoNotMatchTheCatalogue() {
    ReadContext ctx = Zone.ctx("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú",
        "99.9.\tKhông có chỉ tiêu này\tNgười\t1\t",
        "3.1.\tThống kê thủ tục\t\t148\t",
        "3.1.1.\tSố TTHC công bố mới thuộc thẩm quyền\tNgười\t0\t",
        "3.1.2.\tSố TTHC bãi bỏ, thay thế\tThủ tục\tabc\t",
        "3.1.3.\tTổng số TTHC đang có hiệu lực\tThủ tục\t166\t",
        "3.1.3.\tTổng số TTHC đang có hiệu lực\tThủ tục\t166\t",
        "x\tTrong đó cái gì\tThủ tục\t1\t",
        "3.2\tchỉ hai ô");
    AppendixReader.Appendix a = read(ctx);
    assertThat(a.entries()).extracting(AppendixEntry::indicatorId).containsExactly("3.1.3");
    assertThat(Zone.problems(ctx)).containsExactly("2:1 UNMATCHED_ROW ERROR", "3:6 LABEL_MISMATCH ERROR",
        "4:45 UNIT_MISMATCH ERROR", "5:41 UNREADABLE_VALUE ERROR", "7:1 DUPLICATE_ROW ERROR",
        "8:1 MALFORMED_ROW ERROR", "9:1 MALFORMED_ROW ERROR");
  }

  @Test
  void aTrongDoRowWithoutACodedRowAboveIt() {
    ReadContext ctx = Zone.ctx("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú",
        "Trong đó\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t");
    read(ctx);
    assertThat(Zone.problems(ctx)).containsExactly("2:10 UNMATCHED_ROW ERROR", "1:1 EMPTY_TABLE ERROR");
  }

  @Test
  void trongDoAloneOnALineWithoutCellsIntroducesTheChildren() {
    ReadContext ctx = Zone.ctx("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú", "1.1.\t" + L11 + "\t%\t30%\t",
        "Trong đó:", "\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t");
    AppendixReader.Appendix a = read(ctx);
    assertThat(a.entries()).extracting(AppendixEntry::indicatorId).containsExactly("1.1", "1.1/denominator");
    assertThat(ctx.problems()).isEmpty();
    assertThat(ctx.use(2)).isEqualTo(LineUse.TABLE_HEADER);
  }

  @Test
  void aTableWithoutAHeaderIsReadInTheTemplatesOrder() {
    ReadContext ctx = Zone.ctx("3.1.\tThống kê TTHC\t\t148\t", "3.1.3.\tTổng số TTHC đang có hiệu lực\tThủ tục\t166\t");
    assertThat(read(ctx).entries()).extracting(e -> e.indicatorId() + "=" + e.value().asWritten())
        .containsExactly("3.1=148", "3.1.3=166");
  }

  @Test
  void trongDoOnARowOfItsOwnWithTheTablesEmptyCellsIsNoProblem() {
    ReadContext ctx = Zone.ctx("STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú", "1.1.\t" + L11 + "\t%\t30%\t",
        "Trong đó:\t\t\t\t", "\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t",
        "| Trong đó: | | | | |");
    AppendixReader.Appendix a = read(ctx);
    assertThat(a.entries()).extracting(AppendixEntry::indicatorId).containsExactly("1.1", "1.1/denominator");
    assertThat(ctx.use(2)).isEqualTo(ReadContext.LineUse.TABLE_HEADER);
    assertThat(ctx.use(4)).as("the pipe form of the same line").isEqualTo(ReadContext.LineUse.TABLE_HEADER);
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aCodedAnswerMayBeWrittenWithItsMeaningOrAsItsMeaning() {
    String head = "STT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú";
    String l15 = "1.5.\tTổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp\tKhông = 0 Có = 1\t";
    ReadContext ctx = Zone.ctx(head, l15 + "1 (Có)\t");
    assertThat(read(ctx).entries()).singleElement().satisfies(e -> assertThat(e.value().asWritten()).isEqualTo("1 (Có)"))
        .extracting(e -> ((vn.cchc.model.CodedValue) e.value()).code()).isEqualTo(vn.cchc.model.YesNo.YES.code());
    ReadContext words = Zone.ctx(head, l15 + "không\t");
    assertThat(read(words).entries()).singleElement()
        .extracting(e -> ((vn.cchc.model.CodedValue) e.value()).code()).isEqualTo(vn.cchc.model.YesNo.NO.code());
    ReadContext wrong = Zone.ctx(head, l15 + "1 (Không)\t");
    assertThat(read(wrong).entries()).isEmpty();
    assertThat(Zone.problems(wrong)).contains("2:" + (l15.length() + 1) + " UNREADABLE_VALUE ERROR");
  }
}
