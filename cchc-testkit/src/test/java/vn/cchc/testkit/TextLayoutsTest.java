package vn.cchc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.testkit.quicktheories.CchcGens;

/** The layout writers on their own, without the reader: the text has the form each layout names. */
class TextLayoutsTest {
  private static final Catalogue catalogue = TestCatalogues.bundled();
  private static final Report report = ReportGenerators.consistent(catalogue).level(AdministrativeLevel.DISTRICT).generate(3L);

  @Test
  void theCleanLayoutHasTheSamplesForm() {
    String text = TextLayouts.write(report, catalogue, TextLayout.clean());
    assertThat(text).startsWith("\nBÁO CÁO\n\n" + report.title() + "\n\nI. ")
        .contains("\nPHỤ LỤC\n", "\n*(Kèm theo Báo cáo số " + report.number().orElseThrow() + " ngày ",
            "\nSTT\tCác chỉ tiêu\tKết quả\t\tGhi chú\n\t\tĐơn vị tính\tSố liệu\t\n")
        .doesNotContain("\r", "\u00A0", "CỘNG HÒA");
    long rows = text.lines().filter(l -> l.chars().filter(c -> c == '\t').count() == 4).count();
    assertThat(rows).isGreaterThan(report.appendix().size()); // every row, and the repeated column headers
  }

  @Test
  void sameInputsSameText() {
    TextLayout l = TextLayout.random(new SplittableRandom(5));
    assertThat(TextLayouts.write(report, catalogue, l)).isEqualTo(TextLayouts.write(report, catalogue, l));
    assertThat(TextLayout.random(new SplittableRandom(5))).isEqualTo(l).hasSameHashCodeAs(l);
  }

  @Test
  void eachLayoutWritesWhatItNames() {
    qt().withExamples(60).forAll(CchcGens.layouts()).checkAssert(l -> {
      LaidOutReport laid = TextLayouts.layOut(report, catalogue, l);
      String text = laid.text();
      assertThat(text.contains("\r\n")).isEqualTo(l.lineEnd() == TextLayout.LineEnd.CRLF);
      assertThat(text.replace("\r\n", "\n")).doesNotContain("\r");
      assertThat(text.contains("\u00A0")).isEqualTo(l.nonBreakingSpaces());
      assertThat(text.replace('\u00A0', ' ').contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
          .isEqualTo(l.header() == TextLayout.Header.DECREE_30);
      assertThat(text.replace('\u00A0', ' ').contains("Kèm theo")).isEqualTo(l.caption());
      assertThat(text.contains("|---|")).isEqualTo(l.tableForm() == TextLayout.TableForm.PIPES_WITH_RULE);
      assertThat(laid.issuerForms()).isNotEmpty();
      if (l.header() != TextLayout.Header.DECREE_30 || l.headerColumns() == TextLayout.HeaderColumns.CELL_PER_LINE) {
        for (String form : laid.issuerForms()) { // a name over two lines of a two-column table is not contiguous
          assertThat(text.replace('\u00A0', ' ').replaceAll("\\s+", " ")).contains(form);
        }
      }
      if (l.wrapWidth() == 0 && l.titleLines() == TextLayout.TitleLines.ONE_LINE) {
        assertThat(laid.rejoinedLines()).isZero();
      }
      assertThat(laid.stated().title()).isEqualTo(l.titleCase() == TextLayout.TitleCase.UPPER
          ? report.title().toUpperCase(java.util.Locale.ROOT) : report.title());
    });
  }

  @Test
  void wrappedLinesKeepToTheWidthAndNeverStartLikeAHeadingOrListItem() {
    TextLayout l = TextLayout.clean().withWrapWidth(60);
    LaidOutReport laid = TextLayouts.layOut(report, catalogue, l);
    assertThat(laid.rejoinedLines()).isPositive();
    String narrative = laid.text().substring(0, laid.text().indexOf("Nơi nhận"));
    for (String line : narrative.split("\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(60 + 12); // an unsafe cut is moved past the width
    }
    assertThat(LayoutWriter.wrap("Tổng số hồ sơ là 20, trong đó - 1.482 trực tuyến", 20))
        .allSatisfy(p -> assertThat(p).doesNotStartWith("- ").doesNotStartWith("1.482"));
    assertThat(String.join(" ", LayoutWriter.wrap("Trên đây là báo cáo kết quả công tác cải cách hành chính năm 2024.", 30)))
        .isEqualTo("Trên đây là báo cáo kết quả công tác cải cách hành chính năm 2024.");
  }

  @Test
  void referenceDatesInWordsChangeTheNarrativeAsStated() {
    Report withCitation = ReportGenerators.consistent(catalogue).smallestFirst(9L, 40).stream()
        .filter(r -> !r.references().isEmpty()).findFirst().orElseThrow();
    LaidOutReport laid = TextLayouts.layOut(withCitation, catalogue,
        TextLayout.clean().withReferenceDates(TextLayout.ReferenceDates.WORDS));
    assertThat(laid.text()).containsPattern("ngày \\d{2} tháng \\d{2} năm \\d{4}").doesNotContainPattern("ngày \\d{2}/\\d{2}/\\d{4} về");
    assertThat(laid.stated().sections().get(0).blocks().get(0).text()).contains(" tháng ");
  }

  @Test
  void oneChangeEachNamesEveryDimensionValueOnce() {
    var changes = TextLayout.oneChangeEach();
    assertThat(changes.keySet()).contains("header=DECREE_30", "header=METADATA_LINE", "tableForm=ALIGNED",
        "nonBreakingSpaces=true", "caption=false", "referenceDates=WORDS", "issuerLines=SUPERIOR_THEN_TWO_LINES");
    Set<TextLayout> distinct = new HashSet<>(changes.values());
    assertThat(distinct).hasSize(changes.size()).doesNotContain(TextLayout.clean());
    for (var e : changes.entrySet()) {
      String dimension = e.getKey().substring(0, e.getKey().indexOf('='));
      assertThat(e.getValue().toString()).contains(dimension.startsWith("title") ? "title=" : dimension + "=");
    }
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> TextLayout.clean().withCaption(false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextLayout.clean().withWrapWidth(59)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextLayout.clean().withWrapWidth(101)).isInstanceOf(IllegalArgumentException.class);
    for (int i = 0; i < 200; i++) {
      TextLayout l = TextLayout.random(new SplittableRandom(i));
      assertThat(l.caption() || l.header() != TextLayout.Header.NONE).isTrue();
    }
    Report draft = ImmutableReport.copyOf(report).withNumber(java.util.Optional.empty()).withDraft(true);
    assertThatThrownBy(() -> TextLayouts.write(draft, catalogue, TextLayout.clean())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextLayouts.write(report, TestCatalogues.province(), TextLayout.clean()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(TextLayout.clean().toString())).allSatisfy(s -> assertThat(s).contains("header=NONE",
        "tableForm=TABS", "wrapWidth=none", "referenceDates=NUMERIC"));
  }
}
