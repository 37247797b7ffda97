package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.PeriodKind;
import vn.cchc.rules.RuleException;
import vn.cchc.rules.units.AdministrativeLevels;

/**
 * What the command line says beyond its findings and read problems — read's summary, a message that stops a command,
 * a usage error, a renderer's warning, the exit codes of the help — in the {@code --lang} asked for, Vietnamese by
 * default, word for word; the exit code the same in every language.
 */
class CliLangTest {
  private static final String SAMPLE = Samples.SAMPLE.toString();
  private static final String NL = System.lineSeparator();
  private static final String RECIPIENTS = "UBND huyện; Phòng Nội vụ huyện; TT Đảng ủy - HĐND thị trấn; Chủ tịch, các PCT "
      + "UBND thị trấn; UB MTTQ và các tổ chức thành viên; Cán bộ, công chức thị trấn; Lưu: VP";

  @TempDir
  Path tmp;

  @Test
  void readsSummaryIsVietnameseByDefaultAndEnglishWithLangEn() {
    CliRun vi = CliRun.of("read", SAMPLE);
    assertThat(vi.exitCode()).as(vi.err()).isZero();
    assertThat(vi.out().lines().limit(7)).containsExactly(
        "Báo cáo số 45/BC-UBND ngày 12/03/2024",
        "Đơn vị:    UBND thị trấn Đình Cả (cấp xã)",
        "Tiêu đề:   Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024",
        "Kỳ:        quý 1/2024 (số liệu từ 13/12/2023 đến 11/03/2024)",
        "Ký:        CHỦ TỊCH Trịnh Thanh Phương",
        "Nơi nhận:  " + RECIPIENTS,
        "Danh mục:  cchc-2024");
    assertThat(vi.out()).contains(NL + "Nội dung:" + NL, NL + "Phụ lục (",
        NL + "  11:114  kế hoạch 06/KH-UBND ngày 10/01/2024  [I.1]" + NL);
    assertThat(CliRun.of("read", SAMPLE, "--lang", "vi").out()).isEqualTo(vi.out());

    CliRun en = CliRun.of("read", SAMPLE, "--lang", "en");
    assertThat(en.exitCode()).as(en.err()).isZero();
    assertThat(en.out().lines().limit(7)).containsExactly(
        "Report no. 45/BC-UBND of 12/03/2024",
        "Issuer:    UBND thị trấn Đình Cả (commune level)",
        "Title:     Kết quả công tác cải cách hành chính quý I, phương hướng nhiệm vụ quý II năm 2024",
        "Period:    quarter 1/2024 (figures from 13/12/2023 to 11/03/2024)",
        "Signed:    CHỦ TỊCH Trịnh Thanh Phương",
        "To:        " + RECIPIENTS,
        "Catalogue: cchc-2024");
    assertThat(en.out()).contains(NL + "Contents:" + NL, NL + "Appendix (",
            NL + "  11:114  kế hoạch 06/KH-UBND of 10/01/2024  [I.1]" + NL)
        .doesNotContain("Phụ lục (", "Nội dung:");
    // the report's own text is the same in both: only the labels differ
    assertThat(en.out().lines().count()).isEqualTo(vi.out().lines().count());
  }

  @Test
  void everyLevelAndKindOfPeriodHasItsLabelInBothLanguages() {
    for (Locale l : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
      for (PeriodKind kind : PeriodKind.values()) {
        assertThat(Texts.text(l, "period-kind." + kind.name().toLowerCase(Locale.ROOT))).isNotBlank();
      }
    }
    // a level is in the words of AdministrativeLevels, kept in one place for the summary, the placement reasons and
    // the roll-up problems; in Vietnamese they are the model's labels, as the summary has always written them
    assertThat(Texts.BUNDLE.keys()).noneMatch(k -> k.startsWith("level."));
    assertThat(CliRun.of("read", SAMPLE).out()).contains("(" + AdministrativeLevel.COMMUNE.label() + ")");
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      assertThat(AdministrativeLevels.text(level).format(Texts.DEFAULT)).isEqualTo(level.label());
    }
    for (PeriodKind kind : PeriodKind.values()) {
      assertThat(Texts.text(Texts.DEFAULT, "period-kind." + kind.name().toLowerCase(Locale.ROOT))).isEqualTo(kind.label());
    }
  }

  @Test
  void anInputThatCannotBeReadKeepsTheSystemsReasonAfterTheCommandsWords() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("a-folder"));
    CliRun en = CliRun.of("read", dir.toString(), "--lang", "en");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err()).startsWith(dir + ": cannot read: ").endsWith(NL).hasLineCount(1);
    String reason = en.err().substring((dir + ": cannot read: ").length());
    CliRun vi = CliRun.of("check", dir.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).isEqualTo(dir + ": không đọc được: " + reason);
  }

  @Test
  void aRuleThatFailsIsABugToReportInEitherLanguage() {
    Path file = Path.of("bc.txt");
    RuleException bug = new RuleException("ratio.bounds", "45/BC-UBND", new ArithmeticException("/ by zero"));
    assertThat(CliChecks.cannotCheck(file, bug).apply(Locale.ENGLISH))
        .isEqualTo("bc.txt: cannot check: " + bug.getMessage() + " (a bug in cchc: please report it)");
    assertThat(CliChecks.cannotCheck(file, bug).apply(Texts.DEFAULT))
        .isEqualTo("bc.txt: không kiểm tra được: " + bug.getMessage() + " (lỗi của cchc: xin hãy báo lại)");
    IllegalArgumentException other = new IllegalArgumentException("report of catalogue x");
    assertThat(CliChecks.cannotCheck(file, other).apply(Locale.ENGLISH)).isEqualTo("bc.txt: cannot check: report of catalogue x");
  }

  @Test
  void renderUsageErrorsAndWarnings() throws IOException {
    CliRun noFormat = CliRun.of("render", SAMPLE, "--lang", "en");
    assertThat(noFormat.exitCode()).isEqualTo(2);
    assertThat(noFormat.err().lines()).first().isEqualTo("Give FILE and --format FMT, or --list");
    CliRun noFormatVi = CliRun.of("render", SAMPLE);
    assertThat(noFormatVi.exitCode()).isEqualTo(2);
    assertThat(noFormatVi.err().lines()).first().isEqualTo("Hãy cho FILE và --format FMT, hoặc --list");

    CliRun binary = CliRun.of("render", SAMPLE, "-f", "xlsx", "--lang", "en");
    assertThat(binary.exitCode()).isEqualTo(2);
    assertThat(binary.err().lines()).first().isEqualTo("Format xlsx is binary: give the output file with -o");
    CliRun binaryVi = CliRun.of("render", SAMPLE, "-f", "xlsx", "--lang", "vi");
    assertThat(binaryVi.exitCode()).isEqualTo(2);
    assertThat(binaryVi.err().lines()).first().isEqualTo("Định dạng xlsx là nhị phân: hãy cho tệp kết quả bằng -o");

    // a note longer than an Excel cell holds: the renderer cuts it and says so, in its own words after ours
    String json = CliRun.of("read", SAMPLE, "--to", "json").out()
        .replaceFirst("\"indicatorId\" : \"1\",", "\"indicatorId\" : \"1\", \"note\" : \"" + "Ghi chú rất dài ".repeat(2100) + "\",");
    Path report = Samples.write(tmp, "long-note.json", json);
    Path xlsx = tmp.resolve("long-note.xlsx");
    String warning = "xlsx: 'Phụ lục'!G4: a text of 33600 characters was cut to the 32767 an Excel cell holds, ending "
        + "with \"…[cắt bớt]\"";
    CliRun en = CliRun.of("render", report.toString(), "-f", "xlsx", "-o", xlsx.toString(), "--lang", "en");
    assertThat(en.exitCode()).as(en.err()).isZero();
    assertThat(en.err()).isEqualTo("render: warning: " + warning + NL + "render: wrote " + xlsx + NL);
    CliRun vi = CliRun.of("render", report.toString(), "-f", "xlsx", "-o", xlsx.toString());
    assertThat(vi.exitCode()).as(vi.err()).isZero();
    assertThat(vi.err()).isEqualTo("render: cảnh báo: " + warning + NL + "render: đã ghi " + xlsx + NL);
  }

  @Test
  void aMissingCommandIsSaidInTheLangOfCchcOrOfCatalogue() {
    CliRun none = CliRun.of();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err().lines()).first().isEqualTo("Thiếu lệnh: hãy nói cần làm gì, ví dụ 'cchc read FILE'");
    CliRun noneEn = CliRun.of("--lang", "en");
    assertThat(noneEn.exitCode()).isEqualTo(2);
    assertThat(noneEn.err().lines()).first().isEqualTo("Missing command: say what to do, e.g. 'cchc read FILE'");
    CliRun catalogue = CliRun.of("catalogue");
    assertThat(catalogue.exitCode()).isEqualTo(2);
    assertThat(catalogue.err().lines()).first()
        .isEqualTo("Thiếu lệnh: 'cchc catalogue export' hoặc 'cchc catalogue diff A B'");
    for (String[] args : List.of(new String[] {"catalogue", "--lang", "en"}, new String[] {"--lang", "en", "catalogue"})) {
      CliRun en = CliRun.of(args);
      assertThat(en.exitCode()).isEqualTo(2);
      assertThat(en.err().lines()).first().isEqualTo("Missing command: 'cchc catalogue export' or 'cchc catalogue diff A B'");
    }
    CliRun notATag = CliRun.of("--lang", "1");
    assertThat(notATag.exitCode()).isEqualTo(2);
    // the JDK's reason after ours, as it gives it
    assertThat(notATag.err()).startsWith("--lang cần một thẻ ngôn ngữ BCP 47 như vi, en hoặc fr-CA, không phải \"1\": ");
  }

  @Test
  void aLangBeforeTheCommandIsTheCommandsUnlessItHasItsOwn() {
    assertThat(CliRun.of("--lang", "en", "read", SAMPLE).out()).startsWith("Report no. 45/BC-UBND of 12/03/2024" + NL);
    assertThat(CliRun.of("--lang", "en", "read", SAMPLE, "--lang", "vi").out()).startsWith("Báo cáo số 45/BC-UBND");
    assertThat(CliRun.of("--lang=vi", "read", "--lang=en", SAMPLE).out()).startsWith("Report no. 45/BC-UBND");
    // a failure in the command: the language it speaks
    String nope = tmp.resolve("nope.txt").toString();
    assertThat(CliRun.of("--lang", "en", "check", nope).err()).isEqualTo(nope + ": no such file" + NL);
    assertThat(CliRun.of("--lang", "en", "catalogue", "diff", "bundled", nope).err()).isEqualTo(nope + ": no such file" + NL);
    assertThat(CliRun.of("catalogue", "--lang", "en", "diff", "bundled", nope).err()).isEqualTo(nope + ": no such file" + NL);
  }

  @Test
  void theHelpListsTheExitCodesInLang() {
    CliRun en = CliRun.of("check", "--help", "--lang", "en");
    assertThat(en.exitCode()).isZero();
    assertThat(en.out()).contains(NL + "Exit codes (1 and 4 are bit flags that add up: 5 = 4 + 1; 2 and 70 stand alone):" + NL
        + "   0   the report was read completely and has no error finding" + NL
        + "   1   the report has error findings" + NL);
    CliRun vi = CliRun.of("check", "--help");
    assertThat(vi.exitCode()).isZero();
    assertThat(vi.out()).contains(NL + "Mã thoát (1 và 4 là cờ bit cộng dồn: 5 = 4 + 1; 2 và 70 đứng riêng):" + NL
        + "   0   báo cáo được đọc đầy đủ và không có phát hiện lỗi nào" + NL
        + "   1   báo cáo có phát hiện lỗi" + NL);
    assertThat(CliRun.of("--help").out()).as("cchc's own --lang: the default language")
        .contains("Mã thoát (1 và 4", "   5   (check) 4 + 1: đọc được một phần, và có phát hiện lỗi");
    assertThat(CliRun.of("--lang", "en", "--help").out()).contains("Exit codes (1 and 4", "   5   (check) 4 + 1: read partly");
    assertThat(CliRun.of("read", "--lang", "en", "--help").out()).contains("Exit codes (1 and 4", "   0   the report was read "
        + "completely: no read problem at error" + NL);
    assertThat(CliRun.of("catalogue", "--help").out()).as("a command without exit codes of its own has no such section")
        .doesNotContain("Mã thoát", "Exit codes");
  }

  @Test
  void theLangOfTheArgumentsIsTheLastOneGiven() {
    assertThat(Main.lang(new String[] {"read", "x.txt"})).isEqualTo("vi");
    assertThat(Main.lang(new String[] {"read", "--lang", "en", "x.txt"})).isEqualTo("en");
    assertThat(Main.lang(new String[] {"read", "--lang=en", "--lang", "fr"})).isEqualTo("fr");
    assertThat(Main.lang(new String[] {"read", "--lang"})).isEqualTo("vi");
  }
}
