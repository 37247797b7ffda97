package vn.cchc.render;

import vn.cchc.render.testing.Samples;
import vn.cchc.render.testing.Render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  /** Display columns of a line: NFC code points, combining marks zero (the independent reference for this test). */
  static int columns(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return (int) n.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).count();
  }

  static List<String> tableLines(String text) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("STT")).findFirst().orElseThrow());
    return lines.subList(head, lines.size()).stream().takeWhile(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void theValueColumnEndsAtTheSameDisplayColumnOnEveryRowWhateverTheNormalisationOfTheLabels() {
    // A decomposed (NFD) label, a precomposed one, and plain ASCII: the value column must still align.
    String nfd = Normalizer.normalize("Tỷ lệ hồ sơ được tiếp nhận", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
    RenderInput in = Samples.input(f -> f == Samples.Field.LABEL ? Optional.of(nfd) : Optional.empty());
    String text = Render.string("text", in, RenderOptions.builder().includeFindings(false).build());
    assertThat(text).contains("Tỷ lệ hồ sơ được tiếp nhận"); // rendered in NFC
    List<String> table = tableLines(text);
    assertThat(table).hasSizeGreaterThan(Samples.report().appendix().size());
    String header = table.get(0);
    int valueEnd = columns(header.substring(0, header.indexOf("Số liệu") + "Số liệu".length()));
    for (String row : List.of("1.492", "99,3", "2 (3 cấp)", "2 (Kết hợp)", "1,5")) {
      String line = table.stream().filter(l -> (l + "  ").contains("  " + row + "  ")).findFirst().orElseThrow();
      int end = columns(line.substring(0, (line + "  ").indexOf("  " + row + "  ") + 2 + row.length()));
      assertThat(end).as(line).isEqualTo(valueEnd);
    }
    // no line is wider than the separator under the header, which spans every column
    int full = columns(table.get(1));
    assertThat(table).allSatisfy(l -> assertThat(columns(l)).isLessThanOrEqualTo(full));
  }

  @Test
  void theTextHasTheHeaderNarrativeSignatureAndAppendix() {
    String text = Render.string("text", Samples.input());
    assertThat(text).contains("UBND thị trấn Đình Cả    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Số: 45/BC-UBND", "Độc lập - Tự do - Hạnh phúc", "Đình Cả, ngày 12 tháng 03 năm 2024")
        .contains("BÁO CÁO\nKết quả công tác", "I. CÔNG TÁC CHỈ ĐẠO", "Nơi nhận:\n- UBND huyện\n",
            "CHỦ TỊCH\nTrịnh Thanh Phương", "PHỤ LỤC", "[lỗi]", "Phát hiện khác")
        .contains("[thông tin] Khoảng thời gian lấy số liệu khác mặc định (dòng 12)")
        .doesNotContain("ratio.consistent", "narrative.date"); // rule ids are for programs (JSON), not the sentence
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
  }
}
