package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help pages in one language (issue 15): in Vietnamese, the default, every text that picocli prints — a command's
 * description and header, the headings, every option's and parameter's description, {@code -h}/{@code -V} — comes
 * from {@code help_vi.properties}, so none is the English of the annotations; in English the page is the annotations'
 * text, as it was before the bundle had more than the exit codes.
 */
class HelpLanguageTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String NL = System.lineSeparator();

  @Test
  void inVietnameseNoEnglishTextOfTheAnnotationsIsLeftOnAnyHelpPage() {
    List<CommandLine> vi = commands(help(VI));
    List<CommandLine> annotations = commands(new CommandLine(new Main()));
    assertThat(vi).extracting(c -> c.getCommandSpec().qualifiedName()).containsExactlyElementsOf(
        annotations.stream().map(c -> c.getCommandSpec().qualifiedName()).toList())
        .contains("cchc", "cchc read", "cchc check", "cchc aggregate", "cchc render", "cchc catalogue",
            "cchc catalogue export", "cchc catalogue diff", "cchc help");
    SoftAssertions soft = new SoftAssertions();
    for (int c = 0; c < vi.size(); c++) {
      CommandSpec v = vi.get(c).getCommandSpec();
      CommandSpec a = annotations.get(c).getCommandSpec();
      String name = v.qualifiedName();
      UsageMessageSpec vu = v.usageMessage();
      UsageMessageSpec au = a.usageMessage();
      translated(soft, name + " description", vu.description(), au.description());
      translated(soft, name + " header", vu.header(), au.header());
      translated(soft, name + " synopsis heading", vu.synopsisHeading(), au.synopsisHeading());
      if (!v.subcommands().isEmpty()) {
        translated(soft, name + " command list heading", vu.commandListHeading(), au.commandListHeading());
      }
      for (int o = 0; o < a.options().size(); o++) {
        OptionSpec ao = a.options().get(o);
        OptionSpec vo = v.options().get(o);
        soft.assertThat(vo.longestName()).isEqualTo(ao.longestName());
        translated(soft, name + " " + ao.longestName(), vo.description(), ao.description());
      }
      for (int p = 0; p < a.positionalParameters().size(); p++) {
        PositionalParamSpec ap = a.positionalParameters().get(p);
        translated(soft, name + " " + ap.paramLabel(), v.positionalParameters().get(p).description(), ap.description());
      }
    }
    soft.assertAll();
  }

  @Test
  void placeholdersAreFilledInInVietnameseAsInEnglish() {
    List<CommandLine> vi = commands(help(VI));
    List<CommandLine> en = commands(help(Locale.ENGLISH));
    int defaults = 0;
    for (int c = 0; c < vi.size(); c++) {
      List<ArgSpec> viArgs = vi.get(c).getCommandSpec().args();
      List<ArgSpec> enArgs = en.get(c).getCommandSpec().args();
      for (int i = 0; i < viArgs.size(); i++) {
        String viText = String.join(" ", viArgs.get(i).description());
        String enText = String.join(" ", enArgs.get(i).description());
        assertThat(viText).as(viText).doesNotContain("${");
        if (enText.contains("(default: " + enArgs.get(i).defaultValue() + ")")) {
          assertThat(viText).as(viText).contains("(mặc định: " + viArgs.get(i).defaultValue() + ")");
          defaults++;
        }
        Iterable<String> candidates = enArgs.get(i).completionCandidates();
        if (candidates != null && enText.contains(String.join(", ", candidates))) {
          assertThat(viText).as(viText).contains(String.join(", ", candidates));
        }
      }
    }
    assertThat(defaults).as("--to, --format, --lang, --by: ${DEFAULT-VALUE}").isGreaterThanOrEqualTo(10);
    assertThat(usage(help(VI), "read")).contains("--to=FORMAT        đầu ra: text, json (mặc định: text)");
  }

  @Test
  void inEnglishEveryPageIsTheAnnotationsTextAndThenTheExitCodes() {
    List<CommandLine> en = commands(help(Locale.ENGLISH));
    List<CommandLine> annotations = commands(new CommandLine(new Main()));
    for (int c = 0; c < en.size(); c++) {
      String page = usage(en.get(c));
      String annotated = usage(annotations.get(c));
      assertThat(page).as(en.get(c).getCommandSpec().qualifiedName()).startsWith(annotated);
      // what follows the annotations' page is the exit-code section (or nothing, for a command without one)
      String rest = page.substring(annotated.length());
      assertThat(rest.isEmpty() || rest.startsWith(String.format("%nExit codes ("))).as(rest).isTrue();
    }
    assertThat(usage(help(Locale.ENGLISH), "read")).startsWith("Usage: cchc read ")
        .contains("Reads a report and prints it.", "  -h, --help             Show this help message and exit.");
  }

  @Test
  void theLanguageOfTheHelpIsTheLangOfTheArguments() {
    assertThat(CliRun.of("read", "--help").out()).startsWith("Cách dùng: cchc read ")
        .contains("  -h, --help             Hiển thị trang trợ giúp này rồi thoát.")
        .doesNotContain("Usage:", "Show this help message");
    assertThat(CliRun.of("catalogue", "--help").out()).contains("Các lệnh:", "  export  Ghi danh mục có sẵn cchc-2024");
    assertThat(CliRun.of("help", "check").out()).startsWith("Cách dùng: cchc check ");
    assertThat(CliRun.of("read", "--lang", "en", "--help").out()).startsWith("Usage: cchc read ")
        .doesNotContain("Cách dùng", "Hiển thị");
  }

  @Test
  void theTopCommandsHelpVersionAndListOfCommandsInBothLanguages() {
    CliRun vi = CliRun.of("--help");
    assertThat(vi.exitCode()).isZero();
    assertThat(vi.out()).startsWith("Cách dùng: cchc [-hV] [--debug] [--lang=LANG] [COMMAND]" + NL
            + "Đọc, kiểm tra, tổng hợp và kết xuất báo cáo CCHC (cải cách hành chính)." + NL)
        .contains(NL + "      --lang=LANG   ngôn ngữ của những gì cchc nói: trang trợ giúp này,")
        .contains(NL + "Các lệnh:" + NL + "  read       Đọc một báo cáo và in ra." + NL)
        .contains(NL + "  help       Hiển thị trợ giúp về lệnh được nêu." + NL)
        .doesNotContain("Usage:", "Commands:", "Reads a report", "Displays help");
    assertThat(CliRun.of().err()).as("no command: the same list, after the message")
        .contains(NL + "Các lệnh:" + NL + "  read       Đọc một báo cáo và in ra." + NL);
    for (String[] args : List.of(new String[] {"--lang", "en", "--help"}, new String[] {"--help", "--lang=en"})) {
      CliRun en = CliRun.of(args);
      assertThat(en.exitCode()).isZero();
      assertThat(en.out()).startsWith("Usage: cchc [-hV] [--debug] [--lang=LANG] [COMMAND]" + NL
              + "Reads, checks, aggregates and renders CCHC (cải cách hành chính) reports." + NL)
          .contains(NL + "      --lang=LANG   language of what cchc says: this help page,")
          .contains(NL + "Commands:" + NL + "  read       Reads a report and prints it." + NL)
          .doesNotContain("Cách dùng", "Các lệnh", "Đọc một báo cáo");
    }
    assertThat(CliRun.of("--version").out()).isEqualTo("cchc (bản dựng đang phát triển)" + NL);
    assertThat(CliRun.of("--version", "--lang", "en").out()).isEqualTo("cchc (development build)" + NL);
    assertThat(CliRun.of("--lang", "en", "help", "catalogue").out()).startsWith("Usage: cchc catalogue [-hV] [--debug] "
        + "[--lang=LANG] [COMMAND]" + NL).contains(NL + "Commands:" + NL + "  export  Writes the bundled catalogue");
  }

  @Test
  void englishIsEnglishWhateverTheLanguageOfTheMachine() {
    Locale before = Locale.getDefault();
    Locale.setDefault(VI);
    try {
      // ResourceBundle.getBundle would fall back to the default locale's bundle, help_vi, for a language without one
      assertThat(usage(help(Locale.ENGLISH), "read")).startsWith("Usage: ").doesNotContain("Cách dùng");
      assertThat(usage(help(Locale.FRENCH), "read")).as("no help_fr: the root, English").startsWith("Usage: ");
    } finally {
      Locale.setDefault(before);
    }
  }

  /** {@return every command under the given one, itself first, depth first in the order of the subcommands} */
  static List<CommandLine> commands(CommandLine top) {
    List<CommandLine> all = new ArrayList<>();
    all.add(top);
    for (CommandLine sub : new LinkedHashSet<>(top.getSubcommands().values())) {
      all.addAll(commands(sub));
    }
    return all;
  }

  /** {@return the keys picocli looks up in the help bundle for a command: qualified by its name, or not} */
  static Set<String> keysLookedUp(CommandLine top) {
    Set<String> keys = new LinkedHashSet<>();
    for (CommandLine cl : commands(top)) {
      CommandSpec spec = cl.getCommandSpec();
      List<String> own = new ArrayList<>(List.of("usage.headerHeading", "usage.header", "usage.synopsisHeading",
          "usage.descriptionHeading", "usage.description", "usage.parameterListHeading", "usage.optionListHeading",
          "usage.commandListHeading", "usage.footerHeading", "usage.footer", "usage.exitCodeListHeading",
          "usage.exitCodeList"));
      Function<ArgSpec, String> key = arg -> !arg.descriptionKey().isEmpty() ? arg.descriptionKey()
          : arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "")
          : arg.paramLabel() + "[" + ((PositionalParamSpec) arg).index() + "]";
      spec.args().forEach(arg -> own.add(key.apply(arg)));
      for (String k : own) {
        keys.add(k);
        keys.add(spec.qualifiedName(".") + "." + k);
      }
    }
    return keys;
  }

  private static void translated(SoftAssertions soft, String what, String vi, String english) {
    translated(soft, what, new String[] {vi}, new String[] {english});
  }

  /**
   * A text in Vietnamese: as many lines as the annotation's (an empty one stays empty), none of them its English; also
   * the check of a usage error's lines (UsageErrorsTest).
   */
  static void translated(SoftAssertions soft, String what, String[] vi, String[] english) {
    soft.assertThat(vi).as(what + ": one line for each of the annotation's").hasSameSizeAs(english);
    for (String line : vi) {
      if (!line.isBlank()) {
        soft.assertThat(Arrays.asList(english)).as(what + ": no Vietnamese in help_vi.properties").doesNotContain(line);
      }
    }
  }

  private static CommandLine help(Locale locale) {
    return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), locale);
  }

  private static String usage(CommandLine top, String command) {
    return usage(top.getSubcommands().get(command));
  }

  private static String usage(CommandLine cl) {
    return cl.getUsageMessage(Ansi.OFF);
  }
}
