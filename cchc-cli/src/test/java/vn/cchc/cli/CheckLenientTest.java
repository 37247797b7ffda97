package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.model.text.ReadProblem;

/** {@code cchc check --lenient}: a partly read report is checked, its read problems listed beside the findings. */
class CheckLenientTest {
  @TempDir
  Path tmp;

  private Path partial;
  private int line;
  private ReadProblem problem;

  private Path partial() {
    String text = Samples.withUnknownRow(Samples.sample());
    line = Samples.lineOf(text, Samples.UNKNOWN_ROW);
    problem = Samples.onlyProblem(text);
    assertThat(problem.location().line()).isEqualTo(line);
    partial = Samples.write(tmp, "partial.txt", text);
    return partial;
  }

  @Test
  void textInVietnameseListsTheReadProblemFirstThenTheFindingsThenBothCounts() {
    CliRun run = CliRun.of("check", "--lenient", partial().toString());
    assertThat(run.exitCode()).isEqualTo(5);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(Samples.line(partial, problem, "lỗi", java.util.Locale.forLanguageTag("vi")))
        .endsWith(": lỗi: bộ chỉ tiêu cchc-2024 không có chỉ tiêu nào mang mã 9.9.9.: «9.9.9.»");
    assertThat(lines.get(1)).isEqualTo("Kiểm tra báo cáo số 45/BC-UBND (UBND thị trấn Đình Cả)");
    assertThat(lines.subList(2, lines.size() - 1)).anySatisfy(l -> assertThat(l).startsWith("lỗi").contains("ratio.mismatch"));
    assertThat(lines.get(lines.size() - 1))
        .matches("Đọc: 1 lỗi, 0 cảnh báo, 0 thông tin \\(đọc được một phần\\)\\. "
            + "Kiểm tra: [1-9]\\d* lỗi, \\d+ cảnh báo, \\d+ thông tin; \\d+ tỷ lệ được tính lại\\.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void textInEnglishSaysTheSameInEnglish() {
    CliRun run = CliRun.of("check", "--lenient", partial().toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(5);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(Samples.line(partial, problem, "error"));
    assertThat(lines.get(1)).isEqualTo("Checked report 45/BC-UBND (UBND thị trấn Đình Cả)");
    assertThat(lines.get(lines.size() - 1))
        .matches("Read: 1 error, 0 warnings, 0 info \\(read partly\\)\\. "
            + "Check: [1-9]\\d* errors?, \\d+ warnings?, \\d+ info; \\d+ ratios? derived\\.");
  }

  @Test
  void aCompletelyReadReportSaysSoInTheSummary() {
    CliRun run = CliRun.of("check", Samples.SAMPLE.toString(), "--lang", "en");
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Checked report 45/BC-UBND");
    assertThat(lines.get(lines.size() - 1)).startsWith("Read: 0 errors, 0 warnings, 0 info (read completely). Check: ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonHasTheReadProblemsBesideTheFindings() throws IOException {
    CliRun run = CliRun.of("check", "--lenient", partial().toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(5);
    Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
    assertThat(json).containsOnlyKeys("readProblems", "findings");
    List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("readProblems");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).containsOnlyKeys("location", "kind", "severity", "message", "messageKey", "arguments", "offendingText");
      assertThat(p.get("location")).isEqualTo(Map.of("line", line, "column", problem.location().column()));
      assertThat(p.get("kind")).isEqualTo(problem.kind().name());
      assertThat(p.get("severity")).isEqualTo("ERROR");
      assertThat(p.get("message")).as("in --lang, vi by default").isEqualTo(problem.message(java.util.Locale.forLanguageTag("vi")));
      assertThat(p.get("messageKey")).isEqualTo("row.unknown-code");
      assertThat(p.get("arguments")).isEqualTo(List.of("cchc-2024", "9.9.9."));
      assertThat(p.get("offendingText")).isEqualTo(problem.offendingText());
    });
    List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
    assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("rule", "ratio.mismatch").containsEntry("severity", "ERROR"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void lenientJsonOfACompletelyReadReportHasAnEmptyReadProblemsArray() throws IOException {
    CliRun run = CliRun.of("check", "--lenient", Samples.SAMPLE.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
    assertThat((List<?>) json.get("readProblems")).isEmpty();
    assertThat((List<?>) json.get("findings")).isNotEmpty();
  }

  @Test
  void withoutLenientNothingIsCheckedAndStandardOutputStaysEmpty() {
    CliRun run = CliRun.of("check", partial().toString(), "--format", "json", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(Samples.line(partial, problem, "error") + System.lineSeparator());
  }
}
