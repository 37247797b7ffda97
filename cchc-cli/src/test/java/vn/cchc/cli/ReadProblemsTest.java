package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.Report;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.read.office.FileOrigin;

/**
 * Read problems at warning and info as the commands show them. The reader on this branch reports only
 * errors, so these problems are constructed; {@link #aNonBreakingSpaceIsListedOnlyWithVerbose} runs end to
 * end once the reader reports a non-breaking space as a repair at info, and is skipped until then.
 */
class ReadProblemsTest {
  private static final Path FILE = Path.of("bc.txt");
  private static final Report REPORT = ReportTextReader.of(Catalogues.bundled()).readText(Samples.sample());
  /** src/test/resources/vn/cchc/cli/testproblems(_vi).properties: problems made up for these tests. */
  private static final MessageBundle PROBLEMS = MessageBundle.of("vn.cchc.cli.testproblems",
      locale -> ResourceBundle.getBundle("vn.cchc.cli.testproblems", locale));
  private static final ReadProblem INFO = ReadProblem.of(SourceLocation.of(3, 5), ProblemKind.REPAIRED_TEXT,
      Message.of(PROBLEMS, "nbsp"), "\u00A0");
  private static final ReadProblem WARNING = ReadProblem.of(SourceLocation.of(240, 1), ProblemKind.EXTRA_COLUMN,
      Message.of(PROBLEMS, "column", "Kỳ trước"), "Kỳ trước");
  private static final ReadProblem ERROR = ReadProblem.of(SourceLocation.of(376, 1), ProblemKind.UNMATCHED_ROW,
      Message.of(PROBLEMS, "code", "9.9.9."), "9.9.9.");
  private static final ReadProblem NO_TEXT = ReadProblem.of(SourceLocation.of(1, 1), ProblemKind.DRAFT,
      Message.of(PROBLEMS, "draft"), "");

  private static final Locale VI = Locale.forLanguageTag("vi");

  @TempDir
  Path tmp;

  @Test
  void eachProblemIsOneLineWithItsRealSeverityInEitherLanguage() {
    assertThat(ReadProblems.line(FILE, ERROR, Locale.ENGLISH)).isEqualTo("bc.txt:376:1: error: no indicator has code 9.9.9.: «9.9.9.»");
    assertThat(ReadProblems.line(FILE, WARNING, Locale.ENGLISH)).isEqualTo("bc.txt:240:1: warning: column 'Kỳ trước' left aside: «Kỳ trước»");
    assertThat(ReadProblems.line(FILE, INFO, Locale.ENGLISH)).isEqualTo("bc.txt:3:5: info: non-breaking space read as a space: «\u00A0»");
    assertThat(ReadProblems.line(FILE, ERROR, VI)).isEqualTo("bc.txt:376:1: lỗi: không có chỉ tiêu nào mang mã 9.9.9.: «9.9.9.»");
    assertThat(ReadProblems.line(FILE, WARNING, VI)).startsWith("bc.txt:240:1: cảnh báo: ");
    assertThat(ReadProblems.line(FILE, INFO, VI)).startsWith("bc.txt:3:5: thông tin: ");
    assertThat(ReadProblems.line(FILE, NO_TEXT, Locale.ENGLISH)).as("no «» without offending text").isEqualTo("bc.txt:1:1: info: a draft");
  }

  @Test
  void problemsAtInfoAreListedOnlyWhenVerbose() {
    List<ReadProblem> all = List.of(INFO, WARNING, ERROR);
    assertThat(ReadProblems.lines(FILE, all, false, Locale.ENGLISH)).hasSize(2).noneMatch(l -> l.contains(": info: "));
    assertThat(ReadProblems.lines(FILE, all, true, Locale.ENGLISH)).hasSize(3).first().asString().contains(": info: ");
    assertThat(ReadProblems.counts(all, Locale.ENGLISH)).isEqualTo("1 error, 1 warning, 1 info");
    assertThat(ReadProblems.counts(List.of(ERROR, ERROR, WARNING, WARNING), VI)).isEqualTo("2 lỗi, 2 cảnh báo, 0 thông tin");
  }

  @Test
  void warningsAndInfoLeaveAReportCompleteWithExitCode0() {
    LoadedReport read = new LoadedReport(FILE, REPORT, List.of(INFO, WARNING));
    assertThat(read.partial()).isFalse();
    assertThat(ExitCodes.of(read.partial(), false)).isZero();
    assertThat(printed(read, false)).isEqualTo(List.of(
        "bc.txt:240:1: warning: column 'Kỳ trước' left aside: «Kỳ trước»",
        "bc.txt: read completely: 0 errors, 1 warning, 1 info"));
    assertThat(printed(read, true)).hasSize(3).first().asString().startsWith("bc.txt:3:5: info: ");
  }

  @Test
  void onlyInfoPrintsNothingUnlessVerbose() {
    LoadedReport read = new LoadedReport(FILE, REPORT, List.of(INFO));
    assertThat(printed(read, false)).isEmpty();
    assertThat(printed(read, true)).containsExactly("bc.txt:3:5: info: non-breaking space read as a space: «\u00A0»",
        "bc.txt: read completely: 0 errors, 0 warnings, 1 info");
  }

  @Test
  void anErrorMakesTheReadPartialWithExitCode4And5WithErrorFindings() {
    LoadedReport read = new LoadedReport(FILE, REPORT, List.of(INFO, WARNING, ERROR));
    assertThat(read.partial()).isTrue();
    assertThat(ExitCodes.of(true, false)).isEqualTo(4);
    assertThat(ExitCodes.of(true, true)).isEqualTo(5);
    assertThat(ExitCodes.of(false, true)).isEqualTo(1);
    assertThat(printed(read, false)).last().asString().isEqualTo("bc.txt: read partly: 1 error, 1 warning, 1 info "
        + "(each error is something the text states that is not in the report)");
  }

  @Test
  void jsonHasEveryProblemWhateverItsSeverity() {
    List<Map<String, Object>> json = ReadProblems.toJson(List.of(INFO, WARNING, ERROR), p -> java.util.Optional.empty(),
        Locale.ENGLISH);
    assertThat(json).extracting(m -> m.get("severity")).containsExactly("INFO", "WARNING", "ERROR");
    assertThat(json.get(0)).containsExactly(
        Map.entry("location", Map.of("line", 3, "column", 5)),
        Map.entry("kind", "REPAIRED_TEXT"),
        Map.entry("severity", "INFO"),
        Map.entry("message", "non-breaking space read as a space"),
        Map.entry("messageKey", "nbsp"),
        Map.entry("arguments", List.of()),
        Map.entry("offendingText", "\u00A0"));
    List<Map<String, Object>> vi = ReadProblems.toJson(List.of(WARNING), p -> java.util.Optional.empty(), VI);
    assertThat(vi.get(0)).contains(Map.entry("message", "cột 'Kỳ trước' được để riêng"), Map.entry("messageKey", "column"),
        Map.entry("arguments", List.of("Kỳ trước")));
  }

  @Test
  void aPlaceInAFileIsInTheLanguageAskedForAndStructuredInJson() {
    FileOrigin cell = new FileOrigin.Table(3, 5, 2);
    assertThat(ReadProblems.line(Path.of("bc.docx"), ERROR, java.util.Optional.of(cell), VI))
        .isEqualTo("bc.docx: bảng 3, dòng 5, ô 2: lỗi: không có chỉ tiêu nào mang mã 9.9.9.: «9.9.9.»");
    assertThat(ReadProblems.line(Path.of("bc.docx"), ERROR, java.util.Optional.of(cell), Locale.ENGLISH))
        .isEqualTo("bc.docx: table 3, row 5, cell 2: error: no indicator has code 9.9.9.: «9.9.9.»");
    FileOrigin inAppendix = new FileOrigin.InFile("phu-luc.xlsx", new FileOrigin.Sheet("Phụ lục", 17, 4));
    assertThat(ReadProblems.line(Path.of("bao-cao.docx"), ERROR, java.util.Optional.of(inAppendix), VI))
        .as("a place naming its file is not put after the report file").startsWith("phu-luc.xlsx, 'Phụ lục'!D17: lỗi: ");

    assertThat(ReadProblems.toJson(cell, VI)).containsExactly(Map.entry("kind", "TABLE"), Map.entry("table", 3),
        Map.entry("row", 5), Map.entry("cell", 2), Map.entry("text", "bảng 3, dòng 5, ô 2"));
    assertThat(ReadProblems.toJson(new FileOrigin.Table(3, 5), Locale.ENGLISH)).containsExactly(Map.entry("kind", "TABLE"),
        Map.entry("table", 3), Map.entry("row", 5), Map.entry("text", "table 3, row 5"));
    assertThat(ReadProblems.toJson(inAppendix, VI)).containsExactly(Map.entry("file", "phu-luc.xlsx"),
        Map.entry("kind", "SHEET"), Map.entry("sheet", "Phụ lục"), Map.entry("row", 17), Map.entry("column", 4),
        Map.entry("reference", "D17"), Map.entry("text", "phu-luc.xlsx, 'Phụ lục'!D17"));
    assertThat(ReadProblems.toJson(new FileOrigin.Sheet("Sheet1", 17), VI)).containsExactly(Map.entry("kind", "SHEET"),
        Map.entry("sheet", "Sheet1"), Map.entry("row", 17), Map.entry("text", "Sheet1, dòng 17"));
    assertThat(ReadProblems.toJson(new FileOrigin.Page(9, 41, 2), VI)).containsExactly(Map.entry("kind", "PAGE"),
        Map.entry("page", 9), Map.entry("line", 41), Map.entry("column", 2), Map.entry("text", "trang 9, dòng 41, cột 2"));
    assertThat(ReadProblems.toJson(new FileOrigin.Paragraph(12), VI)).containsExactly(Map.entry("kind", "PARAGRAPH"),
        Map.entry("paragraph", 12), Map.entry("text", "đoạn 12"));
    assertThat(ReadProblems.toJson(new FileOrigin.ContentControl(1), Locale.ENGLISH)).containsExactly(
        Map.entry("kind", "CONTENT_CONTROL"), Map.entry("control", 1), Map.entry("text", "content control 1"));
    assertThat(ReadProblems.toJson(new FileOrigin.InFile("phu-luc.txt", new FileOrigin.TextLine(5)), VI)).containsExactly(
        Map.entry("file", "phu-luc.txt"), Map.entry("kind", "LINE"), Map.entry("line", 5), Map.entry("text", "phu-luc.txt, dòng 5"));
    List<Map<String, Object>> json = ReadProblems.toJson(List.of(ERROR), p -> java.util.Optional.of(cell), VI);
    assertThat(json.get(0)).containsEntry("origin", ReadProblems.toJson(cell, VI));
  }

  @Test
  void aNonBreakingSpaceIsListedOnlyWithVerbose() throws IOException {
    String text = Samples.sample().replaceFirst("UBND thị trấn", "UBND\u00A0thị trấn");
    List<ReadProblem> problems = ReportTextReader.of(Catalogues.bundled()).readTextLenient(text).problems();
    assertThat(problems).as("the reader reports a non-breaking space as a repair at info").singleElement()
        .satisfies(p -> {
          assertThat(p.kind()).isEqualTo(ProblemKind.REPAIRED_TEXT);
          assertThat(p.severity()).isEqualTo(ProblemSeverity.INFO);
        });
    Path nbsp = Samples.write(tmp, "nbsp.txt", text);
    CliRun strict = CliRun.of("read", nbsp.toString());
    assertThat(strict.exitCode()).as("a repair at info does not stop strict reading").isZero();
    assertThat(strict.err()).isEmpty();
    CliRun quiet = CliRun.of("read", "--lenient", nbsp.toString());
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).isEmpty();
    CliRun verbose = CliRun.of("read", "--lenient", "-v", nbsp.toString(), "--lang", "en");
    assertThat(verbose.exitCode()).isZero();
    assertThat(verbose.err().lines()).first().asString().startsWith(nbsp + ":").contains(": info: ");
    CliRun check = CliRun.of("check", "--lenient", "--verbose", nbsp.toString());
    assertThat(check.out().lines()).first().asString().startsWith(nbsp + ":").contains(": thông tin: ");
  }

  @Test
  void readAndCheckListTheReadersProblemsInTheLanguageAskedForAndJsonKeepsTheKey() throws IOException {
    String text = Samples.sample().replaceFirst("UBND thị trấn", "UBND\u00A0thị trấn");
    Path nbsp = Samples.write(tmp, "nbsp.txt", text);
    CliRun vi = CliRun.of("read", "--lenient", "-v", "--lang", "vi", nbsp.toString());
    assertThat(vi.exitCode()).isZero();
    assertThat(vi.err().lines()).hasSize(2);
    assertThat(vi.err().lines().toList().get(0)).startsWith(nbsp + ":")
        .contains(": thông tin: dấu cách không ngắt được đọc là dấu cách: «\u00A0thị");
    assertThat(vi.err().lines().toList().get(1)).isEqualTo(nbsp + ": đọc đầy đủ: 0 lỗi, 0 cảnh báo, 1 thông tin");
    CliRun en = CliRun.of("read", "--lenient", "-v", "--lang", "en", nbsp.toString());
    assertThat(en.err().lines()).first().asString().contains(": info: non-breaking spaces read as spaces: «\u00A0thị");
    assertThat(en.err().lines().toList().get(1)).isEqualTo(nbsp + ": read completely: 0 errors, 0 warnings, 1 info");
    CliRun byDefault = CliRun.of("read", "--lenient", "-v", nbsp.toString());
    assertThat(byDefault.err()).as("read's default is Vietnamese, as every command's").isEqualTo(vi.err());
    CliRun check = CliRun.of("check", "--lenient", "-v", nbsp.toString());
    assertThat(check.out().lines()).first().asString().contains(": thông tin: dấu cách không ngắt được đọc là dấu cách");
    CliRun json = CliRun.of("check", "--lenient", "--format", "json", "--lang", "vi", nbsp.toString());
    assertThat(json.out()).contains("\"message\" : \"dấu cách không ngắt được đọc là dấu cách\"")
        .contains("\"messageKey\" : \"repair.spaces\"").contains("\"arguments\" : [ ]");
  }

  private static List<String> printed(LoadedReport read, boolean verbose) {
    StringWriter err = new StringWriter();
    ReadProblems.print(read, verbose, new PrintWriter(err, true), java.util.Locale.ROOT);
    return err.toString().lines().toList();
  }
}
