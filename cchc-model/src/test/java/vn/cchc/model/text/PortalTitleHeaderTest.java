package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.Report;

/**
 * Three rules of reading learnt from real reports posted on commune and ward portals (corpus:
 * xa-hoai-hai, xa-trung-son, phuong-long-anh): a title stated without "BÁO CÁO" above it, "DỰ THẢO
 * BÁO CÁO" on one line, and a lone mixed-case "UBND …" line that is no header. Examples from the
 * real texts, and properties over generated ones.
 */
class PortalTitleHeaderTest {
  private static final ReportTextReader READER = Fixture.READER;
  private static final String[] COMMUNES = {"HOÀI HẢI", "ĐƯNG K’NỚ", "TRUNG SƠN", "ĐÌNH CẢ", "LẠC DƯƠNG"};
  private static final String[] TITLES = {"Kết quả giải quyết thủ tục hành chính tại UBND xã qua bộ phận tiếp nhận và trả kết quả",
      "Kết quả công tác cải cách hành chính", "Kết quả thực hiện công tác cải cách hành chính",
      "Tình hình, kết quả thực hiện nhiệm vụ cải cách hành chính"};
  /** A period phrase ending in "năm", the kind and index it states. */
  private static final Object[][] PERIODS = {{"quý I năm", PeriodKind.QUARTER, 1}, {"quý III năm", PeriodKind.QUARTER, 3},
      {"Quý IV năm", PeriodKind.QUARTER, 4}, {"6 tháng đầu năm", PeriodKind.SIX_MONTHS, 1},
      {"6 tháng cuối năm", PeriodKind.SIX_MONTHS, 2}, {"9 tháng đầu năm", PeriodKind.NINE_MONTHS, 1},
      {"năm", PeriodKind.YEAR, 1}};
  private static final String[] MARKS = {"DỰ THẢO", "(DỰ THẢO)", "Dự thảo", "DỰ THẢO LẦN 2", "[Dự thảo]"};

  // ------------------------------------------------------------------ examples from the real texts

  @Test
  void aCommuneTitlePostedWithoutTheTitleWordUnderAHeaderWithoutNumberOrDate() {
    // xã Hoài Hải, 9 tháng đầu năm 2022, as binhdinh.gov.vn posts it
    ReadResult r = READER.readTextLenient(String.join("\n", "ỦY BAN NHÂN DÂN", "", "XÃ HOÀI HẢI", " ",
        "Kết quả giải quyết thủ tục hành chính tại UBND xã qua bộ phận tiếp nhận và trả kết quả", "",
        "9 tháng đầu năm 2022", " ", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "",
        "UBND xã Hoài Hải ban hành Quyết định số 246/QĐ-UBND ngày 10/5/2022 của UBND xã về việc kiện toàn Bộ phận Một cửa."));
    Report report = r.report().orElseThrow();
    assertThat(report.title()).isEqualTo(
        "Kết quả giải quyết thủ tục hành chính tại UBND xã qua bộ phận tiếp nhận và trả kết quả 9 tháng đầu năm 2022");
    assertThat(report.period().kind()).isEqualTo(PeriodKind.NINE_MONTHS);
    assertThat(report.period().year()).isEqualTo(2022);
    assertThat(report.issuer().unitType()).isEqualTo(AdministrativeUnitType.COMMUNE);
    assertThat(report.issuer().unitName()).isEqualTo("HOÀI HẢI");
    assertThat(report.number()).isEmpty();
    assertThat(report.issueDate()).isEmpty();
    assertThat(r.problems()).extracting(p -> p.location() + " " + p.kind() + " " + p.severity()).containsExactly(
        "1:1 MISSING_METADATA ERROR", "1:1 MISSING_METADATA ERROR", "5:1 REPAIRED_TEXT INFO",
        "5:1 OUTSIDE_CATALOGUE WARNING", "11:1 MISSING_METADATA INFO");
  }

  @Test
  void aPortalMenuLineNamingUnitKindsIsNotAnIssuer() {
    // xã Trung Sơn's portal (thuathienhue.gov.vn): the menu "UBND Huyện, Thị xã, Thành phố" above the article
    ReadResult r = READER.readTextLenient(String.join("\n", "Liên kết website", "Sở, Ban, Ngành",
        "UBND Huyện, Thị xã, Thành phố", "Ngày cập nhật 20/07/2020",
        "Tổng kết Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020", " ",
        "I. TÌNH HÌNH TRIỂN KHAI", "1. Công tác chỉ đạo, điều hành", "Ban Chỉ đạo CCHC xã đã tổ chức nhiều hội nghị."));
    assertThat(r.report()).isEmpty();
    assertThat(r.problems()).noneMatch(p -> p.kind() == ProblemKind.INVALID_METADATA
        || p.kind() == ProblemKind.UNRECOGNISED_LINE);
    assertThat(r.problems()).anyMatch(p -> p.kind() == ProblemKind.SKIPPED_TEXT && p.location().line() == 1);
    assertThat(r.problems()).anyMatch(p -> p.text().key().equals("metadata.issuer-missing"));
  }

  @Test
  void aWardDraftWithItsMarkOnTheTitleWordsLineHasNoMissingNumberOrDate() {
    // phường Long Anh's draft as its portal posts it
    ReadResult r = READER.readTextLenient(String.join("\n", "ỦY BAN NHÂN DÂN", "PHƯỜNG", "LONG ANH", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Số:      /BC-UBND",
        "        Long Anh, ngày       tháng 01 năm 2024", "     DỰ THẢO BÁO CÁO",
        "Đánh giá kết quả và đề nghị công nhận phườngLong Anh", "đạt chuẩn tiếp cận pháp luật năm 2023", " ",
        "          I. KẾT QUẢ ĐÁNH GIÁ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "1. Về chỉ đạo, hướng dẫn, tổ chức thực hiện",
        "Ngày 06/01/2023, UBND phường Long Anh đã có Quyết định số 04/QĐ-UBND."));
    Report report = r.report().orElseThrow();
    assertThat(report.draft()).isTrue();
    assertThat(report.number()).isEmpty();
    assertThat(report.issueDate()).isEmpty();
    assertThat(report.issuer().unitType()).isEqualTo(AdministrativeUnitType.WARD);
    assertThat(report.title())
        .isEqualTo("Đánh giá kết quả và đề nghị công nhận phườngLong Anh đạt chuẩn tiếp cận pháp luật năm 2023");
    assertThat(r.problems()).noneMatch(p -> p.kind() == ProblemKind.MISSING_METADATA && p.severity() == ProblemSeverity.ERROR);
    assertThat(r.problems()).anyMatch(p -> p.kind() == ProblemKind.DRAFT && p.location().line() == 10);
  }

  // ------------------------------------------------------------------ properties

  /** A commune report's text: its header, the given title lines, section I. */
  private static String report(String commune, List<String> titleLines, int year) {
    List<String> lines = new ArrayList<>(List.of("ỦY BAN NHÂN DÂN", "XÃ " + commune, "Số: 31/BC-UBND",
        "ngày 07 tháng 3 năm " + year));
    lines.addAll(titleLines);
    lines.addAll(List.of("", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Ủy ban nhân dân xã đã ban hành kế hoạch."));
    return String.join("\n", lines);
  }

  @Test
  void aTitleStatedWithoutTheTitleWordIsItsPiecesJoinedWithItsPeriod() {
    qt().withExamples(300).forAll(integers().between(0, COMMUNES.length * TITLES.length - 1),
        integers().between(0, PERIODS.length - 1), integers().between(2024, 2030), integers().between(0, 11))
        .checkAssert((who, p, year, layout) -> {
          String commune = COMMUNES[who % COMMUNES.length];
          String head = TITLES[who / COMMUNES.length];
          String tail = PERIODS[p][0] + " " + year;
          String whole = head + " " + tail;
          // one, two or three pieces, with or without blank paragraphs between them
          List<String> pieces = switch (layout % 3) {
            case 0 -> List.of(whole);
            case 1 -> List.of(head, tail);
            default -> List.of(head.substring(0, head.indexOf(' ', 10)), head.substring(head.indexOf(' ', 10) + 1), tail);
          };
          List<String> titleLines = new ArrayList<>();
          for (String piece : pieces) {
            if (layout >= 6) {
              titleLines.add(layout % 2 == 0 ? "" : " ");
            }
            titleLines.add(piece);
          }
          byte[] text = report(commune, titleLines, year).getBytes(StandardCharsets.UTF_8);
          ReportParser parser = READER.parser(text);
          ReadResult r = parser.parse();
          Report report = r.report().orElseThrow(() -> new AssertionError(r.problems()));
          assertThat(report.title()).isEqualTo(whole);
          assertThat(report.period().kind()).isEqualTo(PERIODS[p][1]);
          assertThat(report.period().index()).isEqualTo(PERIODS[p][2]);
          assertThat(report.period().year()).isEqualTo(year);
          assertThat(report.issuer().unitName()).isEqualTo(commune);
          assertThat(r.problems(ProblemSeverity.WARNING)).isEmpty();
          ReaderPropertyTest.assertAccounted(parser, r);
        });
  }

  @Test
  void aDraftMarkOnTheTitleWordsLineReadsAsTheMarkOnItsOwnLine() {
    qt().withExamples(200).forAll(integers().between(0, MARKS.length - 1), integers().between(0, PERIODS.length - 1),
        integers().between(2024, 2030), integers().between(0, COMMUNES.length - 1))
        .checkAssert((mark, p, year, who) -> {
          String title = "Kết quả công tác cải cách hành chính " + PERIODS[p][0] + " " + year;
          String header = String.join("\n", "ỦY BAN NHÂN DÂN", "XÃ " + COMMUNES[who], "Số:      /BC-UBND",
              "ngày    tháng    năm " + year);
          String body = String.join("\n", title, "", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Nội dung.");
          ReadResult oneLine = READER.readTextLenient(header + "\n" + MARKS[mark] + " BÁO CÁO\n" + body);
          ReadResult ownLine = READER.readTextLenient(header + "\n" + MARKS[mark] + "\nBÁO CÁO\n" + body);
          Report a = oneLine.report().orElseThrow(() -> new AssertionError(oneLine.problems()));
          Report b = ownLine.report().orElseThrow(() -> new AssertionError(ownLine.problems()));
          assertThat(a.draft()).isTrue();
          assertThat(a.title()).isEqualTo(title);
          assertThat(a.period()).isEqualTo(b.period());
          assertThat(a.issuer()).isEqualTo(b.issuer());
          assertThat(a.draft()).isEqualTo(b.draft());
          assertThat(oneLine.problems(ProblemSeverity.WARNING)).isEmpty();
          assertThat(oneLine.problems()).extracting(ReadProblem::kind).contains(ProblemKind.DRAFT);
        });
  }

  @Test
  void aLoneMixedCaseCommitteeLineIsNeverAnIssuer() {
    String[] starts = {"UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ubnd"};
    String[] rests = {"Huyện, Thị xã, Thành phố", "phường Phù Liễn sơ kết công tác cải cách hành chính quý III",
        "xã Hoài Hải", "các xã, phường, thị trấn", "tỉnh Lâm Đồng"};
    qt().withExamples(200).forAll(integers().between(0, starts.length - 1), integers().between(0, rests.length - 1),
        integers().between(0, 3)).checkAssert((s, rest, before) -> {
          List<String> lines = new ArrayList<>();
          for (int i = 0; i < before; i++) {
            lines.add(i % 2 == 0 ? "Liên kết website" : "");
          }
          lines.addAll(List.of(starts[s] + " " + rests[rest], "Tin tức", "I. TÌNH HÌNH TRIỂN KHAI",
              "Ban Chỉ đạo CCHC xã đã tổ chức nhiều hội nghị."));
          byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
          ReportParser parser = READER.parser(text);
          ReadResult r = parser.parse();
          assertThat(r.report()).isEmpty();
          assertThat(r.problems()).noneMatch(p -> p.kind() == ProblemKind.INVALID_METADATA
              || p.kind() == ProblemKind.UNRECOGNISED_LINE);
          assertThat(r.problems()).anyMatch(p -> p.text().key().equals("metadata.issuer-missing"));
          ReaderPropertyTest.assertAccounted(parser, r);
        });
  }
}
