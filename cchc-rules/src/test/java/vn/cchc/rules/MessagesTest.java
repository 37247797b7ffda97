package vn.cchc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Both bundles have the same keys, are UTF-8 NFC, and every rule id is documented in docs/rules.md. */
class MessagesTest {
  @Test
  void bundlesMatchAndAreDocumented() throws Exception {
    assertThat(Messages.keys()).isNotEmpty().isEqualTo(Messages.viKeys());
    String doc = Files.readString(Path.of("..", "docs", "rules.md"));
    for (String k : Messages.keys()) {
      assertThat(doc).as("docs/rules.md documents " + k).contains("`" + k + "`");
      String vi = Messages.vi(k);
      assertThat(Normalizer.isNormalized(vi, Normalizer.Form.NFC)).isTrue();
      assertThat(vi).isNotEqualTo(Messages.en(k));
    }
    assertThat(Messages.vi("ratio.mismatch", "3.4.2", TestData.dec("100"), 39L, 1481L, TestData.dec("2.6")))
        .isEqualTo("Chỉ tiêu 3.4.2: báo cáo ghi 100%, nhưng 39/1.481 là 2,6%.");
  }
}
