package vn.cchc.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void vietnameseLettersCountOneColumnWhetherComposedOrNot() {
    String nfc = "Nội vụ huyện Đình Cả";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd.length()).isGreaterThan(nfc.length());
    assertThat(DisplayWidth.of(nfc)).isEqualTo(20).isEqualTo(DisplayWidth.of(nfd));
    assertThat(DisplayWidth.of("e\u0302\u0301")).isEqualTo(1); // ế decomposed
    assertThat(DisplayWidth.of("漢字")).isEqualTo(4);
    assertThat(DisplayWidth.of("a\u200Db")).isEqualTo(2); // zero-width joiner
  }

  @Test
  void paddingReachesTheWidthAndWrappingNeverExceedsIt() {
    assertThat(DisplayWidth.of(DisplayWidth.padRight("Hồ sơ", 10))).isEqualTo(10);
    assertThat(DisplayWidth.of(DisplayWidth.padLeft(Normalizer.normalize("Hồ sơ", Normalizer.Form.NFD), 10)))
        .isEqualTo(10);
    List<String> words = List.of("Tỷ", "lệ", "hồ", "sơ", "TTHC", "được", "tiếp", "nhận", "trực", "tuyến",
        "Chủtịchủybannhândânthịtrấn", "漢字");
    qt().forAll(lists().of(integers().between(0, words.size() - 1)).ofSizeBetween(0, 30), integers().between(2, 40))
        .check((idx, max) -> {
          StringBuilder sb = new StringBuilder();
          idx.forEach(i -> sb.append(words.get(i)).append(' '));
          List<String> lines = DisplayWidth.wrap(sb.toString().strip(), max);
          String joined = String.join("", lines).replace(" ", "");
          return lines.stream().allMatch(l -> DisplayWidth.of(l) <= max)
              && joined.equals(sb.toString().replace(" ", ""));
        });
  }
}
