package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.read.office.PdfLayout.Glyph;
import vn.cchc.read.office.PdfLayout.Rule;

/** The geometry of a page turned into lines: gap splitting (as properties) and ruled tables with merged cells. */
class PdfLayoutTest {

  /** Letters "a", "b", … of width 6 at size 12, each word's letters touching, words separated by the given gaps. */
  private static List<Glyph> line(List<Integer> wordLengths, List<Float> gaps, float y) {
    List<Glyph> out = new ArrayList<>();
    float x = 50;
    char c = 'a';
    for (int w = 0; w < wordLengths.size(); w++) {
      if (w > 0) {
        x += gaps.get(w - 1);
      }
      for (int k = 0; k < wordLengths.get(w); k++) {
        out.add(new Glyph(String.valueOf(c), x, y, 6, 12));
        c = c == 'z' ? 'a' : (char) (c + 1);
        x += 6;
      }
    }
    return out;
  }

  @Test
  void aGapIsASpaceOrACellByItsWidthRelativeToTheFontSize() {
    qt().forAll(lists().of(integers().between(1, 6)).ofSizeBetween(2, 8), floats().between(0f, 40f))
        .checkAssert((lengths, gap) -> {
          List<Float> gaps = new ArrayList<>();
          for (int i = 1; i < lengths.size(); i++) {
            gaps.add(gap);
          }
          List<PdfLayout.Run> runs = PdfLayout.runs(line(lengths, gaps, 100));
          int letters = lengths.stream().mapToInt(Integer::intValue).sum();
          if (gap >= PdfLayout.Gaps.CELL * 12) {
            assertThat(runs).hasSize(lengths.size());
          } else if (gap >= PdfLayout.Gaps.SPACE * 12) {
            assertThat(runs).singleElement().satisfies(r -> assertThat(r.text.toString().split(" "))
                .hasSize(lengths.size()));
          } else {
            assertThat(runs).singleElement().satisfies(r -> assertThat(r.text.toString()).doesNotContain(" "));
          }
          // no letter is lost or added, whatever the gaps
          assertThat(runs.stream().mapToInt(r -> r.text.toString().replace(" ", "").length()).sum()).isEqualTo(letters);
        });
  }

  @Test
  void glyphsGroupIntoLinesByBaselineWhateverTheirOrder() {
    qt().forAll(lists().of(integers().between(1, 5)).ofSizeBetween(1, 6), integers().between(1, 5),
        integers().between(0, 1000)).checkAssert((lengths, lineCount, seed) -> {
          List<Glyph> all = new ArrayList<>();
          for (int l = 0; l < lineCount; l++) {
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < lengths.size(); i++) {
              gaps.add(3f);
            }
            all.addAll(line(lengths, gaps, 100 + 14 * l));
          }
          java.util.Collections.shuffle(all, new java.util.Random(seed));
          List<List<Glyph>> lines = PdfLayout.group(all);
          assertThat(lines).hasSize(lineCount);
          for (List<Glyph> l : lines) {
            assertThat(l).isSortedAccordingTo(java.util.Comparator.comparingDouble(Glyph::x));
          }
        });
  }

  @Test
  void aRuledTableBecomesOneLinePerRowWithWrappedAndMergedCellsJoined() {
    // columns at x 0 | 40 | 200 | 260; rows at y 0 | 30 | 45 | 60
    List<Rule> rules = new ArrayList<>();
    for (float x : new float[] {0, 40, 200, 260}) {
      rules.add(new Rule(x, 0, x, 60));
    }
    rules.add(new Rule(0, 0, 260, 0));
    rules.add(new Rule(0, 30, 260, 30));
    rules.add(new Rule(40, 45, 260, 45)); // not under column 1: "Trong đó" spans two rows
    rules.add(new Rule(0, 60, 260, 60));
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(word("1.1.", 2, 18));
    glyphs.addAll(word("Tỷ lệ hoàn thành", 42, 12));
    glyphs.addAll(word("kế hoạch", 42, 26)); // the label wraps inside its cell
    glyphs.addAll(word("%", 202, 18));
    glyphs.addAll(word("Trong", 2, 43));
    glyphs.addAll(word("Số nhiệm vụ", 42, 42));
    glyphs.addAll(word("10", 202, 42));
    glyphs.addAll(word("đó", 2, 55));
    glyphs.addAll(word("Số đã xong", 42, 57));

    List<SourceLine> lines = PdfLayout.lines(glyphs, rules, 2);

    assertThat(lines).extracting(SourceLine::text).containsExactly("1.1.\tTỷ lệ hoàn thành kế hoạch\t%",
        "Trong đó\tSố nhiệm vụ\t10", "\tSố đã xong\t");
    assertThat(lines.get(1).origin()).isEqualTo(new FileOrigin.Page(2, 2)).hasToString("page 2, line 2");
    assertThat(lines.get(1).originAt(10)).isEqualTo(new FileOrigin.Page(2, 2, 2)).hasToString("page 2, line 2, column 2");
    assertThat(lines.get(1).cellColumns()).containsExactly(1, 10, 22);
  }

  @Test
  void inATableWithoutRulesEachCellKeepsItsColumnAndAnEmptyCellStaysEmpty() {
    float[] xs = {50, 90, 330, 400, 470}; // STT, label, unit, value, note
    qt().forAll(lists().of(lists().of(integers().between(0, 1)).ofSize(5)).ofSizeBetween(3, 12))
        .checkAssert(presence -> {
          List<List<String>> expected = new ArrayList<>();
          List<Glyph> glyphs = new ArrayList<>();
          // a full first row, so the columns are known; then rows with cells left out at random (the STT
          // and label always there, as in an appendix row)
          List<List<Integer>> rows = new ArrayList<>();
          rows.add(List.of(1, 1, 1, 1, 1));
          rows.addAll(presence);
          for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
              boolean present = c < 2 || rows.get(r).get(c) == 1;
              String text = present ? "c" + c + "r" + r : "";
              cells.add(text);
              if (present) {
                glyphs.addAll(word(text, xs[c], 100 + 14 * r));
              }
            }
            expected.add(cells);
          }
          List<List<Glyph>> visual = PdfLayout.group(glyphs);
          List<List<PdfLayout.Run>> runs = new ArrayList<>();
          visual.forEach(l -> runs.add(PdfLayout.runs(l)));
          assertThat(PdfLayout.tabulate(visual, runs)).isEqualTo(expected);
        });
  }

  private static List<Glyph> word(String text, float x, float y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x + 5 * i, y, text.charAt(i) == ' ' ? 3 : 5, 10));
    }
    return out;
  }
}
