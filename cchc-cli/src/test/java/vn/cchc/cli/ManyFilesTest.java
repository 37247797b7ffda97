package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check} and {@code aggregate} over many files (the batch API): the same output whatever the number of
 * threads, files listed in their order, a file that cannot be read listed with its path while the others are
 * still read.
 */
class ManyFilesTest {
  static final String SAMPLE = Samples.SAMPLE.toString();

  @TempDir
  Path tmp;

  private String[] args(String command, List<String> files, String... more) {
    List<String> a = new ArrayList<>(List.of(command));
    a.addAll(files);
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void checkOfManyFilesIsTheSameOnOneThreadAndOnFour() {
    String consistent = Samples.write(tmp, "consistent.txt", Samples.consistent()).toString();
    List<String> files = List.of(SAMPLE, consistent, SAMPLE, consistent, consistent);
    CliRun one = CliRun.of(args("check", files, "--threads", "1"));
    CliRun four = CliRun.of(args("check", files, "--threads", "4"));
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
    assertThat(one.out().lines().filter(l -> l.startsWith("== "))).containsExactly(files.stream().map(f -> "== " + f)
        .toArray(String[]::new));
    String alone = CliRun.of("check", SAMPLE).out();
    assertThat(one.out()).contains(alone);
    assertThat(one.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("5 tệp: 5 kiểm tra được, 0 không đọc được;");
  }

  @Test
  void checkOfManyFilesAsJsonIsAnArrayOfWhatOneFileGives() throws Exception {
    String json = CliRun.of("check", SAMPLE, SAMPLE, "--format", "json").out();
    List<?> array = JsonMapper.builder().build().readValue(json, List.class);
    assertThat(array).hasSize(2);
    java.util.Map<?, ?> alone = JsonMapper.builder().build().readValue(CliRun.of("check", SAMPLE, "--format", "json").out(),
        java.util.Map.class);
    java.util.Map<?, ?> first = (java.util.Map<?, ?>) array.get(0);
    assertThat(first.get("file")).isEqualTo(SAMPLE);
    assertThat(first.get("findings")).isEqualTo(alone.get("findings"));
  }

  @Test
  void aFileThatCannotBeReadIsListedAndTheOthersAreStillChecked() {
    String nope = tmp.resolve("nope.txt").toString();
    CliRun run = CliRun.of("check", SAMPLE, nope, SAMPLE, "--threads", "2");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).as("--lang vi, the default").isEqualTo(nope + ": không có tệp này" + System.lineSeparator());
    assertThat(run.out().lines().filter(l -> l.startsWith("== "))).containsExactly("== " + SAMPLE, "== " + SAMPLE);
    assertThat(run.out()).contains("3 tệp: 2 kiểm tra được, 1 không đọc được;");
    CliRun en = CliRun.of("check", SAMPLE, nope, SAMPLE, "--threads", "2", "--lang", "en");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err()).isEqualTo(nope + ": no such file" + System.lineSeparator());
  }

  @Test
  void aggregateListsEveryFileThatCannotBeReadAndRollsNothingUp() {
    String nope = tmp.resolve("nope.txt").toString();
    String nope2 = tmp.resolve("nope2.txt").toString();
    CliRun run = CliRun.of("aggregate", nope, SAMPLE, nope2, "--threads", "2", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(nope + ": no such file", nope2 + ": no such file");
    CliRun vi = CliRun.of("aggregate", nope, SAMPLE, nope2, "--threads", "2", "--lang", "vi");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err().lines()).containsExactly(nope + ": không có tệp này", nope2 + ": không có tệp này");
  }

  @Test
  void aggregateIsTheSameOnOneThreadAndOnThreeWithProgressWhenAsked() {
    List<String> files = List.of(SAMPLE, SAMPLE, SAMPLE, SAMPLE);
    CliRun one = CliRun.of(args("aggregate", files, "--threads", "1", "--to", "json"));
    CliRun three = CliRun.of(args("aggregate", files, "--threads", "3", "--to", "json", "--progress"));
    assertThat(three.out()).isEqualTo(one.out()).contains("\"reports\" : 4");
    assertThat(one.err()).isEmpty();
    assertThat(three.err().lines()).containsExactly("aggregate: 1/4 báo cáo", "aggregate: 2/4 báo cáo",
        "aggregate: 3/4 báo cáo", "aggregate: 4/4 báo cáo");
  }

  @Test
  void theAppendixGoesWithOneFileAndThreadsAreAtLeastOne() {
    CliRun appendix = CliRun.of("check", SAMPLE, SAMPLE, "--appendix", SAMPLE, "--lang", "en");
    assertThat(appendix.exitCode()).isEqualTo(2);
    assertThat(appendix.err().lines()).first().isEqualTo("--appendix goes with one report file, not 2");
    CliRun previous = CliRun.of("check", SAMPLE, SAMPLE, "--previous", SAMPLE);
    assertThat(previous.exitCode()).isEqualTo(2);
    assertThat(previous.err().lines()).first().isEqualTo("--previous đi với một tệp báo cáo, không phải 2");
    CliRun zero = CliRun.of("aggregate", SAMPLE, SAMPLE, "--threads", "0", "--lang", "en");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err().lines()).first().isEqualTo("--threads must be at least 1, not 0");
    CliRun vi = CliRun.of("check", SAMPLE, SAMPLE, "--threads", "0");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err().lines()).first().isEqualTo("--threads phải ít nhất là 1, không phải 0");
  }
}
