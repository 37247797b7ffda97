package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.model.DateWindow;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeBlock.Kind;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ReadContext.LineUse;

/** Sections, blocks and hard-wrap rejoining of the narrative between the title and "Nơi nhận". */
class NarrativeReaderTest {

  private static NarrativeReader.Narrative read(ReadContext ctx) {
    return new NarrativeReader(ctx).read(0, ctx.size());
  }

  @Test
  void wrappedAtAWidthWithoutBlankLines() {
    ReadContext ctx = Zone.ctx("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        "1. Về kế hoạch cải cách hành chính",
        "Căn cứ Kế hoạch cải cách hành chính năm",
        "2024, UBND thị trấn đã xây dựng và ban",
        "hành kế hoạch số 06/KH-UBND ngày",
        "10/01/2024 về cải cách hành chính với",
        "một số nhiệm vụ trọng tâm.",
        "UBND thị trấn cũng đã kịp thời triển",
        "khai các văn bản chỉ đạo của tỉnh.",
        "- Quyết định số 15/QĐ-UBND ngày",
        "12/01/2024 về kiểm soát TTHC.",
        "+ Số hồ sơ tiếp nhận trực tuyến: 1.482",
        "hồ sơ.",
        "a) Về công khai thủ tục hành chính: Các",
        "TTHC được công khai đúng quy trình.",
        "Trên đây là báo cáo kết quả công tác",
        "cải cách hành chính quý I năm 2024.");
    NarrativeReader.Narrative n = read(ctx);
    assertThat(n.preamble()).isEmpty();
    NarrativeSection one = n.sections().get(0).children().get(0);
    assertThat(n.sections().get(0).marker()).isEqualTo("I.");
    assertThat(n.sections().get(0).title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    assertThat(one.marker()).isEqualTo("1.");
    assertThat(one.location()).isEqualTo(SourceLocation.of(2, 1));
    assertThat(one.blocks()).extracting(NarrativeBlock::kind, NarrativeBlock::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "Căn cứ Kế hoạch cải cách hành chính năm 2024, UBND thị trấn đã "
            + "xây dựng và ban hành kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách hành chính với một số nhiệm vụ "
            + "trọng tâm."),
        org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH,
            "UBND thị trấn cũng đã kịp thời triển khai các văn bản chỉ đạo của tỉnh."),
        org.assertj.core.groups.Tuple.tuple(Kind.BULLET, "Quyết định số 15/QĐ-UBND ngày 12/01/2024 về kiểm soát TTHC."),
        org.assertj.core.groups.Tuple.tuple(Kind.SUB_BULLET, "Số hồ sơ tiếp nhận trực tuyến: 1.482 hồ sơ."));
    assertThat(one.blocks()).extracting(NarrativeBlock::location).containsExactly(SourceLocation.of(3, 1),
        SourceLocation.of(8, 1), SourceLocation.of(10, 3), SourceLocation.of(12, 3));
    assertThat(one.blocks().get(2).marker()).contains("-");
    assertThat(one.blocks().get(3).marker()).contains("+");
    NarrativeSection a = one.children().get(0);
    assertThat(a.marker()).isEqualTo("a)");
    assertThat(a.title()).isEqualTo("Về công khai thủ tục hành chính");
    assertThat(a.blocks()).extracting(NarrativeBlock::text).containsExactly("Các TTHC được công khai đúng quy trình.");
    assertThat(a.blocks().get(0).location()).isEqualTo(SourceLocation.of(14, 37));
    assertThat(n.closing()).extracting(NarrativeBlock::text)
        .containsExactly("Trên đây là báo cáo kết quả công tác cải cách hành chính quý I năm 2024.");
    assertThat(Zone.problems(ctx)).containsExactly("3:1 REPAIRED_TEXT INFO", "8:1 REPAIRED_TEXT INFO",
        "10:1 REPAIRED_TEXT INFO", "12:1 REPAIRED_TEXT INFO", "14:1 REPAIRED_TEXT INFO", "16:1 REPAIRED_TEXT INFO");
    assertThat(ctx.problems().get(0).message())
        .isEqualTo("a paragraph hard-wrapped over 5 lines (lines 3–7) read as one");
    assertThat(ctx.use(15)).isEqualTo(LineUse.CLOSING);
    assertThat(ctx.use(16)).isEqualTo(LineUse.CLOSING);
    assertThat(ctx.use(14)).isEqualTo(LineUse.NARRATIVE);
  }

  @Test
  void aHeadingCutMidPhraseAndAParagraphCutRightAfterASentenceEnd() {
    ReadContext ctx = Zone.ctx("I. CÔNG TÁC CHỈ ĐẠO",
        "1. Về kế hoạch cải cách hành chính và công",
        "tác tuyên truyền cải cách hành chính",
        "Căn cứ Kế hoạch cải cách hành chính năm",
        "2024, UBND thị trấn đã xây dựng kế hoạch.",
        "Ủy ban nhân dân thị trấn đã ban hành các",
        "văn bản chỉ đạo, điều hành công tác CCHC.",
        "Các văn bản đã ban hành được triển khai",
        "đến toàn bộ các ban ngành, đoàn thể.");
    NarrativeSection one = read(ctx).sections().get(0).children().get(0);
    assertThat(one.title()).isEqualTo("Về kế hoạch cải cách hành chính và công tác tuyên truyền cải cách hành chính");
    // a full line ending a sentence, then a capital: the wrapped text cannot tell a paragraph break from a
    // sentence break, and the reader takes the break (documented)
    assertThat(one.blocks()).extracting(NarrativeBlock::text).containsExactly(
        "Căn cứ Kế hoạch cải cách hành chính năm 2024, UBND thị trấn đã xây dựng kế hoạch.",
        "Ủy ban nhân dân thị trấn đã ban hành các văn bản chỉ đạo, điều hành công tác CCHC.",
        "Các văn bản đã ban hành được triển khai đến toàn bộ các ban ngành, đoàn thể.");
    assertThat(Zone.problems(ctx)).containsExactly("2:1 REPAIRED_TEXT INFO", "4:1 REPAIRED_TEXT INFO",
        "6:1 REPAIRED_TEXT INFO", "8:1 REPAIRED_TEXT INFO");
  }

  @Test
  void wrappedWithBlankLinesBetweenParagraphs() {
    ReadContext ctx = Zone.ctx("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH",
        "HÀNH CHÍNH",
        "",
        "1. Về kế hoạch cải cách hành chính",
        "",
        "Căn cứ Kế hoạch cải cách hành chính năm",
        "2024, UBND thị trấn đã xây dựng kế hoạch.",
        "Ủy ban nhân dân thị trấn đã ban hành",
        "Quyết định số 15/QĐ-UBND.",
        "",
        "• Kế hoạch số 16/KH-UBND ngày 15/01/2024",
        "về tuyên truyền cải cách hành chính.",
        "",
        "Trên đây là báo cáo.");
    NarrativeReader.Narrative n = read(ctx);
    assertThat(n.sections().get(0).title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
    NarrativeSection one = n.sections().get(0).children().get(0);
    assertThat(one.location()).isEqualTo(SourceLocation.of(4, 1));
    assertThat(one.blocks()).extracting(NarrativeBlock::text).containsExactly(
        "Căn cứ Kế hoạch cải cách hành chính năm 2024, UBND thị trấn đã xây dựng kế hoạch. Ủy ban nhân dân thị trấn "
            + "đã ban hành Quyết định số 15/QĐ-UBND.",
        "Kế hoạch số 16/KH-UBND ngày 15/01/2024 về tuyên truyền cải cách hành chính.");
    assertThat(one.blocks().get(1).kind()).isEqualTo(Kind.BULLET);
    assertThat(one.blocks().get(1).marker()).contains("•");
    assertThat(n.closing()).extracting(NarrativeBlock::text).containsExactly("Trên đây là báo cáo.");
    assertThat(Zone.problems(ctx)).containsExactly("1:1 REPAIRED_TEXT INFO", "6:1 REPAIRED_TEXT INFO",
        "11:1 REPAIRED_TEXT INFO");
    assertThat(ctx.use(2)).isNull();
  }

  @Test
  void aParagraphGoesOnAcrossAPageBreak() {
    ReadContext ctx = Zone.ctx("I. KẾT QUẢ",
        "",
        "a. Về công khai thủ tục hành chính: Các TTHC được công khai. Việc công khai TTHC",
        "",
        "cũng được thực hiện đồng thời cả trên bản giấy.",
        "",
        "b. Về rà soát: Không có.");
    NarrativeSection i = read(ctx).sections().get(0);
    assertThat(i.children()).extracting(NarrativeSection::marker).containsExactly("a.", "b.");
    assertThat(i.children().get(0).blocks()).extracting(NarrativeBlock::text).containsExactly(
        "Các TTHC được công khai. Việc công khai TTHC cũng được thực hiện đồng thời cả trên bản giấy.");
    assertThat(i.children().get(1).title()).isEqualTo("Về rà soát");
    assertThat(i.children().get(1).blocks()).extracting(NarrativeBlock::text).containsExactly("Không có.");
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aSentenceEndIsNotContinuedAcrossABlankLine() {
    ReadContext ctx = Zone.ctx("I. KẾT QUẢ", "", "Đoạn thứ nhất kết thúc.", "", "tiếp theo là đoạn viết thường.");
    assertThat(read(ctx).sections().get(0).blocks()).extracting(NarrativeBlock::text)
        .containsExactly("Đoạn thứ nhất kết thúc.", "tiếp theo là đoạn viết thường.");
  }

  @Test
  void sectionMarkersNestRomanNumericDottedAndLetters() {
    ReadContext ctx = Zone.ctx("I. KẾT QUẢ", "", "1. Cải cách thể chế", "", "1.1 Xây dựng văn bản", "",
        "Nội dung một.", "", "1.2. Rà soát văn bản", "", "a) Về rà soát", "", "Nội dung hai.", "",
        "2. Cải cách TTHC", "", "II. PHƯƠNG HƯỚNG", "", "Nội dung ba.");
    NarrativeReader.Narrative n = read(ctx);
    assertThat(n.sections()).extracting(NarrativeSection::marker).containsExactly("I.", "II.");
    NarrativeSection i = n.sections().get(0);
    assertThat(i.children()).extracting(NarrativeSection::marker).containsExactly("1.", "2.");
    assertThat(i.children().get(0).children()).extracting(NarrativeSection::marker).containsExactly("1.1", "1.2.");
    NarrativeSection oneTwo = i.children().get(0).children().get(1);
    assertThat(oneTwo.children()).extracting(NarrativeSection::marker).containsExactly("a)");
    assertThat(oneTwo.children().get(0).blocks()).extracting(NarrativeBlock::text).containsExactly("Nội dung hai.");
    assertThat(n.sections().get(1).blocks()).extracting(NarrativeBlock::text).containsExactly("Nội dung ba.");
  }

  @Test
  void aNumberAtALineStartWithoutItsDotIsText() {
    ReadContext ctx = Zone.ctx("I. KẾT QUẢ", "", "2024 Năm bản lề của giai đoạn.");
    NarrativeSection i = read(ctx).sections().get(0);
    assertThat(i.children()).isEmpty();
    assertThat(i.blocks()).extracting(NarrativeBlock::text).containsExactly("2024 Năm bản lề của giai đoạn.");
  }

  @Test
  void textBeforeTheFirstHeadingIsThePreamble() {
    ReadContext ctx = Zone.ctx("Thực hiện Kế hoạch số 06/KH-UBND ngày 10/01/2024, UBND thị trấn báo cáo như sau:", "",
        "I. KẾT QUẢ", "", "Nội dung.");
    NarrativeReader.Narrative n = read(ctx);
    assertThat(n.preamble()).extracting(NarrativeBlock::text)
        .containsExactly("Thực hiện Kế hoạch số 06/KH-UBND ngày 10/01/2024, UBND thị trấn báo cáo như sau:");
    assertThat(n.references()).hasSize(1);
    assertThat(n.references().get(0).location()).isEqualTo(SourceLocation.of(1, 11));
  }

  @Test
  void theDataWindow() {
    ReadContext ctx = Zone.ctx("I. KẾT QUẢ", "", "Số liệu tính từ ngày 15/12/2023 đến ngày 14/03/2024.");
    assertThat(read(ctx).window()).contains(DateWindow.of(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14)));
    assertThat(ctx.problems()).isEmpty();
  }

  @Test
  void aDataWindowEndingBeforeItStartsIsAnInvalidDate() {
    ReadContext ctx = Zone.ctx("I. KẾT QUẢ", "", "Số liệu tính từ ngày 15/12/2024 đến ngày 14/03/2024.");
    assertThat(read(ctx).window()).isEmpty();
    assertThat(Zone.problems(ctx)).containsExactly("3:14 INVALID_DATE ERROR");
  }

  @Test
  void headingRecognition() {
    assertThat(NarrativeReader.looksLikeSection("II. KẾT QUẢ")).isTrue();
    assertThat(NarrativeReader.looksLikeSection("1.2 Rà soát")).isTrue();
    assertThat(NarrativeReader.looksLikeSection("1. Rà soát")).isTrue();
    assertThat(NarrativeReader.looksLikeSection("1 Rà soát")).isFalse();
    assertThat(NarrativeReader.looksLikeHeading("- Kế hoạch")).isTrue();
    assertThat(NarrativeReader.looksLikeHeading("• Kế hoạch")).isTrue();
    assertThat(NarrativeReader.looksLikeHeading("+ Kế hoạch")).isTrue();
    assertThat(NarrativeReader.looksLikeHeading("Kế hoạch")).isFalse();
  }
}
