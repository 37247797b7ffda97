package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.json.CchcJson;
import vn.cchc.model.text.ReportTextReader;

class ReadCommandTest {
  static final Path SAMPLE = Samples.SAMPLE;

  @TempDir
  Path tmp;

  @Test
  void readsTheSampleAndPrintsItsMetadata() {
    CliRun run = CliRun.of("read", SAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("45/BC-UBND", "12/03/2024", "UBND thị trấn Đình Cả", "CHỦ TỊCH Trịnh Thanh Phương")
        .contains("quý 1/2024");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonOutputReadsBackToTheSameReport() throws IOException {
    CliRun run = CliRun.of("read", SAMPLE.toString(), "--to", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Report fromCli = CchcJson.detect().readReport(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    Report direct = ReportTextReader.of(Catalogues.bundled()).read(SAMPLE);
    assertThat(fromCli).isEqualTo(direct);
  }

  @Test
  void jsonInputIsReadByItsExtension() throws IOException {
    Path json = tmp.resolve("report.json");
    Files.writeString(json, CliRun.of("read", SAMPLE.toString(), "--to", "json").out());
    CliRun run = CliRun.of("read", json.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("45/BC-UBND");
  }

  @Test
  void aBadNumberIsReportedWithFileLineAndColumnAndExitCode2() throws IOException {
    String text = Files.readString(SAMPLE).replace("Hồ sơ\t1.492\t", "Hồ sơ\t1.49\t");
    Path bad = tmp.resolve("bad.txt");
    Files.writeString(bad, text);
    int line = lineOf(text, "Hồ sơ\t1.49\t");
    CliRun run = CliRun.of("read", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(bad + ":" + line + ":").contains("1.49");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileIsExitCode2() {
    Path nope = tmp.resolve("nope.txt");
    CliRun run = CliRun.of("read", nope.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(nope + ": no such file" + System.lineSeparator());
    CliRun vi = CliRun.of("read", nope.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).as("--lang vi, the default").isEqualTo(nope + ": không có tệp này" + System.lineSeparator());
  }

  @Test
  void lenientModePrintsProblemsWithTheirSeverityAndGoesOnWithExitCode4() throws IOException {
    String text = Files.readString(SAMPLE).replace("Hồ sơ\t1.492\t", "Hồ sơ\t1.49\t");
    Path bad = tmp.resolve("bad.txt");
    Files.writeString(bad, text);
    int line = lineOf(text, "Hồ sơ\t1.49\t");
    CliRun run = CliRun.of("read", "--lenient", bad.toString(), "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
    assertThat(run.err().lines()).first().asString().startsWith(bad + ":" + line + ":").contains(": error: ")
        .endsWith("«1.49»");
    assertThat(run.err()).doesNotContain("warning:");
    assertThat(run.out()).contains("45/BC-UBND");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "read --help", "help read"})
  void everyCommandHasHelp(String args) {
    CliRun run = CliRun.of(args.split(" "));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).as("in the default language, vi").contains("Cách dùng:").doesNotContain("Usage:");
    CliRun en = CliRun.of((args + " --lang en").split(" "));
    assertThat(en.exitCode()).as(en.err()).isZero();
    assertThat(en.out()).contains("Usage:");
  }

  @Test
  void unknownOptionsAreUsageErrorsWithExitCode2() {
    CliRun run = CliRun.of("read", "--frobnicate", SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Không có tùy chọn '--frobnicate'");
    CliRun en = CliRun.of("read", "--frobnicate", SAMPLE.toString(), "--lang", "en");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err()).startsWith("Unknown option: '--frobnicate'");
  }

  @Test
  void garbageAndMutatedInputNeverCrashTheCommand() throws IOException {
    byte[] sample = Files.readAllBytes(SAMPLE);
    Path file = tmp.resolve("garbage.txt");
    qt().withExamples(60).forAll(integers().between(0, sample.length), strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert((cut, junk) -> {
          try {
            byte[] head = java.util.Arrays.copyOf(sample, cut);
            Files.write(file, concat(head, junk.getBytes(StandardCharsets.UTF_8)));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          CliRun strict = CliRun.of("read", file.toString());
          assertThat(strict.exitCode()).as(strict.err()).isIn(0, 2);
          assertThat(strict.err()).doesNotContain("\tat ").doesNotContain("Exception");
          if (strict.exitCode() == 2) {
            assertThat(strict.err()).startsWith(file.toString() + ":");
          }
          CliRun lenient = CliRun.of("read", "--lenient", file.toString(), "--lang", "en");
          assertThat(lenient.exitCode()).as(lenient.err()).isIn(0, 2, 4);
          assertThat(lenient.err()).doesNotContain("\tat ").doesNotContain("Exception");
          assertThat(lenient.err().lines()).allSatisfy(l -> assertThat(l).startsWith(file.toString() + ":"));
          if (strict.exitCode() == 0) {
            assertThat(lenient.exitCode()).as("what reads strictly reads completely").isZero();
          }
          if (lenient.exitCode() == 4) {
            assertThat(lenient.err()).contains(": error: ").contains(": read partly: ");
          }
        });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static int lineOf(String text, String needle) {
    return Samples.lineOf(text, needle);
  }
}
