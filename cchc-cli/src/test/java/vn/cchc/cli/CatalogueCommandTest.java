package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;

/** {@code cchc catalogue export} and {@code cchc catalogue diff}. */
class CatalogueCommandTest {
  @TempDir
  Path dir;

  @Test
  void exportWritesTheBundledJsonWhichReadsBackAsTheBundledCatalogue() throws Exception {
    CliRun run = CliRun.of("catalogue", "export");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(new String(Catalogues.bundledJson(), StandardCharsets.UTF_8));
    Path file = dir.resolve("mine.json");
    assertThat(CliRun.of("catalogue", "export", "-o", file.toString()).exitCode()).isEqualTo(0);
    Catalogue back = Catalogues.read(file);
    assertThat(back).isEqualTo(Catalogues.bundled());
  }

  @Test
  void diffListsWhatAChangedCopySaysDifferently() throws Exception {
    Path file = dir.resolve("tinh.json");
    String json = new String(Catalogues.bundledJson(), StandardCharsets.UTF_8)
        .replace("\"id\": \"cchc-2024\"", "\"id\": \"tinh-2026\"")
        .replace("Số VBQPPL đã rà soát", "Số văn bản QPPL đã rà soát");
    Files.writeString(file, json);
    CliRun run = CliRun.of("catalogue", "diff", "bundled", file.toString(), "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("relabelled\t2.3\tSố VBQPPL đã rà soát\tSố văn bản QPPL đã rà soát" + System.lineSeparator()
        + "cchc-2024 (2024.1) → tinh-2026 (2024.1): 0 added, 0 removed, 1 relabelled, 0 moved, 0 redefined"
        + System.lineSeparator());
    CliRun vi = CliRun.of("catalogue", "diff", "bundled", file.toString());
    assertThat(vi.exitCode()).as(vi.err()).isEqualTo(0);
    assertThat(vi.out()).as("--lang vi, the default: the count line; the change lines are the same")
        .isEqualTo("relabelled\t2.3\tSố VBQPPL đã rà soát\tSố văn bản QPPL đã rà soát" + System.lineSeparator()
            + "cchc-2024 (2024.1) → tinh-2026 (2024.1): 0 thêm, 0 bỏ, 1 đổi tên, 0 chuyển chỗ, 0 định nghĩa lại"
            + System.lineSeparator());
    assertThat(CliRun.of("catalogue", "diff", "bundled", "bundled").out()).startsWith("cchc-2024 (2024.1) → cchc-2024");
  }

  @Test
  void aCatalogueThatCannotBeReadIsExitCode2() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"id\": \"x\"}");
    CliRun run = CliRun.of("catalogue", "diff", "bundled", file.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(file + ":1:11: not a cchc catalogue: Cannot read Catalogue JSON");
    CliRun vi = CliRun.of("catalogue", "diff", "bundled", file.toString());
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).as("the library's message kept after the command's words")
        .startsWith(file + ":1:11: không phải danh mục cchc: Cannot read Catalogue JSON");
    Path none = dir.resolve("none.json");
    CliRun missing = CliRun.of("catalogue", "diff", "bundled", none.toString(), "--lang", "en");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo(none + ": no such file" + System.lineSeparator());
    CliRun export = CliRun.of("catalogue", "export", "-o", dir.resolve("no-such-dir").resolve("c.json").toString());
    assertThat(export.exitCode()).isEqualTo(2);
    assertThat(export.err()).isEqualTo(dir.resolve("no-such-dir").resolve("c.json") + ": không ghi được: không có thư mục này"
        + System.lineSeparator());
  }
}
