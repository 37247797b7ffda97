package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import vn.cchc.model.text.ReadProblem;

/**
 * Every exit code of every command, from report texts that produce each situation: 0 read completely (and
 * no error finding), 1 error findings, 2 nothing done, 4 read partly, 5 both, 70 a bug.
 */
class ExitCodesTest {
  static final String SAMPLE = Samples.SAMPLE.toString();

  @TempDir
  Path tmp;

  /** The sample plus a row with an unknown code: error findings, and read only partly. */
  private Path partlyReadWithFindings() {
    return Samples.write(tmp, "partial-findings.txt", Samples.withUnknownRow(Samples.sample()));
  }

  /** The consistent sample plus a row with an unknown code: no error finding, but read only partly. */
  private Path partlyReadConsistent() {
    return Samples.write(tmp, "partial.txt", Samples.withUnknownRow(Samples.consistent()));
  }

  // 0

  @Test
  void aCompletelyReadReportIs0ForReadRenderAndAggregate() {
    assertThat(CliRun.of("read", SAMPLE).exitCode()).isZero();
    assertThat(CliRun.of("read", "--lenient", SAMPLE).exitCode()).isZero();
    assertThat(CliRun.of("render", SAMPLE, "-f", "text").exitCode()).as("render exits 0 with error findings").isZero();
    assertThat(CliRun.of("render", "--lenient", SAMPLE, "-f", "text").exitCode()).isZero();
    assertThat(CliRun.of("aggregate", SAMPLE, SAMPLE).exitCode()).isZero();
    assertThat(CliRun.of("aggregate", "--lenient", SAMPLE, SAMPLE).exitCode()).isZero();
  }

  @Test
  void aCompletelyReadConsistentReportChecksWith0WithOrWithoutLenient() {
    Path fixed = Samples.write(tmp, "fixed.txt", Samples.consistent());
    CliRun strict = CliRun.of("check", fixed.toString());
    CliRun lenient = CliRun.of("check", "--lenient", fixed.toString());
    assertThat(strict.exitCode()).as(strict.out()).isZero();
    assertThat(lenient.exitCode()).as(lenient.out()).isZero();
    assertThat(lenient.out()).isEqualTo(strict.out());
  }

  // 1

  @Test
  void errorFindingsAre1WithOrWithoutLenient() {
    assertThat(CliRun.of("check", SAMPLE).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("check", "--lenient", SAMPLE).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("check", "--lenient", SAMPLE, "--format", "json").exitCode()).isEqualTo(1);
  }

  // 4

  @Test
  void readLenientOfAPartlyReadReportIs4AndSaysWhatIsMissing() {
    Path partial = partlyReadConsistent();
    ReadProblem problem = Samples.onlyProblem(Samples.withUnknownRow(Samples.consistent()));
    CliRun run = CliRun.of("read", "--lenient", partial.toString(), "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
    assertThat(run.err().lines()).containsExactly(
        Samples.line(partial, problem, "error"),
        partial + ": read partly: 1 error, 0 warnings, 0 info (each error is something the text states that is not in the report)");
    assertThat(run.out()).contains("45/BC-UBND", "UBND thị trấn Đình Cả").doesNotContain("9.9.9");
  }

  @Test
  void renderLenientRendersAPartlyReadReportWith4() throws IOException {
    Path partial = partlyReadWithFindings();
    CliRun text = CliRun.of("render", "--lenient", partial.toString(), "-f", "html");
    assertThat(text.exitCode()).as(text.err()).isEqualTo(4);
    assertThat(text.out()).contains("45/BC-UBND", "1.492");
    // read problems in --lang, Vietnamese by default, as the labels
    assertThat(text.err()).startsWith(partial + ":").contains(": lỗi: ").contains(": đọc được một phần: 1 lỗi");

    Path xlsx = tmp.resolve("partial.xlsx");
    CliRun office = CliRun.of("render", "--lenient", partial.toString(), "-f", "xlsx", "-o", xlsx.toString());
    assertThat(office.exitCode()).as(office.err()).isEqualTo(4);
    assertThat(Files.size(xlsx)).isPositive();
  }

  @Test
  void aggregateLenientWithOnePartlyReadReportIs4() {
    Path partial = partlyReadConsistent();
    CliRun run = CliRun.of("aggregate", "--lenient", SAMPLE, partial.toString(), "--to", "json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
    assertThat(run.out()).contains("\"reports\" : 2");
    assertThat(run.err()).contains(partial + ": đọc được một phần: 1 lỗi").doesNotContain(SAMPLE + ":");
  }

  @Test
  void checkLenientOfAPartlyReadReportWithoutErrorFindingsIs4() {
    CliRun run = CliRun.of("check", "--lenient", partlyReadConsistent().toString());
    assertThat(run.exitCode()).as(run.out()).isEqualTo(4);
  }

  // 5

  @Test
  void checkLenientOfAPartlyReadReportWithErrorFindingsIs5() {
    Path partial = partlyReadWithFindings();
    assertThat(CliRun.of("check", "--lenient", partial.toString()).exitCode()).isEqualTo(5);
    assertThat(CliRun.of("check", "--lenient", partial.toString(), "--format", "json").exitCode()).isEqualTo(5);
  }

  // 2

  @ParameterizedTest
  @ValueSource(strings = {"read", "check", "render", "aggregate"})
  void withoutLenientTheFirstReadProblemStopsEveryCommandWith2(String command) {
    Path partial = partlyReadWithFindings();
    ReadProblem problem = Samples.onlyProblem(Samples.withUnknownRow(Samples.sample()));
    CliRun run = command.equals("render") ? CliRun.of(command, partial.toString(), "-f", "text", "--lang", "en")
        : CliRun.of(command, partial.toString(), "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).as("no findings, no report: nothing done").isEmpty();
    assertThat(run.err().lines()).containsExactly(
        Samples.line(partial, problem, "error"),
        partial + ": not read: without --lenient the first read problem at warning or error stops reading "
            + "(--lenient reads what it can and lists every problem)");
    // the default, Vietnamese: the problem and the line after it
    CliRun vi = command.equals("render") ? CliRun.of(command, partial.toString(), "-f", "text")
        : CliRun.of(command, partial.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err().lines()).containsExactly(
        Samples.line(partial, problem, "lỗi", java.util.Locale.forLanguageTag("vi")),
        partial + ": không đọc: không có --lenient thì vấn đề đọc đầu tiên ở mức cảnh báo hoặc lỗi dừng việc đọc "
            + "(--lenient đọc những gì đọc được và liệt kê mọi vấn đề)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "check", "render", "aggregate"})
  void aMissingFileIs2ForEveryCommandLenientOrNot(String command) {
    String nope = tmp.resolve("nope.txt").toString();
    for (CliRun run : new CliRun[] {
        command.equals("render") ? CliRun.of(command, nope, "-f", "text", "--lang", "en")
            : CliRun.of(command, nope, "--lang", "en"),
        command.equals("render") ? CliRun.of(command, "--lenient", nope, "-f", "text", "--lang", "en")
            : CliRun.of(command, "--lenient", nope, "--lang", "en")}) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).isEqualTo(nope + ": no such file" + System.lineSeparator());
    }
    CliRun vi = command.equals("render") ? CliRun.of(command, nope, "-f", "text", "--lang", "vi")
        : CliRun.of(command, nope, "--lang", "vi");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).isEqualTo(nope + ": không có tệp này" + System.lineSeparator());
  }

  @Test
  void textWhereNoReportCanBeBuiltIs2EvenWhenLenient() {
    Path letter = Samples.write(tmp, "letter.txt", "Kính gửi: Phòng Nội vụ huyện\nXin gửi lại báo cáo sau.\n");
    CliRun run = CliRun.of("check", "--lenient", letter.toString(), "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).last().asString().isEqualTo(letter + ": no report could be built (4 errors, 0 warnings, 1 info)");
    CliRun vi = CliRun.of("check", "--lenient", letter.toString(), "--lang", "vi");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err().lines()).last().asString().isEqualTo(letter + ": không dựng được báo cáo (4 lỗi, 0 cảnh báo, 1 thông tin)");
    assertThat(run.err().lines()).allSatisfy(l -> assertThat(l).startsWith(letter + ":"));
  }

  @Test
  void aMalformedByteIs2StrictlyAnd4Leniently() throws IOException {
    // one byte that is not UTF-8 in the narrative: strictly the file is not UTF-8 text; leniently the reader
    // builds the report around it, and the byte is a read problem at error like any other
    String text = Samples.consistent();
    int at = text.indexOf("Tính tới thời điểm báo cáo");
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Path bad = tmp.resolve("bad-byte.txt");
    Files.write(bad, bytes);
    String where = bad + ":" + Samples.lineOf(text, "Tính tới thời điểm báo cáo") + ":1: error: malformed UTF-8";

    CliRun strict = CliRun.of("check", bad.toString(), "--lang", "en");
    assertThat(strict.exitCode()).as(strict.err()).isEqualTo(2);
    assertThat(strict.err()).startsWith(where).contains("«FF»");
    assertThat(strict.out()).isEmpty();

    CliRun lenient = CliRun.of("check", "--lenient", bad.toString(), "--lang", "en");
    assertThat(lenient.exitCode()).as(lenient.out()).isEqualTo(4);
    assertThat(lenient.out()).startsWith(where);
  }

  @Test
  void jsonThatIsNotACchcReportIs2() {
    Path json = Samples.write(tmp, "report.json", "{\"number\": 45}");
    CliRun run = CliRun.of("check", "--lenient", json.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(json + ":");
  }

  @Test
  void aJsonReportOfAnotherCatalogueIs2NotABug() {
    String json = CliRun.of("read", SAMPLE, "--to", "json").out().replace("\"cchc-2024\"", "\"cchc-2020\"");
    Path other = Samples.write(tmp, "other.json", json);
    for (String command : new String[] {"check", "aggregate"}) {
      CliRun run = CliRun.of(command, other.toString(), "--lang", "en");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).isEqualTo(other + ": the report is matched to catalogue cchc-2020, not cchc-2024 "
          + "(give that catalogue with --catalogue)" + System.lineSeparator());
      CliRun vi = CliRun.of(command, other.toString(), "--lang", "vi");
      assertThat(vi.exitCode()).isEqualTo(2);
      assertThat(vi.err()).isEqualTo(other + ": báo cáo được đối chiếu với danh mục cchc-2020, không phải cchc-2024 "
          + "(hãy cho danh mục đó bằng --catalogue)" + System.lineSeparator());
    }
  }

  @Test
  void anOutputThatCannotBeWrittenIs2() {
    Path out = tmp.resolve("no-such-dir").resolve("bc-45.html");
    CliRun run = CliRun.of("render", SAMPLE, "-f", "html", "-o", out.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(out + ": cannot write: no such directory" + System.lineSeparator());
    CliRun vi = CliRun.of("render", SAMPLE, "-f", "html", "-o", out.toString(), "--lang", "vi");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).isEqualTo(out + ": không ghi được: không có thư mục này" + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "read --frobnicate x.txt", "check --format xml x.txt", "render x.txt",
      "frobnicate"})
  void usageErrorsArePicocliS2(String args) {
    CliRun run = CliRun.of(args.isEmpty() ? new String[0] : args.split(" "));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).isNotBlank().doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  // 70

  @Test
  void anUnexpectedExceptionIsABugWith70NotAFinding() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cl = Main.commandLine(new PrintWriter(out, true), errWriter);
    cl.addSubcommand("boom", new Boom());
    cl.setErr(errWriter); // a subcommand added later does not inherit the stream
    assertThat(cl.execute("boom")).isEqualTo(70);
    // a command without --lang: the default language
    assertThat(err.toString()).isEqualTo("cchc: lỗi nội bộ, lỗi của cchc (xin hãy báo lại): java.lang.IllegalStateException: "
        + "boom (--debug in ra vết ngăn xếp)" + System.lineSeparator());
  }

  @CommandLine.Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("boom");
    }
  }

  // help

  @Test
  void everyCommandsHelpListsItsExitCodes() {
    String check = CliRun.of("check", "--help", "--lang", "en").out();
    assertThat(check).contains("Exit codes", "bit flags", "--lenient", "--verbose");
    assertThat(check.lines().map(String::strip).filter(l -> l.matches("\\d+ .*")).map(l -> l.split(" ")[0]))
        .containsExactly("0", "1", "2", "4", "5", "70");
    for (String command : new String[] {"read", "render", "aggregate"}) {
      String help = CliRun.of(command, "--help", "--lang", "en").out();
      assertThat(help).as(command).contains("Exit codes", "--lenient", "--verbose");
      assertThat(help.lines().map(String::strip).filter(l -> l.matches("\\d+ .*")).map(l -> l.split(" ")[0]))
          .as(command).containsExactlyElementsOf(command.equals("aggregate") ? List.of("0", "1", "2", "4", "70")
              : List.of("0", "2", "4", "70"));
    }
    String main = CliRun.of("--help").out(); // cchc's own --lang: Vietnamese, the default
    assertThat(main).contains("Mã thoát", "cờ bit");
    assertThat(main.lines().map(String::strip).filter(l -> l.matches("\\d+ .*")).map(l -> l.split(" ")[0]))
        .containsExactly("0", "1", "2", "4", "5", "70");
  }
}
