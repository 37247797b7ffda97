package vn.cchc.render.spi;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.rules.Checker;
import vn.cchc.rules.Finding;
import vn.cchc.rules.Severity;

/**
 * Findings name the appendix row they concern as people do — its code and its catalogue label, shortened at a word
 * boundary — beside the line, with no rule id in the sentence.
 */
class FindingRowReferenceTest {
  static final Catalogue CATALOGUE = Catalogues.bundled();
  static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");

  @Test
  void theRealReportsRatioMismatchNamesRow342ByCodeAndLabel() throws IOException {
    List<Finding> findings = Checker.check(ReportTextReader.of(CATALOGUE).read(SAMPLE), CATALOGUE).findings();
    Finding f = findings.stream().filter(x -> x.ruleId().equals("ratio.mismatch"))
        .filter(x -> x.indicatorIds().get(0).equals("3.4.2")).findFirst().orElseThrow();
    String vi = RenderTexts.finding(f, vn.cchc.render.RenderOptions.VIETNAMESE, CATALOGUE);
    String label = "\"Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết…\"";
    String line = f.location().map(l -> " (dòng " + l.line() + ")").orElse("");
    assertThat(vi).startsWith("[lỗi] 3.4.2 " + label + line + ": " + f.message(vn.cchc.render.RenderOptions.VIETNAMESE))
        .doesNotContain("ratio.mismatch");
    String en = RenderTexts.finding(f, java.util.Locale.ENGLISH, CATALOGUE);
    assertThat(en).startsWith("[error] 3.4.2 " + label + line.replace("dòng", "line") + ": " + f.message(java.util.Locale.ENGLISH));
  }

  @Test
  void aTrongĐóRowTakesItsParentsCodeAndItsOwnLabel() {
    Finding f = finding(List.of("3.2.4/numerator"), 97);
    assertThat(RenderTexts.row(f, vn.cchc.render.RenderOptions.VIETNAMESE, CATALOGUE))
        .contains("3.2.4 \"Số hồ sơ TTHC đã tiếp nhận trực tuyến\" (dòng 97)");
    assertThat(RenderTexts.finding(f, java.util.Locale.ENGLISH, CATALOGUE))
        .isEqualTo("[warning] 3.2.4 \"Số hồ sơ TTHC đã tiếp nhận trực tuyến\" (line 97): en");
  }

  @Test
  void aFindingWithoutARowReadsAsBefore() {
    Finding narrative = finding(List.of(), 12);
    assertThat(RenderTexts.finding(narrative, vn.cchc.render.RenderOptions.VIETNAMESE, CATALOGUE)).isEqualTo("[cảnh báo] vi (dòng 12)")
        .isEqualTo(RenderTexts.finding(narrative, vn.cchc.render.RenderOptions.VIETNAMESE));
    Finding unknown = finding(List.of("9.9.9"), 12);
    assertThat(RenderTexts.row(unknown, vn.cchc.render.RenderOptions.VIETNAMESE, CATALOGUE)).isEmpty();
    assertThat(RenderTexts.finding(unknown, vn.cchc.render.RenderOptions.VIETNAMESE, CATALOGUE)).isEqualTo("[cảnh báo] vi (dòng 12)");
  }

  private static Finding finding(List<String> ids, int line) {
    return Finding.builder().ruleId("test.rule").severity(Severity.WARNING).indicatorIds(ids)
        .location(SourceLocation.of(line, 1)).message(vn.cchc.render.testing.Samples.text("vi", "en")).build();
  }

  @Test
  void shortLabelsAreKeptAndLongOnesCutBetweenWords() {
    assertThat(RenderTexts.shortLabel("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", 60))
        .isEqualTo("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến");
    assertThat(RenderTexts.shortLabel("Tỷ lệ hoàn thành kế hoạch CCHC năm (lũy kể đến thời điểm báo cáo)", 40))
        .isEqualTo("Tỷ lệ hoàn thành kế hoạch CCHC năm (lũy…");
    assertThat(RenderTexts.shortLabel("Tổng số VBQPPL cần phải xử lý sau kiểm tra, rà soát", 44))
        .isEqualTo("Tổng số VBQPPL cần phải xử lý sau kiểm tra…");
    assertThat(RenderTexts.shortLabel("Siêudàiliềnmộtchữkhôngcókhoảngtrắng và tiếp", 10))
        .isEqualTo("Siêudàiliềnmộtchữkhôngcókhoảngtrắng…");
    assertThatThrownBy(() -> RenderTexts.shortLabel("x", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * For any label and limit: a label that fits is kept whole; otherwise the result is a prefix of the label ending
   * at a word boundary, followed by "…", no longer than the limit unless the first word alone is longer (a label of
   * one word is never cut).
   */
  @Test
  void aShortenedLabelIsAWholeWordPrefixWithinTheLimit() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x1EF9).ofLengthBetween(0, 150), integers().between(2, 80))
        .checkAssert((label, max) -> {
          String s = label.strip();
          String out = RenderTexts.shortLabel(label, max);
          if (s.length() <= max || s.chars().noneMatch(Character::isWhitespace)) { // fits, or one word: whole
            assertThat(out).isEqualTo(s);
            return;
          }
          assertThat(out).endsWith("…");
          String prefix = out.substring(0, out.length() - 1);
          assertThat(prefix).isNotEmpty();
          assertThat(s).startsWith(prefix);
          // what is left out starts at a word boundary: only ",;:" may stand before the space that ends the word
          String rest = s.substring(prefix.length());
          int k = 0;
          while (k < rest.length() && ",;:".indexOf(rest.charAt(k)) >= 0) {
            k++;
          }
          assertThat(k < rest.length() && Character.isWhitespace(rest.charAt(k)))
              .as("cut at a word boundary: %s | %s", s, out).isTrue();
          int firstWord = s.split("\\s", 2)[0].length();
          assertThat(out.length()).isLessThanOrEqualTo(Math.max(max, firstWord + 1));
        });
  }
}
