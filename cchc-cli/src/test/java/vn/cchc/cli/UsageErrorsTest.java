package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Wrong usage in the language of the arguments (UsageErrors): every kind of parse error picocli raises for cchc's
 * commands, word for word in Vietnamese (the default) and in English ({@code --lang en}), quoting what was given, then
 * the synopsis and the hint; no English left on the Vietnamese lines; exit code 2 in both.
 */
class UsageErrorsTest {
  private static final String NL = System.lineSeparator();

  /** Words of picocli's own English messages: none may be left in a Vietnamese usage error. */
  private static final List<String> PICOCLI_ENGLISH = List.of("Unknown", "Unmatched", "Missing", "Expected", "Invalid",
      "should be", "specified", "Did you mean", "Possible solutions", "Usage:", "Commands:", "Try ", "information",
      "not an int", "not a boolean", "expected one of", "format but was", "parameter", "option '");

  static Stream<Arguments> everyKind() {
    return Stream.of(
        kind("read --frobnicate SAMPLE", "Không có tùy chọn '--frobnicate'", "Unknown option: '--frobnicate'"),
        kind("read --lenent SAMPLE", "Không có tùy chọn '--lenent'", "Unknown option: '--lenent'"),
        kind("frobnicate", "Không có lệnh 'frobnicate'", "Unknown command: 'frobnicate'"),
        kind("help frobnicate", "Không có lệnh 'frobnicate'", "Unknown command: 'frobnicate'"),
        kind("read SAMPLE other.txt", "Thừa một đối số: 'other.txt'", "One argument too many: 'other.txt'"),
        kind("read", "Thiếu tham số bắt buộc: 'FILE'", "Missing required parameter: 'FILE'"),
        kind("catalogue diff", "Thiếu tham số bắt buộc: 'A'", "Missing required parameter: 'A'"),
        kind("read SAMPLE --to", "Tùy chọn '--to' cần một giá trị (FORMAT)", "Option '--to' needs a value (FORMAT)"),
        kind("read --to --lenient SAMPLE", "Tùy chọn '--to' cần một giá trị (FORMAT), không phải tùy chọn '--lenient'",
            "Option '--to' needs a value (FORMAT), not option '--lenient'"),
        kind("read SAMPLE --to json --to text", "Tùy chọn '--to' chỉ được nêu một lần", "Option '--to' may be given only once"),
        kind("read SAMPLE --to xml", "Giá trị không hợp lệ cho '--to': 'xml'; chỉ nhận một trong text, json",
            "Invalid value for '--to': 'xml'; it takes one of text, json"),
        kind("check --threads many SAMPLE", "Giá trị không hợp lệ cho '--threads': 'many' không phải số nguyên",
            "Invalid value for '--threads': 'many' is not a whole number"),
        kind("aggregate SAMPLE --target 3.4.2=abc", "Giá trị không hợp lệ cho '--target': 'abc' không phải là số",
            "Invalid value for '--target': 'abc' is not a number"),
        kind("read --lenient=yes SAMPLE", "Giá trị không hợp lệ cho '--lenient': 'yes'; chỉ nhận true hoặc false",
            "Invalid value for '--lenient': 'yes'; it takes true or false"),
        kind("aggregate SAMPLE --target 95", "Giá trị không hợp lệ cho '--target': '95'; cần có dạng ID=PCT",
            "Invalid value for '--target': '95'; it takes the form ID=PCT"));
  }

  private static Arguments kind(String args, String vi, String en) {
    return Arguments.of(args, vi, en);
  }

  private static String[] args(String line, String... more) {
    List<String> all = new ArrayList<>();
    for (String a : line.split(" ")) {
      all.add(a.equals("SAMPLE") ? Samples.SAMPLE.toString() : a);
    }
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKind")
  void everyParseErrorIsWordedInVietnameseByDefaultAndInEnglishWithLangEn(String line, String vi, String en) {
    CliRun v = CliRun.of(args(line));
    assertThat(v.exitCode()).as(v.err()).isEqualTo(2);
    assertThat(v.out()).isEmpty();
    assertThat(v.err().lines().findFirst()).as(v.err()).contains(vi);
    assertThat(v.err()).contains(NL + "Cách dùng: cchc").endsWith(" --help' để biết thêm." + NL).doesNotContain("\tat ");
    CliRun e = CliRun.of(args("--lang en " + line));
    assertThat(e.exitCode()).as(e.err()).isEqualTo(2);
    assertThat(e.out()).isEmpty();
    assertThat(e.err().lines().findFirst()).as(e.err()).contains(en);
    assertThat(e.err()).contains(NL + "Usage: cchc").endsWith(" --help' for more information." + NL);
    noEnglishLeft(v, e);
  }

  /** The check HelpLanguageTest makes of the help pages, made of the lines of a usage error, and picocli's words. */
  private static void noEnglishLeft(CliRun vi, CliRun en) {
    SoftAssertions soft = new SoftAssertions();
    List<String> viLines = ours(vi.err());
    List<String> enLines = ours(en.err());
    HelpLanguageTest.translated(soft, "usage error", viLines.toArray(String[]::new), enLines.toArray(String[]::new));
    for (String word : PICOCLI_ENGLISH) {
      soft.assertThat(vi.err()).as("English left: " + word).doesNotContain(word);
    }
    soft.assertAll();
  }

  /** {@return the lines cchc writes itself: all but the synopsis, which is the same in every language but its heading} */
  private static List<String> ours(String err) {
    List<String> lines = err.lines().toList();
    List<String> ours = new ArrayList<>();
    boolean synopsis = false;
    for (String l : lines) {
      if (l.startsWith("Cách dùng: ") || l.startsWith("Usage: ")) {
        synopsis = true;
      } else if (synopsis && !l.startsWith(" ")) {
        synopsis = false;
      }
      if (!synopsis && !l.startsWith("  ")) {
        ours.add(l);
      }
    }
    return ours;
  }

  @Test
  void theWholeUsageErrorIsTheMessageTheSuggestionsTheSynopsisAndTheHint() {
    CliRun vi = CliRun.of("read", "--lenent", Samples.SAMPLE.toString());
    assertThat(vi.err()).isEqualTo("Không có tùy chọn '--lenent'" + NL
        + "Có phải ý bạn là: --lenient?" + NL
        + "Cách dùng: cchc read [-hvV] [--debug] [--lenient] [--appendix=FILE]" + NL
        + "                     [--catalogue=JSON] [--lang=LANG] [--sheet=NAME]" + NL
        + "                     [--to=FORMAT] FILE" + NL
        + "Xem 'cchc read --help' để biết thêm." + NL);
    CliRun en = CliRun.of("read", "--lenent", Samples.SAMPLE.toString(), "--lang=en");
    assertThat(en.err()).isEqualTo("Unknown option: '--lenent'" + NL
        + "Did you mean: --lenient?" + NL
        + "Usage: cchc read [-hvV] [--debug] [--lenient] [--appendix=FILE]" + NL
        + "                 [--catalogue=JSON] [--lang=LANG] [--sheet=NAME] [--to=FORMAT]" + NL
        + "                 FILE" + NL
        + "Try 'cchc read --help' for more information." + NL);
    // a command with commands: they are listed, and a near miss is suggested with its parent
    CliRun none = CliRun.of("chek", Samples.SAMPLE.toString());
    assertThat(none.err()).startsWith("Không có lệnh 'chek'" + NL + "Có phải ý bạn là: cchc check")
        .contains(NL + "Các lệnh:" + NL + "  read       Đọc một báo cáo và in ra." + NL)
        .endsWith(NL + "Xem 'cchc --help' để biết thêm." + NL);
  }

  @Test
  void theLanguageIsTheLastLangOfTheArgumentsWhereverItStandsAndNotATagIsVietnamese() {
    String sample = Samples.SAMPLE.toString();
    for (String[] args : List.of(new String[] {"read", "--lang", "en", "--frobnicate", sample},
        new String[] {"read", "--frobnicate", sample, "--lang=en"},
        new String[] {"--lang", "en", "read", "--frobnicate", sample},
        new String[] {"--lang", "vi", "read", "--frobnicate", sample, "--lang", "en"})) {
      assertThat(CliRun.of(args).err()).as(String.join(" ", args)).startsWith("Unknown option: '--frobnicate'" + NL);
    }
    assertThat(CliRun.of("--lang", "en", "read", "--frobnicate", sample, "--lang", "vi").err())
        .startsWith("Không có tùy chọn '--frobnicate'" + NL);
    // not a language tag: the default language, for the usage error as for the tag's own message
    assertThat(CliRun.of("read", "--lang", "1", "--frobnicate", sample).err()).startsWith("Không có tùy chọn '--frobnicate'");
    CliRun notATag = CliRun.of("read", sample, "--lang", "1");
    assertThat(notATag.exitCode()).isEqualTo(2);
    assertThat(notATag.err()).startsWith("--lang cần một thẻ ngôn ngữ BCP 47 như vi, en hoặc fr-CA, không phải \"1\": ")
        .endsWith("Xem 'cchc read --help' để biết thêm." + NL);
    // --lang without its value: the default language, and the option named
    assertThat(CliRun.of("read", sample, "--lang").err()).startsWith("Tùy chọn '--lang' cần một giá trị (LANG)" + NL);
  }

  @Test
  void aUsageErrorOfTheCommandItselfIsInItsLanguageWithTheSameHint() {
    CliRun vi = CliRun.of("render", Samples.SAMPLE.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).startsWith("Hãy cho FILE và --format FMT, hoặc --list" + NL + "Cách dùng: cchc render ")
        .endsWith(NL + "Xem 'cchc render --help' để biết thêm." + NL);
    CliRun en = CliRun.of("--lang", "en", "render", Samples.SAMPLE.toString());
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err()).startsWith("Give FILE and --format FMT, or --list" + NL + "Usage: cchc render ")
        .endsWith(NL + "Try 'cchc render --help' for more information." + NL);
  }

  @Test
  void requiredOptionsAndAnOptionThatTakesNoValueAsACommandAddedByAnApplicationWouldHaveThem() {
    for (String lang : List.of("vi", "en")) {
      StringWriter err = new StringWriter();
      CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
          Texts.locale(lang));
      cl.addSubcommand("strict", new Strict());
      cl.setErr(new PrintWriter(err, true)); // a subcommand added later does not inherit the stream
      assertThat(cl.execute("strict", "--mode", "a", "x", "--lang", lang)).isEqualTo(2);
      assertThat(cl.execute("strict", "x", "--lang", lang)).isEqualTo(2);
      assertThat(cl.execute("strict", "--lang", lang)).isEqualTo(2);
      assertThat(cl.execute("strict", "--level", "3", "--mode", "a", "--quiet=1", "x", "--lang", lang)).isEqualTo(2);
      assertThat(err.toString().lines().filter(l -> !l.startsWith(" ") && !l.contains("strict")))
          .containsExactlyElementsOf(lang.equals("vi") ? List.of(
              "Thiếu tùy chọn bắt buộc: '--level=N'",
              "Thiếu các tùy chọn bắt buộc: '--level=N', '--mode=M'",
              "Thiếu các tùy chọn và tham số bắt buộc: '--level=N', '--mode=M', 'X'",
              "Tùy chọn '--quiet' không nhận giá trị, nhưng được cho '1'")
              : List.of(
              "Missing required option: '--level=N'",
              "Missing required options: '--level=N', '--mode=M'",
              "Missing required options and parameters: '--level=N', '--mode=M', 'X'",
              "Option '--quiet' takes no value, was given '1'"));
    }
  }

  @CommandLine.Command(name = "strict")
  static final class Strict implements Callable<Integer> {
    @CommandLine.Option(names = "--level", paramLabel = "N", required = true)
    int level;

    @CommandLine.Option(names = "--mode", paramLabel = "M", required = true)
    String mode;

    @CommandLine.Option(names = "--quiet", arity = "0")
    boolean quiet;

    @CommandLine.Option(names = "--lang")
    String lang;

    @CommandLine.Parameters(paramLabel = "X")
    String x;

    @Override
    public Integer call() {
      return 0;
    }
  }

  @Test
  void exitCodesAreThoseOfPicocliInEveryLanguage() {
    for (String lang : List.of("vi", "en", "fr")) {
      for (String line : List.of("read --frobnicate SAMPLE", "read", "check --threads x SAMPLE", "frobnicate", "")) {
        String[] args = line.isEmpty() ? new String[] {"--lang", lang} : args(line, "--lang", lang);
        assertThat(CliRun.of(args).exitCode()).as(line + " --lang " + lang).isEqualTo(ExitCodes.FAILED).isEqualTo(2);
      }
    }
  }
}
