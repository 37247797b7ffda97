package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code check --lenient} example is what the command prints, with the exit code it gives; so is its
 * usage error, in Vietnamese and in English.
 */
class ReadmeCommandLineTest {
  @TempDir
  Path tmp;

  @Test
  void theCheckLenientExampleIsTheCommandsOutput() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = Pattern.compile("\\$ \\./cchc check --lenient --lang en bc-45-copy\\.txt\\n(.*?)\\$ echo \\$\\?\\n(\\d+)\\n",
        Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has the check --lenient example").isTrue();
    List<String> shown = m.group(1).lines().filter(l -> !l.equals("…")).collect(Collectors.toList());

    Path copy = Samples.write(tmp, "bc-45-copy.txt", Samples.withUnknownRow(Samples.sample()));
    CliRun run = CliRun.of("check", "--lenient", "--lang", "en", copy.toString());
    List<String> printed = run.out().lines().map(l -> l.replace(copy.toString(), "bc-45-copy.txt"))
        .collect(Collectors.toList());

    assertThat(printed).as("README lines, in order (update the README with the command)").containsSubsequence(shown);
    assertThat(printed.get(0)).isEqualTo(shown.get(0));
    assertThat(printed.get(printed.size() - 1)).isEqualTo(shown.get(shown.size() - 1));
    assertThat(run.exitCode()).isEqualTo(Integer.parseInt(m.group(2)));
  }

  @Test
  void theUsageErrorExampleIsWhatTheCommandPrintsInBothLanguages() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = Pattern.compile("\\$ \\./cchc read --lenent bc-45\\.txt\\n(.*?)\\$ \\./cchc read --lenent bc-45\\.txt --lang en\\n"
        + "(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has the usage error example").isTrue();
    CliRun vi = CliRun.of("read", "--lenent", "bc-45.txt");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err().lines().toList()).isEqualTo(m.group(1).lines().toList());
    List<String> en = CliRun.of("read", "--lenent", "bc-45.txt", "--lang", "en").err().lines().toList();
    List<String> shown = m.group(2).lines().filter(l -> !l.equals("…")).toList();
    assertThat(en).startsWith(shown.toArray(String[]::new));
  }
}
