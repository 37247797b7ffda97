package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;

/** Strict reading fails on the first problem with line:column and the offending text; lenient reports them all. */
class StrictModeTest {
  private static final ReportTextReader READER = Fixture.READER;

  private static String replaceLine(String text, int line, String replacement) {
    String[] lines = text.split("\n", -1);
    lines[line - 1] = replacement;
    return String.join("\n", lines);
  }

  private static ReportReadException strictFailure(String text) {
    try {
      READER.readText(text);
    } catch (ReportReadException e) {
      return e;
    }
    throw new AssertionError("expected a ReportReadException");
  }

  @Test
  void anAmbiguousNumberIsAnErrorAtItsColumn() {
    // line 288: "\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t1.492\t"
    String text = replaceLine(Fixture.text(), 288,
        "\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t1.5\t");
    ReportReadException e = strictFailure(text);
    int valueColumn = "\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t".length() + 1;
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.UNREADABLE_VALUE);
    // VietnameseNumber names the last digit of the short group "5"
    assertThat(e.location()).isEqualTo(SourceLocation.of(288, valueColumn + 2));
    assertThat(e.problem().offendingText()).isEqualTo("1.5");
    assertThat(e.getMessage()).startsWith("288:" + (valueColumn + 2) + ": ").contains("3.2.4/denominator").endsWith("«1.5»");
  }

  @Test
  void markupInTheValueCellDoesNotShiftTheColumn() {
    String text = replaceLine(Fixture.text(), 323, "4.2.5.\tTỷ lệ phần trăm biên chế đã tinh giản so với năm 2015\t%\t<i>1x</i>\t");
    ReportReadException e = strictFailure(text);
    int cell = "4.2.5.\tTỷ lệ phần trăm biên chế đã tinh giản so với năm 2015\t%\t".length() + 1;
    assertThat(e.location()).isEqualTo(SourceLocation.of(323, cell + "<i>1".length()));
  }

  @Test
  void aFractionInACountIsAnError() {
    String text = replaceLine(Fixture.text(), 240, "\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t3,5\t");
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.UNREADABLE_VALUE);
    assertThat(e.location().line()).isEqualTo(240);
    assertThat(e.getMessage()).contains("1.1/numerator").contains("whole number");
  }

  @Test
  void anUnknownCodedRowIsUnmatched() {
    String text = replaceLine(Fixture.text(), 294, "3.3.9.\tSố TTHC liên thông cùng cấp\tThủ tục\t2\t");
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.UNMATCHED_ROW);
    assertThat(e.location()).isEqualTo(SourceLocation.of(294, 1));
    assertThat(e.problem().offendingText()).isEqualTo("3.3.9.");
  }

  @Test
  void anUnknownChildLabelIsUnmatched() {
    String text = replaceLine(Fixture.text(), 240, "\tSố nhiệm vụ đã làm xong\tNhiệm vụ\t3\t");
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.UNMATCHED_ROW);
    assertThat(e.location()).isEqualTo(SourceLocation.of(240, 2));
    assertThat(e.getMessage()).contains("1.1");
  }

  @Test
  void aCodeOutsideItsListIsUnknown() {
    String text = replaceLine(Fixture.text(), 365, Fixture.text().split("\n")[364].replace("\t2\t", "\t3\t"));
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.UNKNOWN_CODE);
    assertThat(e.location().line()).isEqualTo(365);
    assertThat(e.problem().offendingText()).isEqualTo("3");
    assertThat(e.getMessage()).contains("7.2").contains("valid codes: 0, 1, 2");
  }

  @Test
  void aCodedRowWithAnotherLabelIsALabelMismatch() {
    String text = replaceLine(Fixture.text(), 261, "2.3.\tSố VBQPPL đã kiểm tra\tVăn bản\t0\t");
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.LABEL_MISMATCH);
    assertThat(e.location()).isEqualTo(SourceLocation.of(261, 6));
  }

  @Test
  void aWrongUnitIsAUnitMismatch() {
    String text = replaceLine(Fixture.text(), 261, "2.3.\tSố VBQPPL đã rà soát\tHồ sơ\t0\t");
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.UNIT_MISMATCH);
    assertThat(e.problem().offendingText()).isEqualTo("Hồ sơ");
  }

  @Test
  void aSecondRowForAnIndicatorIsADuplicate() {
    String[] lines = Fixture.text().split("\n", -1);
    String text = replaceLine(Fixture.text(), 262, lines[260]);
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.DUPLICATE_ROW);
    assertThat(e.location().line()).isEqualTo(262);
  }

  @Test
  void aRowWithoutTabsIsMalformed() {
    String text = replaceLine(Fixture.text(), 261, "2.3. Số VBQPPL đã rà soát Văn bản 0");
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.MALFORMED_ROW);
    assertThat(e.location()).isEqualTo(SourceLocation.of(261, 1));
  }

  @Test
  void lenientModeKeepsTheReportAndReportsEveryProblem() {
    String text = replaceLine(replaceLine(Fixture.text(), 288,
        "\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t1.5\t"), 294,
        "3.3.9.\tSố TTHC liên thông cùng cấp\tThủ tục\t2\t");
    ReadResult r = READER.readTextLenient(text);
    assertThat(r.problems()).extracting(ReadProblem::kind).containsExactly(ProblemKind.UNREADABLE_VALUE,
        ProblemKind.UNMATCHED_ROW);
    Report report = r.report().orElseThrow();
    assertThat(report.entry("3.2.4/denominator")).isEmpty();
    assertThat(report.entry("3.3.1")).isEmpty();
    assertThat(report.appendix()).hasSize(119);
  }

  @Test
  void missingMetadataIsReportedAndNoReportIsBuilt() {
    String text = replaceLine(replaceLine(Fixture.text(), 232, ""), 233, "");
    ReadResult r = READER.readTextLenient(text);
    assertThat(r.report()).isEmpty();
    assertThat(r.problems()).extracting(ReadProblem::kind).containsOnly(ProblemKind.MISSING_METADATA);
    assertThat(r.problems()).extracting(ReadProblem::message).anyMatch(m -> m.contains("document number"))
        .anyMatch(m -> m.contains("issue date")).anyMatch(m -> m.contains("issuer"));
    assertThatThrownBy(() -> READER.readText(text)).isInstanceOf(ReportReadException.class)
        .satisfies(e -> assertThat(((ReportReadException) e).problem().kind()).isEqualTo(ProblemKind.MISSING_METADATA));
  }

  @Test
  void malformedUtf8IsAProblemWithItsLineAndColumn() {
    byte[] good = "BÁO CÁO\nKết quả quý I năm 2024\nĐình Cả\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 1];
    int at = "BÁO CÁO\nKết quả quý I năm 2024\nĐình".getBytes(StandardCharsets.UTF_8).length;
    System.arraycopy(good, 0, bad, 0, at);
    bad[at] = (byte) 0xC3; // a lead byte followed by a space: malformed
    System.arraycopy(good, at, bad, at + 1, good.length - at);
    assertThatThrownBy(() -> READER.read(bad)).isInstanceOf(ReportReadException.class);
    assertThat(READER.readLenient(bad).problems()).filteredOn(p -> p.kind() == ProblemKind.MALFORMED_ENCODING)
        .singleElement().satisfies(p -> {
          assertThat(p.location()).isEqualTo(SourceLocation.of(3, 5));
          assertThat(p.offendingText()).isEqualTo("C3");
          assertThat(p.severity()).isEqualTo(ProblemSeverity.ERROR);
        });
  }

  @Test
  void aByteOrderMarkAndCrlfAreAccepted() {
    byte[] body = Fixture.text().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(READER.read(withBom)).isEqualTo(READER.readText(Fixture.text()));
  }

  static final String HEADER_FORM = String.join("\n",
      "UBND HUYỆN VÕ NHAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "UBND THỊ TRẤN ĐÌNH CẢ\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 45/BC-UBND\tĐình Cả, ngày 12 tháng 03 năm 2024",
      "",
      "BÁO CÁO",
      "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
      "",
      "I. CÔNG TÁC CHỈ ĐẠO",
      "1. Về kế hoạch",
      "Đã ban hành Kế hoạch số 06/KH-UBND ngày 10/01/2024 về cải cách hành chính.",
      "Trên đây là báo cáo.",
      "Nơi nhận:",
      "- UBND huyện;",
      "- Lưu: VP.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "",
      "Nguyễn Văn A",
      "");

  @Test
  void theNghiDinh30HeaderGivesNumberPlaceDateAndIssuer() {
    Report r = READER.readText(HEADER_FORM);
    assertThat(r.number().map(DocumentNumber::asWritten)).contains("45/BC-UBND");
    assertThat(r.issueDate()).contains(LocalDate.of(2024, 3, 12));
    assertThat(r.place()).contains("Đình Cả");
    assertThat(r.issuer().asWritten()).isEqualTo("UBND THỊ TRẤN ĐÌNH CẢ");
    assertThat(r.issuer().unitType()).isEqualTo(AdministrativeUnitType.TOWNSHIP);
    assertThat(r.issuer().unitName()).isEqualTo("ĐÌNH CẢ");
    assertThat(r.issuer().level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(r.period().kind()).isEqualTo(vn.cchc.model.PeriodKind.SIX_MONTHS);
    assertThat(r.period().index()).isEqualTo(1);
    assertThat(r.period().dataWindow()).isEmpty();
    assertThat(r.signer().orElseThrow().position()).isEqualTo("PHÓ CHỦ TỊCH");
    assertThat(r.signer().orElseThrow().name()).isEqualTo("Nguyễn Văn A");
    assertThat(r.signer().orElseThrow().onBehalfOf()).contains("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
    assertThat(r.recipients()).containsExactly("UBND huyện", "Lưu: VP");
    assertThat(r.references()).singleElement().satisfies(ref -> {
      assertThat(ref.sectionPath()).isEqualTo("I.1");
      assertThat(ref.date()).contains(LocalDate.of(2024, 1, 10));
    });
    assertThat(r.appendix()).isEmpty();
  }

  @Test
  void aCityIssuerWithoutAStatedLevelIsNotGuessed() {
    String text = HEADER_FORM.replace("UBND HUYỆN VÕ NHAI\t", "\t").replace("UBND THỊ TRẤN ĐÌNH CẢ", "UBND THÀNH PHỐ SÔNG CÔNG");
    ReadResult r = READER.readTextLenient(text);
    assertThat(r.report()).isEmpty();
    assertThat(r.problems(ProblemSeverity.WARNING)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.MISSING_METADATA);
      assertThat(p.location()).isEqualTo(SourceLocation.of(2, 1));
      assertThat(p.message()).contains("thành phố");
    });
    String underProvince = HEADER_FORM.replace("UBND HUYỆN VÕ NHAI", "UBND TỈNH THÁI NGUYÊN")
        .replace("UBND THỊ TRẤN ĐÌNH CẢ", "UBND THÀNH PHỐ SÔNG CÔNG");
    assertThat(READER.readText(underProvince).issuer().level()).isEqualTo(AdministrativeLevel.DISTRICT);
  }

  @Test
  void headerAndCaptionMustAgree() {
    String text = HEADER_FORM + "PHỤ LỤC\n(Kèm theo Báo cáo số 46/BC-UBND ngày 12/03/2024 của UBND thị trấn Đình Cả)\n";
    ReadResult r = READER.readTextLenient(text);
    assertThat(r.problems()).filteredOn(p -> p.kind() != ProblemKind.EMPTY_TABLE).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_METADATA);
      assertThat(p.message()).contains("46/BC-UBND").contains("45/BC-UBND");
    });
    assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.EMPTY_TABLE).singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(ProblemSeverity.ERROR));
  }

  @Test
  void theFirstPeriodPhraseOfTheTitleIsThePeriod() {
    assertThat(READER.readText(HEADER_FORM.replace("6 tháng đầu năm 2024", "9 tháng năm 2024")).period().kind())
        .isEqualTo(vn.cchc.model.PeriodKind.NINE_MONTHS);
    assertThat(READER.readText(HEADER_FORM.replace("6 tháng đầu năm 2024", "năm 2024, phương hướng quý I năm 2025"))
        .period()).satisfies(p -> {
          assertThat(p.kind()).isEqualTo(vn.cchc.model.PeriodKind.YEAR);
          assertThat(p.year()).isEqualTo(2024);
        });
    assertThat(READER.readText(HEADER_FORM.replace("6 tháng đầu năm 2024", "quý III năm 2024")).period().index())
        .isEqualTo(3);
    ReadResult none = READER.readTextLenient(HEADER_FORM.replace("6 tháng đầu năm 2024", "công tác cải cách"));
    assertThat(none.report()).isEmpty();
    assertThat(none.problems(ProblemSeverity.WARNING)).extracting(ReadProblem::kind)
        .containsExactly(ProblemKind.MISSING_METADATA);
  }

  @Test
  void anUnknownHeaderLineIsNotDropped() {
    String text = HEADER_FORM.replace("\nBÁO CÁO", "\nBản nháp\nBÁO CÁO");
    ReportReadException e = strictFailure(text);
    assertThat(e.problem().kind()).isEqualTo(ProblemKind.UNRECOGNISED_LINE);
    assertThat(e.location()).isEqualTo(SourceLocation.of(5, 1));
    assertThat(e.problem().offendingText()).isEqualTo("Bản nháp");
  }
}
