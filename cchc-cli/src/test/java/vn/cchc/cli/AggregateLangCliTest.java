package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cchc aggregate --lang}: the table, the roll-up problems, progress and "wrote" on standard error, and the
 * dashboard, in Vietnamese (the default) and English; a third language from a user's bundle, English for the rest.
 */
class AggregateLangCliTest {
  static final Path SAMPLE = ReadCommandTest.SAMPLE;
  static final Path UNITS = AggregateByUnitCliTest.UNITS;

  @TempDir
  Path tmp;

  @Test
  void vietnameseByDefault() throws IOException {
    CliRun run = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--exclude-errors");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Tổng hợp quý I năm 2024: 0 báo cáo được tính; 1/15 đơn vị đã báo cáo, 0 nộp muộn "
        + "(hạn 2024-03-20)", "  170 Tổng Huyện Võ Nhai", " lỗi, không tính]", "  Tổng cộng |", "Chưa báo cáo (14): ");
    assertThat(run.err()).contains("aggregate: cảnh báo: " + SAMPLE + ": Thị trấn Đình Cả: báo cáo có ")
        .contains(" lỗi, không tính vào tổng");
    Path html = tmp.resolve("vi.html");
    CliRun h = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--to", "html", "-o", html.toString());
    assertThat(h.err()).contains("aggregate: đã ghi " + html);
    assertThat(Files.readString(html)).contains("<html lang=\"vi\">", "<h2>Biểu đồ</h2>");
  }

  @Test
  void englishWithLangEn() throws IOException {
    CliRun run = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--exclude-errors", "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Roll-up of Q1 2024: reports counted 0; units reported 1/15, late 0 (due 2024-03-20)",
        "  170 Total Huyện Võ Nhai", " errors, not counted]", "  Grand total |", "Not reported (14): ")
        .doesNotContain("Tổng hợp", "báo cáo", "lỗi", "Chưa báo cáo");
    assertThat(run.err()).contains("aggregate: warning: " + SAMPLE + ": Thị trấn Đình Cả: the report has ")
        .contains(" errors, left out of the totals");
    Path html = tmp.resolve("en.html");
    CliRun h = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--to", "html", "--target",
        "3.4.2=95", "-o", html.toString(), "--lang", "en");
    assertThat(h.err()).contains("aggregate: wrote " + html);
    assertThat(Files.readString(html)).contains("<html lang=\"en\">", "<h2>Charts</h2>", "Target 95.00 %");
    CliRun plain = CliRun.of("aggregate", SAMPLE.toString(), SAMPLE.toString(), "--lang", "en");
    assertThat(plain.out()).startsWith("Reports rolled up: 2 (catalogue cchc-2024)").contains("Indicator", "Figure")
        .contains("1.1                30.00 %");
    CliRun plainVi = CliRun.of("aggregate", SAMPLE.toString(), SAMPLE.toString());
    assertThat(plainVi.out()).startsWith("Tổng hợp 2 báo cáo (danh mục cchc-2024)").contains("1.1                30,00 %");
  }

  /** src/test/resources/vn/cchc/cli/texts_fr.properties: two texts of aggregate in French. */
  @Test
  void aUserBundleAddsALanguage() throws IOException {
    Path html = tmp.resolve("fr.html");
    CliRun run = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--lang", "fr");
    assertThat(run.out()).contains("Agrégat Q1 2024 : 1 rapports comptés ; 1/15 unités ont rendu compte, 0 en retard",
        "Not reported (14): ");
    assertThat(run.err()).contains("aggregate: warning: ").contains("still counted in the totals");
    CliRun h = CliRun.of("aggregate", SAMPLE.toString(), "--units", UNITS.toString(), "--to", "html", "-o",
        html.toString(), "--lang", "fr");
    assertThat(h.err()).contains("aggregate: écrit " + html);
    assertThat(CliRun.of("aggregate", SAMPLE.toString(), "--lang", "not a tag!").err().lines()).first()
        .as("a tag that is not one: the default language")
        .isEqualTo("--lang cần một thẻ ngôn ngữ BCP 47 như vi, en hoặc fr-CA, không phải \"not a tag!\": Invalid subtag: "
            + "not a tag! [at index 0]");
  }
}
