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
    CliRun run = CliRun.of("catalogue", "diff", "bundled", file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("relabelled\t2.3\tSố VBQPPL đã rà soát\tSố văn bản QPPL đã rà soát")
        .contains("cchc-2024 (2024.1) → tinh-2026 (2024.1): 0 added, 0 removed, 1 relabelled, 0 moved, 0 redefined");
    assertThat(CliRun.of("catalogue", "diff", "bundled", "bundled").out()).startsWith("cchc-2024 (2024.1) → cchc-2024");
  }

  @Test
  void aCatalogueThatCannotBeReadIsExitCode2() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"id\": \"x\"}");
    CliRun run = CliRun.of("catalogue", "diff", "bundled", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("broken.json", "not a cchc catalogue");
    assertThat(CliRun.of("catalogue", "diff", "bundled", dir.resolve("none.json").toString()).err()).contains("no such file");
  }
}
