package vn.cchc.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.cchc.render.Renderers;
import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;

/**
 * Markdown escapes only what would change the rendering: any text, read back by CommonMark with GFM tables,
 * is the text again — as a paragraph and as a table cell — and the raw file keeps the report's own writing.
 */
class MarkdownEscapeTest {
  /** Pieces that are Markdown syntax somewhere, Vietnamese text, numbers, and spaces. */
  static final List<String> PIECES = List.of("*", "**", "_", "`", "[", "]", "(", ")", "!", "<", ">", "&", "&amp;",
      "&#35;", "#", "-", "+", "=", "|", "~", "~~", "\\", "1.", "2)", "45/BC-UBND", "1.492", "99,3%", "Đình Cả", "hồ sơ",
      " ", " ", "  ", "\n", "http://x.vn", "<b>", "---", "***", ":", "\"", "'", ".", "3/11");

  static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 14)
        .map(ix -> ix.stream().map(PIECES::get).reduce("", String::concat));
  }

  static Document html(String markdown) {
    var ext = List.of(TablesExtension.create());
    return Jsoup.parse(HtmlRenderer.builder().extensions(ext).build()
        .render(Parser.builder().extensions(ext).build().parse(markdown)));
  }

  static String norm(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  @Test
  void aParagraphReadsBackAsItsText() {
    qt().withExamples(3000).forAll(texts()).checkAssert(s -> {
      Document d = html(MarkdownFormat.para(s) + "\n");
      assertThat(norm(d.body().text())).as("markdown: %s", MarkdownFormat.para(s)).isEqualTo(norm(s));
      assertThat(d.select("a, em, strong, code, del, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, hr, pre, table, b"))
          .isEmpty();
    });
  }

  @Test
  void aTableCellReadsBackAsItsText() {
    qt().withExamples(2000).forAll(texts()).checkAssert(s -> {
      String md = "| a | b |\n|---|---|\n| " + MarkdownFormat.cell(s) + " | x |\n";
      Document d = html(md);
      assertThat(d.select("tbody td")).hasSize(2);
      assertThat(norm(d.select("tbody td").get(0).text())).as("markdown: %s", md).isEqualTo(norm(s.replace('\n', ' ')));
    });
  }

  @Test
  void theRawFileKeepsTheReportsWriting() {
    String md = Render.string("markdown", Samples.input());
    assertThat(md).contains("Số: 45/BC-UBND", "ngày 12 tháng 03 năm 2024", "3/11 nhiệm vụ đạt 27,2% kế hoạch.",
        "| 1.492 |", "Kế hoạch số 06/KH-UBND ngày 10/01/2024;");
    assertThat(Renderers.find("markdown")).isNotNull();
  }
}
