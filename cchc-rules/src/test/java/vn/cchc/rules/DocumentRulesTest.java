package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.rules.TestData.dec;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.DocumentNumber;
import vn.cchc.model.DocumentReference;
import vn.cchc.model.ImmutableDocumentNumber;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;

/**
 * doc.number-* compare only references of one issuer (named alike, or both unnamed: the report's own);
 * doc.subject-year lets a document look forward ("đến năm 2025", "tầm nhìn đến năm 2030").
 */
class DocumentRulesTest {
  private final Catalogue cat = TestData.catalogue();
  private int line = 10;

  private DocumentReference ref(String word, String number, String date, String issuer, String subject) {
    String[] d = date.split("/");
    return DocumentReference.builder().typeWord(word).number(DocumentNumber.parse(number).orElseThrow())
        .date(LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[1]), Integer.parseInt(d[0])))
        .issuer(Optional.ofNullable(issuer)).subject(Optional.ofNullable(subject))
        .location(SourceLocation.of(line++, 1)).sectionPath("I.1").build();
  }

  private List<String> findings(DocumentReference... refs) {
    Report r = TestData.builder(cat, TestData.fixtureValues()).references(Arrays.asList(refs)).build();
    return Checker.check(r, cat).findings().stream().filter(f -> f.ruleId().startsWith("doc."))
        .map(f -> f.ruleId() + "@" + f.location().get().line()).collect(Collectors.toList());
  }

  private Finding only(String rule, DocumentReference... refs) {
    Report r = TestData.builder(cat, TestData.fixtureValues()).references(Arrays.asList(refs)).build();
    List<Finding> fs = Checker.check(r, cat).findings().stream().filter(f -> f.ruleId().equals(rule))
        .collect(Collectors.toList());
    assertThat(fs).hasSize(1);
    return fs.get(0);
  }

  // ------------------------------------------------------------------ doc.number-*: one issuer at a time

  @Test
  void aDistrictsDecisionIsNotComparedWithTheCommunesOwnDocuments() {
    // the district's 65/QĐ-UBND and the commune's own 65/KH-UBND: two issuers, two numbering sequences
    assertThat(findings(
        ref("Quyết định", "65/QĐ-UBND", "12/03/2024", "UBND huyện Lạc Dương", "kiểm soát TTHC năm 2024"),
        ref("Kế hoạch", "65/KH-UBND", "01/02/2024", null, "chuyển đổi số năm 2024"))).isEmpty();
    // the district's 70/QĐ-UBND is dated before the commune's 66/KH-UBND: no order between them
    assertThat(findings(
        ref("Quyết định", "70/QĐ-UBND", "12/01/2024", "UBND huyện Lạc Dương", null),
        ref("Kế hoạch", "66/KH-UBND", "01/02/2024", null, null))).isEmpty();
    // the same number and symbol from two issuers, with two dates
    assertThat(findings(
        ref("Quyết định", "15/QĐ-UBND", "12/01/2024", null, null),
        ref("Quyết định", "15/QĐ-UBND", "20/02/2024", "UBND huyện Lạc Dương", null))).isEmpty();
  }

  @Test
  void oneIssuerWrittenInTwoWaysIsCompared() {
    assertThat(findings(
        ref("Quyết định", "65/QĐ-UBND", "12/03/2024", "UBND huyện Lạc Dương", null),
        ref("Quyết định", "65/QĐ-UBND", "14/03/2024", "Ủy ban nhân dân  huyện lạc dương", null),
        ref("Kế hoạch", "65/KH-UBND", "12/03/2024", "Uỷ ban nhân dân huyện Lạc Dương", null),
        ref("Quyết định", "64/QĐ-UBND", "20/03/2024", "UBND HUYỆN LẠC DƯƠNG", null)))
        .containsExactlyInAnyOrder("doc.number-dates@11", "doc.number-symbols@12", "doc.number-order@13");
    assertThat(DocumentRules.issuerKey(" Uỷ ban nhân dân\thuyện  Lạc Dương")).isEqualTo("ubnd huyện lạc dương");
    assertThat(DocumentRules.issuerKey("Hội đồng nhân dân tỉnh Thái Nguyên"))
        .isEqualTo(DocumentRules.issuerKey("HĐND tỉnh Thái Nguyên"));
  }

  @Test
  void namingTheReportsOwnIssuerIsNamingNone() {
    Finding f = only("doc.number-dates",
        ref("Kế hoạch", "16/KH-UBND", "15/01/2024", null, null),
        ref("Kế hoạch", "16/KH-UBND", "17/01/2024", "Ủy ban nhân dân thị trấn Đình Cả", null));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.messageVi()).contains("16/KH-UBND").contains("15/01/2024").contains("17/01/2024");
  }

  @Test
  void theSymbolsIssuerPartMustStillAgree() {
    assertThat(findings(
        ref("Kế hoạch", "12/KH-UBND", "01/03/2024", null, null),
        ref("Kế hoạch", "13/KH-HĐND", "01/01/2024", null, null))).isEmpty();
    assertThat(findings(
        ref("Kế hoạch", "12/KH-UBND", "01/03/2024", null, null),
        ref("Kế hoạch", "13/KH-UBND", "01/01/2024", null, null))).containsExactly("doc.number-order@12");
  }

  @Test
  void aNumberWrittenWithSpacesOrWithoutItsHyphenIsTheSameNumber() {
    DocumentReference clean = ref("Kế hoạch", "16/KH-UBND", "15/01/2024", null, null);
    DocumentReference spaced = DocumentReference.builder().from(ref("Kế hoạch", "16/KH-UBND", "15/01/2022", null, null))
        .number(ImmutableDocumentNumber.copyOf(DocumentNumber.parse("16/KH-UBND").orElseThrow())
            .withAsWritten("16 /KH-UBND")).build();
    DocumentReference glued = DocumentReference.builder().from(ref("Kế hoạch", "16/KH-UBND", "16/01/2022", null, null))
        .number(ImmutableDocumentNumber.copyOf(DocumentNumber.parse("16/KH-UBND").orElseThrow())
            .withAsWritten("16/KHUBND")).build();
    assertThat(findings(clean, spaced, glued))
        .containsExactly("doc.number-dates@11", "doc.number-dates@12");
  }

  /** From text to findings: the district's decision and the commune's own plan share a number, not an issuer. */
  @Test
  void readFromTextTheDistrictsDecisionIsLeftAlone() {
    String text = String.join("\n",
        "UBND HUYỆN LẠC DƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND XÃ ĐẠ NHIM\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 31/BC-UBND\tĐạ Nhim, ngày 14 tháng 03 năm 2024",
        "",
        "BÁO CÁO",
        "Kết quả công tác cải cách hành chính quý I năm 2024",
        "",
        "I. CÔNG TÁC CHỈ ĐẠO",
        "Thực hiện Quyết định số 65/QĐ-UBND ngày 12 tháng 3 năm 2024 của UBND huyện Lạc Dương về kiểm soát TTHC "
            + "năm 2024, UBND xã ban hành Kế hoạch số 65/KH-UBND ngày 01/02/2024 về cải cách hành chính năm 2024 và "
            + "Kế hoạch số 66 /KH-UBND ngày 02/02/2024 về chuyển đổi số giai đoạn 2021-2025, định hướng đến năm 2030.",
        "Trên đây là báo cáo.",
        "Nơi nhận:",
        "- UBND huyện;",
        "- Lưu: VP.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "",
        "Nguyễn Văn A",
        "");
    Catalogue bundled = vn.cchc.model.catalogue.Catalogues.bundled();
    vn.cchc.model.text.ReadResult read = vn.cchc.model.text.ReportTextReader.of(bundled).readTextLenient(text);
    assertThat(read.report()).as(read.problems().toString()).isPresent();
    Report r = read.report().get();
    assertThat(r.references()).extracting(x -> x.number().sequence() + " " + x.date().orElseThrow() + " "
        + x.issuer().orElse("-")).containsExactly("65 2024-03-12 UBND huyện Lạc Dương", "65 2024-02-01 -",
            "66 2024-02-02 -");
    assertThat(Checker.check(r, bundled).findings()).noneMatch(f -> f.ruleId().startsWith("doc."));
  }

  // ------------------------------------------------------------------ doc.subject-year

  @Test
  void aPlanMayLookForward() {
    assertThat(findings(
        ref("Kế hoạch", "20/KH-UBND", "10/02/2022", null, "chuyển đổi số giai đoạn 2021-2025 năm 2022"),
        ref("Kế hoạch", "21/KH-UBND", "10/02/2022", null,
            "phát triển chính quyền số đến năm 2025, định hướng đến năm 2030"),
        ref("Kế hoạch", "22/KH-UBND", "10/02/2022", null, "cải cách hành chính tầm nhìn đến năm 2030"),
        ref("Kế hoạch", "23/KH-UBND", "10/02/2022", null, "chiến lược tới hết năm 2025, tầm nhìn năm 2030"),
        ref("Kế hoạch", "24/KH-UBND", "10/02/2022", null, "chuyển đổi số từ năm 2021 đến năm 2025"))).isEmpty();
  }

  @Test
  void aPlanDatedBeforeTheYearItIsAboutIsStillFound() {
    Finding f = only("doc.subject-year",
        ref("Kế hoạch", "35/KH-UBND", "31/01/2022", null, "tuyên truyền phổ biến giáo dục pháp luật năm 2024"));
    assertThat(f.expected()).contains(dec("2024"));
    assertThat(f.actual()).contains(dec("2022"));
    // a point year next to a horizon still counts
    Finding g = only("doc.subject-year",
        ref("Kế hoạch", "36/KH-UBND", "31/01/2022", null, "chuyển đổi số năm 2024 và định hướng đến năm 2030"));
    assertThat(g.expected()).contains(dec("2024"));
    // the start of a range is not a horizon
    only("doc.subject-year", ref("Kế hoạch", "37/KH-UBND", "31/01/2019", null, "chuyển đổi số từ năm 2021 đến năm 2025"));
  }

  @Test
  void aDocumentDatedAfterItsHorizonIsFoundWithTheHorizonExpected() {
    Finding f = only("doc.subject-year",
        ref("Kế hoạch", "38/KH-UBND", "31/01/2032", null, "phát triển chính quyền số đến năm 2025, tầm nhìn 2030"));
    assertThat(f.expected()).contains(dec("2030"));
    assertThat(f.actual()).contains(dec("2032"));
    assertThat(f.messageVi()).contains("2025–2030");
  }
}
