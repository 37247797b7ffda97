package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.CodedValue;
import vn.cchc.model.CountValue;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.IndicatorValue;
import vn.cchc.model.MoneyValue;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.OnlineMeetingLevel;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.Unit;
import vn.cchc.model.ValueState;
import vn.cchc.model.YesNo;

/** Reads the real report and checks every figure, the metadata, the narrative tree and the references. */
class FixtureReadTest {
  static Report report;

  @BeforeAll
  static void read() throws Exception {
    report = Fixture.READER.read(Fixture.PATH);
  }

  /**
   * Every appendix row, written by hand from docs/samples/bc-45-ubnd-dinh-ca-2024-q1.txt:
   * indicator id, source line, state, number (scale as written), unit label of the value
   * (count/money/percentage; empty for a count written on a row with a blank unit cell).
   */
  @ParameterizedTest(name = "{0} (line {1}) = {2} {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      1                 | 237 | NOT_REPORTED   |       |
      1.1               | 238 | PERCENTAGE     | 30    | %
      1.1/denominator   | 239 | COUNT          | 10    | Nhiệm vụ
      1.1/numerator     | 240 | COUNT          | 3     | Nhiệm vụ
      1.2               | 241 | NOT_REPORTED   |       |
      1.2.1             | 242 | NOT_REPORTED   |       |
      1.2.2             | 243 | NOT_REPORTED   |       |
      1.2.3             | 244 | NOT_REPORTED   |       |
      1.2.3/denominator | 245 | NOT_REPORTED   |       |
      1.2.3/numerator   | 246 | NOT_REPORTED   |       |
      1.3               | 247 | NOT_REPORTED   |       |
      1.3.1             | 248 | NOT_REPORTED   |       |
      1.3.2             | 249 | NOT_REPORTED   |       |
      1.3.3             | 250 | NOT_REPORTED   |       |
      1.4               | 251 | NOT_REPORTED   |       |
      1.4.1             | 255 | NOT_REPORTED   |       |
      1.4.2             | 256 | NOT_REPORTED   |       |
      1.5               | 257 | CODED          | 0     |
      2                 | 258 | NOT_REPORTED   |       |
      2.1               | 259 | COUNT          | 0     | Văn bản
      2.2               | 260 | NOT_APPLICABLE |       |
      2.3               | 261 | COUNT          | 0     | Văn bản
      2.4               | 262 | PERCENTAGE     | 0     | %
      2.4/denominator   | 263 | COUNT          | 0     | Văn bản
      2.4/numerator     | 264 | COUNT          | 0     | Văn bản
      3                 | 265 | NOT_REPORTED   |       |
      3.1               | 266 | COUNT          | 148   |
      3.1.1             | 267 | COUNT          | 0     | Thủ tục
      3.1.2             | 268 | COUNT          | 0     | Thủ tục
      3.1.3             | 269 | COUNT          | 166   | Thủ tục
      3.1.3/part-1      | 270 | NOT_REPORTED   |       |
      3.1.3/part-2      | 271 | COUNT          | 166   | Thủ tục
      3.2               | 272 | NOT_REPORTED   |       |
      3.2.1             | 273 | NOT_REPORTED   |       |
      3.2.1/denominator | 274 | NOT_REPORTED   |       |
      3.2.1/numerator   | 278 | NOT_REPORTED   |       |
      3.2.1/detail-1    | 279 | COUNT          | 0     | Thủ tục
      3.2.2             | 280 | NOT_REPORTED   |       |
      3.2.2/denominator | 281 | NOT_REPORTED   |       |
      3.2.2/numerator   | 282 | NOT_REPORTED   |       |
      3.2.2/detail-1    | 283 | NOT_REPORTED   |       |
      3.2.3             | 284 | PERCENTAGE     | 100   | %
      3.2.3/denominator | 285 | COUNT          | 166   | Thủ tục
      3.2.3/numerator   | 286 | COUNT          | 166   | Thủ tục
      3.2.4             | 287 | PERCENTAGE     | 99.3  | %
      3.2.4/denominator | 288 | COUNT          | 1492  | Hồ sơ
      3.2.4/numerator   | 289 | COUNT          | 1482  | Hồ sơ
      3.2.5             | 290 | PERCENTAGE     | 100   | %
      3.2.5/denominator | 291 | COUNT          | 33    | Thủ tục
      3.2.5/numerator   | 292 | COUNT          | 33    | Thủ tục
      3.3               | 293 | NOT_REPORTED   |       |
      3.3.1             | 294 | COUNT          | 2     | Thủ tục
      3.3.2             | 295 | COUNT          | 44    | Thủ tục
      3.3.3             | 296 | NOT_REPORTED   |       |
      3.3.4             | 300 | PERCENTAGE     | 100   | %
      3.3.5             | 301 | PERCENTAGE     | 100   | %
      3.4               | 302 | NOT_REPORTED   |       |
      3.4.1             | 303 | NOT_REPORTED   |       |
      3.4.1/denominator | 304 | NOT_REPORTED   |       |
      3.4.1/numerator   | 305 | NOT_REPORTED   |       |
      3.4.2             | 306 | PERCENTAGE     | 100   | %
      3.4.2/denominator | 307 | COUNT          | 1481  | Hồ sơ
      3.4.2/numerator   | 308 | COUNT          | 39    | Hồ sơ
      4                 | 309 | NOT_REPORTED   |       |
      4.1               | 310 | NOT_REPORTED   |       |
      4.1.1             | 311 | NOT_REPORTED   |       |
      4.1.5             | 312 | NOT_REPORTED   |       |
      4.1.5/detail-1    | 313 | NOT_REPORTED   |       |
      4.1.5/detail-2    | 314 | NOT_REPORTED   |       |
      4.2               | 315 | NOT_REPORTED   |       |
      4.2.1             | 316 | COUNT          | 20    | Người
      4.2.2             | 317 | COUNT          | 19    | Người
      4.2.3             | 318 | COUNT          | 0     | Người
      4.2.4             | 322 | COUNT          | 0     | Người
      4.2.5             | 323 | PERCENTAGE     | 0     | %
      4.3               | 324 | NOT_REPORTED   |       |
      4.3.1             | 325 | NOT_REPORTED   |       |
      4.3.2             | 326 | NOT_REPORTED   |       |
      4.3.3             | 327 | NOT_REPORTED   |       |
      4.3.4             | 328 | NOT_REPORTED   |       |
      5                 | 329 | NOT_REPORTED   |       |
      5.1               | 330 | NOT_REPORTED   |       |
      5.1.1             | 331 | NOT_REPORTED   |       |
      5.1.2             | 332 | NOT_REPORTED   |       |
      5.2               | 333 | NOT_REPORTED   |       |
      5.2.1             | 334 | COUNT          | 0     | Người
      5.2.2             | 335 | COUNT          | 0     | Người
      5.2.3             | 336 | COUNT          | 0     | Người
      5.2.4             | 337 | COUNT          | 0     | Người
      5.2.5             | 338 | COUNT          | 0     | Người
      5.3               | 339 | COUNT          | 0     | Người
      5.4               | 340 | COUNT          | 0     | Người
      5.4/part-1        | 344 | COUNT          | 0     | Người
      5.4/part-2        | 345 | COUNT          | 0     | Người
      6                 | 346 | NOT_REPORTED   |       |
      6.1               | 347 | PERCENTAGE     | 0     | %
      6.1/denominator   | 348 | MONEY          | 0     | Triệu đồng
      6.1/numerator     | 349 | MONEY          | 0     | Triệu đồng
      6.2               | 350 | COUNT          | 0     |
      6.2.1             | 351 | NOT_REPORTED   |       |
      6.2.2             | 352 | NOT_REPORTED   |       |
      6.2.3             | 353 | NOT_REPORTED   |       |
      6.2.4             | 354 | NOT_REPORTED   |       |
      6.2.4/part-1      | 355 | NOT_REPORTED   |       |
      6.2.4/part-2      | 356 | NOT_REPORTED   |       |
      6.2.4/part-3      | 357 | NOT_REPORTED   |       |
      6.2.5             | 358 | NOT_REPORTED   |       |
      6.2.6             | 359 | NOT_REPORTED   |       |
      7                 | 360 | NOT_REPORTED   |       |
      7.1               | 361 | NOT_REPORTED   |       |
      7.2               | 365 | CODED          | 2     |
      7.3               | 366 | NOT_REPORTED   |       |
      7.4               | 367 | NOT_REPORTED   |       |
      7.5               | 368 | NOT_REPORTED   |       |
      7.5.1             | 369 | PERCENTAGE     | 100   | %
      7.5.2             | 370 | COUNT          | 266   | Văn bản
      7.5.2/part-1      | 371 | PERCENTAGE     | 100   | %
      7.5.2/part-2      | 372 | PERCENTAGE     | 0.2   | %
      7.6               | 373 | NOT_REPORTED   |       |
      7.6.1             | 374 | NOT_REPORTED   |       |
      7.6.2             | 375 | PERCENTAGE     | 100   | %
      """)
  void everyAppendixRow(String id, int line, ValueState state, String number, String unit) {
    AppendixEntry e = report.entry(id).orElseThrow(() -> new AssertionError("no row for " + id));
    assertThat(e.location()).isEqualTo(SourceLocation.of(line, 1));
    IndicatorValue v = e.value();
    assertThat(v.state()).isEqualTo(state);
    // BigDecimal.equals: the scale as written counts ("99,3" is 99.3 with scale 1, "0,2" is 0.2)
    assertThat(v.number()).isEqualTo(Optional.ofNullable(number).map(BigDecimal::new));
    Optional<String> valueUnit = switch (state) {
      case COUNT -> ((CountValue) v).unit().map(Unit::label);
      case MONEY -> Optional.of(((MoneyValue) v).unit().label());
      case PERCENTAGE -> Optional.of("%");
      default -> Optional.empty();
    };
    assertThat(valueUnit).isEqualTo(Optional.ofNullable(unit));
    assertThat(e.sourceLine()).isEqualTo(Fixture.text().split("\n", -1)[line - 1]);
  }

  @Test
  void theAppendixHasOneEntryPerDataRowAndNoMore() {
    assertThat(report.appendix()).hasSize(121);
    assertThat(report.appendix()).extracting(AppendixEntry::location).isSorted();
  }

  @Test
  void cellsAreKeptAsWrittenWithoutMarkup() {
    AppendixEntry part = report.entry("6.2.4/part-1").orElseThrow();
    assertThat(part.label()).isEqualTo("Số ĐVSN tự bảo đảm từ 70% - dưới 100% chi thường xuyên");
    assertThat(part.unitAsWritten()).isEqualTo("Đơn vị");
    assertThat(part.sourceLine()).contains("<i>");
    assertThat(part.codeAsWritten()).isEmpty();
    assertThat(report.entry("6.2").orElseThrow().codeAsWritten()).contains("6.2");
    assertThat(report.entry("1.1").orElseThrow().codeAsWritten()).contains("1.1.");
    assertThat(report.value("1.1").orElseThrow().asWritten()).isEqualTo("30%");
    assertThat(report.value("3.2.4/denominator").orElseThrow().asWritten()).isEqualTo("1.492");
    assertThat(report.value("2.2").orElseThrow().asWritten()).isEqualTo("-");
    assertThat(report.entry("3.2.1/numerator").orElseThrow().label()).isEqualTo("Số TTHC đang cung cấp trực tuyến toàn trình");
  }

  @Test
  void codedAnswers() {
    assertThat(report.value("1.5")).contains(CodedValue.of(YesNo.NO, "0"));
    assertThat(report.value("7.2")).contains(CodedValue.of(OnlineMeetingLevel.THREE_LEVELS, "2"));
  }

  @Test
  void metadata() {
    assertThat(report.catalogueId()).isEqualTo("cchc-2024");
    assertThat(report.number().orElseThrow().asWritten()).isEqualTo("45/BC-UBND");
    assertThat(report.number().orElseThrow().sequence()).isEqualTo(45);
    assertThat(report.number().orElseThrow().typeAbbreviation()).contains("BC");
    assertThat(report.number().orElseThrow().issuerAbbreviation()).isEqualTo("UBND");
    assertThat(report.draft()).isFalse();
    assertThat(report.issueDate()).contains(LocalDate.of(2024, 3, 12));
    assertThat(report.issuer().asWritten()).isEqualTo("UBND thị trấn Đình Cả");
    assertThat(report.issuer().body()).isEqualTo("UBND");
    assertThat(report.issuer().unitType()).isEqualTo(AdministrativeUnitType.TOWNSHIP);
    assertThat(report.issuer().unitName()).isEqualTo("Đình Cả");
    assertThat(report.issuer().level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(report.place()).isEmpty();
    assertThat(report.title()).isEqualTo("Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024");
    assertThat(report.period().year()).isEqualTo(2024);
    assertThat(report.period().kind()).isEqualTo(PeriodKind.QUARTER);
    assertThat(report.period().index()).isEqualTo(1);
    assertThat(report.period().dataWindow().orElseThrow().from()).isEqualTo(LocalDate.of(2023, 12, 13));
    assertThat(report.period().dataWindow().orElseThrow().to()).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(report.signer().orElseThrow().position()).isEqualTo("CHỦ TỊCH");
    assertThat(report.signer().orElseThrow().name()).isEqualTo("Trịnh Thanh Phương");
    assertThat(report.signer().orElseThrow().onBehalfOf()).isEmpty();
    assertThat(report.recipients()).containsExactly("UBND huyện", "Phòng Nội vụ huyện", "TT Đảng ủy - HĐND thị trấn",
        "Chủ tịch, các PCT UBND thị trấn", "UB MTTQ và các tổ chức thành viên", "Cán bộ, công chức thị trấn", "Lưu: VP");
  }

  @Test
  void narrativeTree() {
    assertThat(report.preamble()).isEmpty();
    assertThat(report.sections()).extracting(NarrativeSection::marker).containsExactly("I.", "II.", "III.", "IV.");
    assertThat(report.sections()).extracting(NarrativeSection::title).containsExactly("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
        "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "ĐÁNH GIÁ CHUNG", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI");
    assertThat(report.sections()).extracting(s -> s.location().line()).containsExactly(7, 47, 182, 202);
    NarrativeSection one = report.sections().get(0);
    assertThat(one.children()).extracting(NarrativeSection::marker).containsExactly("1.", "2.", "3.", "4.", "5.");
    assertThat(one.children()).extracting(NarrativeSection::title).containsExactly(
        "Về kế hoạch cải cách hành chính", "Về tổ chức chỉ đạo, điều hành cải cách hành chính",
        "Về công tác tuyên truyền cải cách hành chính", "Về kiểm tra công tác cải cách hành chính",
        "Các mô hình, sáng kiến, giải pháp mới trong cải cách hành chính");
    NarrativeSection two = report.sections().get(1);
    assertThat(two.children()).extracting(NarrativeSection::title).containsExactly("Cải cách thể chế",
        "Cải cách thủ tục hành chính (TTHC)", "Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ",
        "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số");
    assertThat(two.child("1").orElseThrow().children()).extracting(NarrativeSection::marker)
        .containsExactly("1.1", "1.2.", "1.3.");
    assertThat(two.child("2").orElseThrow().children()).extracting(NarrativeSection::marker)
        .containsExactly("2.1.", "2.2.", "2.3.", "2.4.");
    assertThat(two.child("2").orElseThrow().child("2.2").orElseThrow().children())
        .extracting(NarrativeSection::marker).containsExactly("a.", "b.", "c.", "đ.", "e,", "f.", "g.");
    assertThat(two.child("6").orElseThrow().children()).extracting(NarrativeSection::marker)
        .containsExactly("6.1.", "6.2.", "6.3.", "6.4.", "6.5.", "6.6.");
    NarrativeSection three = report.sections().get(2);
    assertThat(three.children()).extracting(NarrativeSection::title).containsExactly("Ưu điểm", "Hạn chế tồn tại");
    assertThat(three.children().get(0).blocks()).hasSize(4).allMatch(b -> b.kind() == NarrativeBlock.Kind.BULLET);
    NarrativeSection four = report.sections().get(3);
    assertThat(four.children()).extracting(NarrativeSection::marker).containsExactly("1.", "2.", "3.", "4.");
    assertThat(four.children().get(3).title()).isEqualTo("Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động CCHC "
        + "của cơ quan nhà nước trong việc giải quyết thủ tục hành chính phục vụ tổ chức và công dân.");
    assertThat(report.closing()).extracting(NarrativeBlock::text).containsExactly("Trên đây là báo cáo kết quả thực hiện "
        + "CCHC quý I, phương hướng nhiệm vụ quý II năm 2024 của UBND thị trấn Đình Cả./.");
  }

  @Test
  void runInHeadingsSplitAtTheColonAndKeepTheirText() {
    NarrativeSection a = report.sections().get(1).child("2").orElseThrow().child("2.1").orElseThrow().child("a")
        .orElseThrow();
    assertThat(a.title()).isEqualTo("Về công khai thủ tục hành chính");
    assertThat(a.location()).isEqualTo(SourceLocation.of(67, 1));
    assertThat(a.blocks()).hasSize(1);
    NarrativeBlock text = a.blocks().get(0);
    assertThat(text.location()).isEqualTo(SourceLocation.of(67, 37));
    // joined across the page break (lines 67 and 69) with one space; nothing else changed
    assertThat(text.text()).startsWith("Các TTHC được công khai đúng quy trình")
        .contains("Việc công khai TTHC cũng được thực hiện đồng thời")
        .endsWith("trong quá trình giải quyết TTHC.");
    NarrativeSection e = report.sections().get(1).child("2").orElseThrow().child("2.2").orElseThrow().child("e")
        .orElseThrow();
    assertThat(e.marker()).isEqualTo("e,");
    assertThat(e.title()).isEqualTo("Việc hướng dẫn tổ chức, công dân thực hiện TTHC");
    assertThat(e.blocks()).hasSize(2);
  }

  @Test
  void pageBreakParagraphsAreJoined() {
    NarrativeSection four = report.sections().get(1).child("4").orElseThrow();
    assertThat(four.blocks()).hasSize(1);
    assertThat(four.blocks().get(0).text()).contains("thực thi công vụ của cán bộ, công chức. Ngoài ra, một số bộ phận");
    NarrativeSection six1 = report.sections().get(1).child("6").orElseThrow().child("6.1").orElseThrow();
    assertThat(six1.blocks()).last().extracting(NarrativeBlock::text).asString()
        .endsWith("mô hình tổ công nghệ số cộng đồng hỗ trợ người dân tham gia chuyển đổi số trên địa bàn thị trấn Đình Cả.");
  }

  @Test
  void bulletsKeepTheirMarkers() {
    NarrativeSection d = report.sections().get(1).child("2").orElseThrow().child("2.2").orElseThrow().child("đ")
        .orElseThrow();
    assertThat(d.blocks()).extracting(NarrativeBlock::marker).containsExactly(Optional.of("-"), Optional.of("- +"),
        Optional.of("- +"), Optional.of("- +"), Optional.of("-"), Optional.of("- +"), Optional.of("- +"),
        Optional.of("- +"), Optional.of("-"));
    assertThat(d.blocks().get(1).text()).isEqualTo("Số hồ sơ tiếp nhận trực tuyến: 1.482 hồ sơ.");
    assertThat(d.blocks().get(1).kind()).isEqualTo(NarrativeBlock.Kind.SUB_BULLET);
    assertThat(d.blocks().get(1).location()).isEqualTo(SourceLocation.of(84, 5));
  }

  /**
   * Every document reference, listed by hand: line, section path, type word as written, number, date, subject (the
   * clause after "về", up to ";" or a full stop — see ReportTextReader).
   */
  @Test
  void everyDocumentReference() {
    List<String> refs = report.references().stream().map(FixtureReadTest::describe).collect(Collectors.toList());
    assertThat(refs).containsExactly(
        "11|I.1|kế hoạch|06/KH-UBND|2024-01-10|cải cách hành chính với một số nhiệm vụ trọng tâm là xây dựng và phát triển "
            + "chính quyền điện tử, chuyển đổi số",
        "21|I.2|Quyết định|15/QĐ-UBND|2024-01-12|việc Ban hành Kế hoạch kiểm soát thủ tục hành chính, thực hiện cơ chế "
            + "một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử thị trấn Đình Cả năm 2024",
        "23|I.2|Kế hoạch|16/KH-UBND|2024-01-15|tuyên truyền cải cách hành chính năm 2024",
        "25|I.2|Kế hoạch|20/KH-UBND|2024-01-19|công tác tư pháp năm 2024",
        "27|I.2|Kế hoạch|33/QĐ-UBND|2024-01-31|rà soát, đánh giá TTHC năm 2024",
        "29|I.2|Kế hoạch|34/KH-UBND|2024-01-31|kiểm tra, rà soát, hệ thống hóa VBQPPL năm 2024",
        "31|I.2|Kế hoạch|35/KH-UBND|2022-01-31|tuyên truyền phổ biến giáo dục pháp luật năm 2024",
        "37|I.3|kế hoạch|16/KH-UBND|2022-01-15|tuyên truyền về công tác cải cách hành chính năm 2022",
        "53|II.1.1|kế hoạch|20/KH-UBND|2024-01-19|công tác tư pháp và, đồng thời chỉ đạo các bộ phận chuyên môn tham mưu "
            + "ban hành văn bản quy phạm pháp luật theo đúng thẩm quyền và quy định của pháp luật",
        "57|II.1.2|Kế hoạch|34/KH-UBND|2024-01-31|kiểm tra, rà soát, hệ thống hóa VBQPPL năm 2024, giao cho công chức Tư "
            + "pháp chủ trì phối hợp với các ngành, bộ phận chuyên môn triển khai thực hiện theo quy định",
        "71|II.2.1.b|Quyết định|33/KH-UBND|2024-01-31|rà soát, đánh giá TTHC năm 2024 và triển khai tới toàn thể cán bộ, "
            + "công chức chuyên môn rà soát, đánh giá và thực hiện các quy định về đơn giản hóa TTHC theo quy định",
        "79|II.2.2.c|quyết định|1291/QĐ-TTg||",
        "106|II.2.3.a|Nghị định|45/2020/NĐ-CP||",
        "106|II.2.3.a|Quyết định|06/QĐ-TTg||",
        "112|II.2.4|kế hoạch|56/KH-UBND|2024-03-01|truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính, thực hiện cơ "
            + "chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử năm 2024",
        "120|II.3|Nghị quyết|07/2019/NQ-HĐND|2019-12-11|",
        "132|II.5|Nghị định|130/NĐ-CP||quyền tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính",
        "142|II.6.1|quyết định|36/QĐ-UBND|2024-02-07|Kiện toàn Tổ công tác triển khai thực hiện Đề án phát triển ứng dụng "
            + "dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn "
            + "đến năm 2030 trên địa bàn thị trấn Đình Cả",
        "144|II.6.1|Kế hoạch|13/KH-UBND|2024-01-15|thực hiện chương trình chuyển đổi số năm 2024");
    DocumentReference first = report.references().get(0);
    assertThat(first.location()).isEqualTo(SourceLocation.of(11, 114));
    assertThat(first.number().sequence()).isEqualTo(6);
    assertThat(report.references().get(12).number().year()).hasValue(2020);
  }

  private static String describe(DocumentReference r) {
    return r.location().line() + "|" + r.sectionPath() + "|" + r.typeWord().orElse("") + "|" + r.number().asWritten()
        + "|" + r.date().map(LocalDate::toString).orElse("") + "|" + r.subject().orElse("");
  }
}
