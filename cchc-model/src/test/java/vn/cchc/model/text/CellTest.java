package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A cell's text without markup and the line index of each of its chars, against the tag pattern's own find(). */
class CellTest {
  /** The pattern {@link Cell} removes, as written there: the oracle. */
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

  /** Lines of markup-like pieces: tags, broken tags, "<" and ">" alone, words, spaces and stars. */
  private static Gen<String> lines() {
    String[] pieces = {"<i>", "</i>", "<b>", "<br/>", "<span class=\"x\">", "</span>", "<", ">", "</", "< i>", "<1>",
        "<i", "/>", "Số ĐVSN", " ", "  ", "*", "70%", "<i x<y>", "a", "<<i>>", "</<b>>"};
    return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 12)
        .map(l -> l.stream().map(k -> pieces[k]).reduce("", String::concat));
  }

  /** The text and line indexes as a find() over the whole cell gives them. */
  private static List<Integer> oracleIndexes(String line, int start, int end, StringBuilder text) {
    List<Integer> idx = new ArrayList<>();
    Matcher m = TAG.matcher(line.substring(start, end));
    int pos = 0;
    while (m.find()) {
      for (int i = pos; i < m.start(); i++) {
        idx.add(start + i);
        text.append(line.charAt(start + i));
      }
      pos = m.end();
    }
    for (int i = pos; i < end - start; i++) {
      idx.add(start + i);
      text.append(line.charAt(start + i));
    }
    idx.add(end);
    return idx;
  }

  @Test
  void markupIsRemovedAsTheTagPatternFindsIt() {
    qt().withExamples(3000).forAll(lines(), lines(), lines()).checkAssert((before, cellText, after) -> {
      String line = before + "\t" + cellText + "\t" + after;
      int start = before.length() + 1;
      int end = start + cellText.length();
      StringBuilder text = new StringBuilder();
      List<Integer> idx = oracleIndexes(line, start, end, text);
      Cell cell = Cell.of(line, start, end);
      assertThat(cell.text()).as(line).isEqualTo(text.toString());
      assertThat(cell.stripped()).as(line).isEqualTo(text.toString().strip());
      assertThat(cell.isBlank()).as(line).isEqualTo(text.toString().isBlank());
      for (int i = 0; i <= text.length(); i++) {
        assertThat(cell.lineIndexOf(i)).as(line + " @" + i).isEqualTo(idx.get(i));
      }
      assertThat(Cell.strip(cellText)).as(cellText).isEqualTo(TAG.matcher(cellText).replaceAll(""));
    });
  }

  @Test
  void aCellWithoutMarkupIsItsLinesChars() {
    String line = "1.1.\t *30%* \tx";
    Cell cell = Cell.of(line, 5, 12).unstarred();
    assertThat(cell.text()).isEqualTo("30%");
    assertThat(cell.firstNonBlank()).isEqualTo(7);
    assertThat(cell.lineIndexOf(3)).isEqualTo(10);
    assertThat(Cell.of(line, 12, 12).isBlank()).isTrue();
    assertThat(Cell.of("<i>Đơn vị</i>", 0, 13).stripped()).isEqualTo("Đơn vị");
    assertThat(Cell.of("<i>Đơn vị</i>", 0, 13).firstNonBlank()).isEqualTo(3);
  }
}
