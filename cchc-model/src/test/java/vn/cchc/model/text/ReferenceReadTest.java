package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.DocumentType;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogues;

/**
 * Document references as real published reports write them: long-form dates, symbols that lost their hyphen
 * or gained spaces in PDF extraction, and the issuer named after "của".
 */
class ReferenceReadTest {
  private static final ReportTextReader READER = Fixture.READER;
  private static final String SENTENCE = "Đã ban hành Kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách hành chính.";
  /** The line the narrative sentence stands on in {@link StrictModeTest#HEADER_FORM}. */
  static final int LINE = 10;

  /** A small report whose one narrative line (line 10) is {@code sentence}. */
  static String report(String sentence) {
    assertThat(StrictModeTest.HEADER_FORM.split("\n")[LINE - 1]).isEqualTo(SENTENCE);
    return StrictModeTest.HEADER_FORM.replace(SENTENCE, sentence);
  }

  private static ReadResult read(String sentence) {
    return READER.readTextLenient(report(sentence));
  }

  /** {@return the problems on the narrative line (the small report has no appendix, which is a problem of its own)} */
  private static List<ReadProblem> problems(ReadResult r) {
    return r.problems().stream().filter(p -> p.location().line() == LINE).collect(Collectors.toList());
  }

  private static DocumentReference only(ReadResult r) {
    assertThat(r.report()).isPresent();
    return r.report().get().references().get(0);
  }

  private static int col(String sentence, String part) {
    int i = sentence.indexOf(part);
    assertThat(i).as(part).isNotNegative();
    return sentence.codePointCount(0, i) + 1;
  }

  // ------------------------------------------------------------------ long-form dates

  @Test
  void aLongFormDateIsTheReferencesDate() {
    String s = "Thực hiện Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ về hướng dẫn "
        + "nghiệp vụ kiểm soát thủ tục hành chính.";
    Report r = READER.readText(report(s));
    DocumentReference ref = r.references().get(0);
    assertThat(ref.typeWord()).contains("Thông tư");
    assertThat(ref.number().asWritten()).isEqualTo("02/2017/TT-VPCP");
    assertThat(ref.number().year()).hasValue(2017);
    assertThat(ref.date()).contains(LocalDate.of(2017, 10, 31));
    assertThat(ref.issuer()).contains("Văn phòng Chính phủ");
    assertThat(ref.subject()).contains("hướng dẫn nghiệp vụ kiểm soát thủ tục hành chính");
    assertThat(ref.location()).isEqualTo(SourceLocation.of(LINE, col(s, "Thông tư")));
  }

  @Test
  void longFormDatesWithoutLeadingZerosOrWithExtraSpaces() {
    assertThat(only(read("Ban hành Kế hoạch số 15/KH-UBND ngày 07 tháng 3 năm 2025 về chuyển đổi số.")).date())
        .contains(LocalDate.of(2025, 3, 7));
    assertThat(only(read("Ban hành Kế hoạch số 15/KH-UBND ngày  7   tháng  03  năm  2025 về chuyển đổi số.")).date())
        .contains(LocalDate.of(2025, 3, 7));
    assertThat(only(read("Ban hành Kế hoạch số 15/KH-UBND Ngày 7 Tháng 3 Năm 2025 về chuyển đổi số.")).date())
        .contains(LocalDate.of(2025, 3, 7));
  }

  @Test
  void aLongFormDateThatDoesNotExistIsAnInvalidDateAtItsColumn() {
    String s = "Ban hành Kế hoạch số 12/KH-UBND ngày 31 tháng 02 năm 2024 về cải cách hành chính.";
    ReadResult r = read(s);
    assertThat(problems(r)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_DATE);
      assertThat(p.location()).isEqualTo(SourceLocation.of(LINE, col(s, "31 tháng")));
      assertThat(p.offendingText()).isEqualTo("31 tháng 02 năm 2024");
    });
    DocumentReference ref = only(r);
    assertThat(ref.date()).isEmpty();
    assertThat(ref.subject()).contains("cải cách hành chính");
  }

  @Test
  void aSentenceOpeningWithALongFormDateDatesTheDocumentItIssues() {
    DocumentReference ref = only(read("Ngày 15 tháng 01 năm 2024, UBND thị trấn ban hành Kế hoạch số 13/KH-UBND thực "
        + "hiện chương trình chuyển đổi số năm 2024."));
    assertThat(ref.date()).contains(LocalDate.of(2024, 1, 15));
  }

  // ------------------------------------------------------------------ symbols as PDF extraction leaves them

  @Test
  void aSymbolThatLostItsHyphenIsSplitAtAKnownTypeAndIssuerWithAWarning() {
    String s = "Căn cứ Nghị định số 63/2010/NĐCP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính.";
    ReadResult r = read(s);
    DocumentReference ref = only(r);
    DocumentNumber n = ref.number();
    assertThat(n.asWritten()).isEqualTo("63/2010/NĐCP");
    assertThat(n.sequence()).isEqualTo(63);
    assertThat(n.year()).hasValue(2010);
    assertThat(n.firstPart()).isEqualTo("NĐ");
    assertThat(n.secondPart()).isEqualTo("CP");
    assertThat(n.type()).contains(DocumentType.DECREE);
    assertThat(ref.date()).contains(LocalDate.of(2010, 6, 8));
    assertThat(ref.issuer()).contains("Chính phủ");
    assertThat(problems(r)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.REPAIRED_TEXT);
      assertThat(p.severity()).isEqualTo(ProblemSeverity.WARNING);
      assertThat(p.location()).isEqualTo(SourceLocation.of(LINE, col(s, "63/")));
      assertThat(p.offendingText()).isEqualTo("63/2010/NĐCP");
      assertThat(p.message()).contains("NĐ-CP");
    });
    // a warning: strict reading stops there
    assertThatThrownBy(() -> READER.readText(report(s))).isInstanceOf(ReportReadException.class)
        .satisfies(e -> assertThat(((ReportReadException) e).problem().kind()).isEqualTo(ProblemKind.REPAIRED_TEXT));
  }

  @Test
  void aGluedDecisionSymbolReadsLikeTheCleanOne() {
    DocumentNumber glued = only(read("Quyết định số 3027/QĐUBND ngày 20/12/2023 về công bố TTHC.")).number();
    DocumentNumber clean = DocumentNumber.parse("3027/QĐ-UBND").orElseThrow();
    assertThat(glued.asWritten()).isEqualTo("3027/QĐUBND");
    assertThat(List.of(glued.sequence(), glued.firstPart(), glued.secondPart(), glued.issuerAbbreviation()))
        .isEqualTo(List.of(clean.sequence(), clean.firstPart(), clean.secondPart(), clean.issuerAbbreviation()));
    assertThat(only(read("Tờ trình số 12/TTrUBND ngày 20/12/2023 về biên chế.")).number().firstPart()).isEqualTo("TTr");
    assertThat(only(read("Chương trình số 2/CTrUBND ngày 20/12/2023 về chuyển đổi số.")).number().firstPart())
        .isEqualTo("CTr");
  }

  @Test
  void aGluedSymbolIsNeverGuessed() {
    for (String s : List.of("Văn bản số 12/UBNDVP ngày 20/12/2023 về biên chế.", // a công văn: no type abbreviation
        "Kế hoạch số 12/KHXYZ ngày 20/12/2023 về biên chế.", // no known issuer form
        "Kế hoạch số 12/KH ngày 20/12/2023 về biên chế.", // no issuer at all
        "Kế hoạch số 12/QĐUBND2 ngày 20/12/2023 về biên chế.")) {
      ReadResult r = read(s);
      assertThat(r.report().orElseThrow().references()).as(s).isEmpty();
      assertThat(problems(r)).as(s).isEmpty();
    }
  }

  @Test
  void spacesAroundTheSlashAreRemovedWithInformation() {
    Map<String, String> forms = Map.of(
        "Báo cáo số 228/ BC-UBND ngày 10/12/2023 về kết quả CCHC.", "228/ BC-UBND",
        "Báo cáo số 45 /BC-UBND ngày 10/12/2023 về kết quả CCHC.", "45 /BC-UBND",
        "Báo cáo số 31  /BC-UBND ngày 10/12/2023 về kết quả CCHC.", "31  /BC-UBND",
        "Nghị định số 45 / 2020 / NĐ-CP ngày 08/4/2020 về thủ tục hành chính trên môi trường điện tử.",
        "45 / 2020 / NĐ-CP");
    for (Map.Entry<String, String> f : forms.entrySet()) {
      String s = f.getKey();
      ReadResult r = read(s);
      DocumentReference ref = only(r);
      assertThat(ref.number().asWritten()).isEqualTo(f.getValue());
      DocumentNumber clean = DocumentNumber.parse(f.getValue().replace(" ", "")).orElseThrow();
      assertThat(ref.number().sequence()).isEqualTo(clean.sequence());
      assertThat(ref.number().year()).isEqualTo(clean.year());
      assertThat(ref.number().firstPart()).isEqualTo(clean.firstPart());
      assertThat(ref.number().secondPart()).isEqualTo(clean.secondPart());
      assertThat(ref.date()).isPresent();
      assertThat(problems(r)).as(s).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(ProblemKind.REPAIRED_TEXT);
        assertThat(p.severity()).isEqualTo(ProblemSeverity.INFO);
        assertThat(p.location()).isEqualTo(SourceLocation.of(LINE, col(s, f.getValue())));
        assertThat(p.offendingText()).isEqualTo(f.getValue());
      });
      // information only: strict reading accepts it
      assertThat(READER.readText(report(s)).references()).hasSize(1);
    }
  }

  @Test
  void fractionsAndDatesAreStillNotReferences() {
    ReadResult r = read("Đã giải quyết 1.154/1.221 hồ sơ, 66/182 TTHC, 05/05 tổ dân phố từ ngày 10/01/2024 / năm 2024.");
    assertThat(r.report().orElseThrow().references()).isEmpty();
    assertThat(problems(r)).isEmpty();
  }

  @Test
  void theHeaderReaderCanReadASpacedNumber() {
    ReadContext ctx = new ReadContext(new CatalogueIndex(Catalogues.bundled()), List.of("Số: 31  /BC-UBND"));
    DocumentNumber n = ReferenceReader.readNumber(" 31  /BC-UBND ", SourceLocation.of(1, 5), ctx);
    assertThat(n).isNotNull();
    assertThat(n.asWritten()).isEqualTo("31  /BC-UBND");
    assertThat(n.sequence()).isEqualTo(31);
    assertThat(n.firstPart()).isEqualTo("BC");
    assertThat(ctx.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.REPAIRED_TEXT);
      assertThat(p.severity()).isEqualTo(ProblemSeverity.INFO);
      assertThat(p.location()).isEqualTo(SourceLocation.of(1, 5));
    });
    assertThat(ReferenceReader.readNumber("45/BC-UBND", SourceLocation.of(1, 5), ctx).asWritten()).isEqualTo("45/BC-UBND");
    assertThat(ReferenceReader.readNumber("45/BC", SourceLocation.of(1, 5), ctx)).isNull();
    assertThat(ReferenceReader.readNumber("45/BC-UBND và", SourceLocation.of(1, 5), ctx)).isNull();
    assertThat(ctx.problems()).hasSize(1);
    assertThat(ReferenceReader.splitGlued("QĐTTg")).containsExactly("QĐ", "TTg");
    assertThat(ReferenceReader.splitGlued("UBNDVP")).isNull();
  }

  // ------------------------------------------------------------------ the issuer after "của"

  @Test
  void theIssuerNamedAfterTheNumberOrDate() {
    DocumentReference a = only(read("Thực hiện Quyết định số 65/QĐ-UBND ngày 12/3/2024 của UBND huyện Lạc Dương về "
        + "kiểm soát thủ tục hành chính năm 2024."));
    assertThat(a.issuer()).contains("UBND huyện Lạc Dương");
    assertThat(a.subject()).contains("kiểm soát thủ tục hành chính năm 2024");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 12));
    DocumentReference b = only(read("Triển khai Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh Lâm Đồng về cải cách "
        + "hành chính."));
    assertThat(b.issuer()).contains("Ủy ban nhân dân tỉnh Lâm Đồng");
    assertThat(b.subject()).contains("cải cách hành chính");
    DocumentReference c = only(read("Thực hiện Công văn số 581/BNV-CCHC của Bộ Nội vụ."));
    assertThat(c.issuer()).contains("Bộ Nội vụ");
    assertThat(c.number().issuerAbbreviation()).isEqualTo("BNV");
    assertThat(c.subject()).isEmpty();
  }

  @Test
  void theIssuerEndsWhereTheNameEnds() {
    Map<String, String> cases = Map.of(
        "theo quyết định 1291/QĐ-TTg của Thủ tướng Chính phủ đều được đưa ra thực hiện.", "Thủ tướng Chính phủ",
        "theo Nghị quyết số 07/2019/NQ-HĐND ngày 11/12/2019 của HĐND tỉnh Thái Nguyên.", "HĐND tỉnh Thái Nguyên",
        "theo Kế hoạch số 3/KH-STTTT của Sở Thông tin và Truyền thông về chuyển đổi số.", "Sở Thông tin và Truyền thông",
        "theo Quyết định số 5/QĐ-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội, Kế hoạch số 6/KH-UBND.",
        "Bộ Lao động - Thương binh và Xã hội",
        "theo Kế hoạch số 8/KH-UBND của UBND tỉnh ban hành ngày trước.", "UBND tỉnh",
        "theo Quyết định số 9/QĐ-UBND của Chủ tịch UBND thành phố Đà Lạt; Kế hoạch số 6/KH-UBND.",
        "Chủ tịch UBND thành phố Đà Lạt",
        "theo Quyết định số 10/QĐ-UBND của UBND TP. Hồ Chí Minh về chuyển đổi số.", "UBND TP. Hồ Chí Minh",
        "theo Kế hoạch số 11/KH-UBND của Bộ Nội vụ và Kế hoạch số 12/KH-UBND.", "Bộ Nội vụ");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      DocumentReference ref = only(read(c.getKey()));
      assertThat(ref.issuer()).as(c.getKey()).contains(c.getValue());
    }
    for (String none : List.of("theo Kế hoạch số 11/KH-UBND của cấp trên.", "theo Kế hoạch số 11/KH-UBND và của UBND tỉnh.",
        "Kế hoạch số 11/KH-UBND ngày 01/02/2024 về công tác của UBND tỉnh.", "theo Kế hoạch số 11/KH-UBND của (UBND).")) {
      assertThat(only(read(none)).issuer()).as(none).isEmpty();
    }
  }

  /** The sample report's references name their issuers only where "của" follows the number directly. */
  @Test
  void theSampleReportsIssuers() throws Exception {
    Report r = READER.read(Fixture.PATH);
    Map<String, String> issuers = r.references().stream().filter(x -> x.issuer().isPresent())
        .collect(Collectors.toMap(x -> x.location().line() + " " + x.number().asWritten(), x -> x.issuer().get()));
    assertThat(issuers).containsOnly(Map.entry("79 1291/QĐ-TTg", "Thủ tướng Chính phủ"),
        Map.entry("106 45/2020/NĐ-CP", "Chính phủ"), Map.entry("106 06/QĐ-TTg", "Thủ tướng Chính phủ"),
        Map.entry("120 07/2019/NQ-HĐND", "HĐND tỉnh Thái Nguyên"), Map.entry("132 130/NĐ-CP", "Chính phủ"));
  }
}
