package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ReferenceReader#typeBefore} tries the type-word pattern only where a word's first character stands; it must
 * find what {@code find()} on the whole region finds (the same match, groups and positions, or none), whatever
 * stands before a number: type words in any case, "số", other words, digits, blanks, line terminators, letters that
 * fold to a type word's first letter ("ſ", the Kelvin sign) and characters outside the BMP.
 */
class TypeBeforeTest {
  private static final List<String> PIECES = List.of("Kế hoạch", "kế hoạch", "KẾ HOẠCH", "Quyết định", "quyết định",
      "Thông tư", "Nghị định", "Giấy giới thiệu", "Công văn", "Báo cáo", "số", "Số", "SỐ", "ſố", "\u212Aế hoạch", " ",
      "  ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u000B", "\f", "\u00A0", "theo", "và", "ban hành", "UBND",
      "a", "1", "²", "(", ",", ".",
      "\uD835\uDC00", "\uD835", "ngày", "Đề án", "đề án", "Dự án", "Hợp đồng");

  private static Gen<String> texts() {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 12).map(ps -> String.join("", ps));
  }

  @Test
  void findsWhatFindOnTheRegionFinds() {
    qt().withExamples(4000).forAll(texts(), Generate.range(0, 60)).checkAssert((text, back) -> {
      int s = text.length();
      for (int lookFrom = Math.max(0, s - back); lookFrom <= s; lookFrom += Math.max(1, back / 3)) {
        Matcher want = ReferenceReader.TYPE_BEFORE.matcher(text).region(lookFrom, s);
        Matcher got = ReferenceReader.TYPE_BEFORE.matcher(text);
        boolean found = want.find();
        String at = "«" + text + "» from " + lookFrom;
        // what the reader takes from a match: a type word or "số"; an empty match gives neither, as no match does
        boolean words = found && (want.group(1) != null || want.group(2) != null);
        assertThat(ReferenceReader.typeBefore(got, text, lookFrom, s)).as(at).isEqualTo(words);
        if (words) {
          assertThat(got.start()).as(at).isEqualTo(want.start());
          for (int g = 1; g <= 2; g++) {
            assertThat(got.group(g)).as(at).isEqualTo(want.group(g));
            assertThat(got.start(g)).as(at).isEqualTo(want.start(g));
          }
        } else if (found) {
          assertThat(want.start()).as(at).isGreaterThanOrEqualTo(s - 2); // an empty match: no type word
        }
      }
    });
  }
}
