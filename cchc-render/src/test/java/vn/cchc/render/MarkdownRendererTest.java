package vn.cchc.render;

import vn.cchc.render.testing.Samples;
import vn.cchc.render.testing.Render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The Markdown read back by a CommonMark parser with the GFM tables extension. */
class MarkdownRendererTest {

  static Document toHtml(String markdown) {
    var ext = List.of(TablesExtension.create());
    Parser p = Parser.builder().extensions(ext).build();
    return Jsoup.parse(HtmlRenderer.builder().extensions(ext).build().render(p.parse(markdown)));
  }

  @Test
  void theAppendixIsOneGfmTableWithOneRowPerEntry() {
    Document doc = toHtml(Render.string("markdown", Samples.input()));
    Element table = doc.selectFirst("table");
    assertThat(table.select("thead th")).extracting(Element::text)
        .containsExactly("STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Giá trị tính lại", "Ghi chú", "Phát hiện");
    assertThat(table.select("tbody tr")).hasSize(Samples.report().appendix().size());
    Element first = table.selectFirst("tbody tr");
    assertThat(first.select("td")).extracting(Element::text).startsWith("1.1.", Samples.LABEL_1_1, "%", "30", "30,0");
    assertThat(first.select("td strong").text()).contains("[lỗi]").doesNotContain("ratio.consistent");
    assertThat(doc.select("h1").text()).startsWith("BÁO CÁO: Kết quả công tác");
    assertThat(doc.select("h2").eachText()).contains("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "PHỤ LỤC");
    assertThat(doc.select("em").eachText()).contains("Đình Cả, ngày 12 tháng 03 năm 2024");
  }

  @Test
  void pipesAndMarkdownSpecialsInTextStayLiteralAndInsideTheirCell() {
    String label = "a | b *c* _d_ [x](javascript:alert(1)) `e` <b>f</b> # g \\ h";
    RenderInput in = Samples.input(f -> f == Samples.Field.LABEL ? Optional.of(label) : Optional.empty());
    Document doc = toHtml(Render.string("markdown", in));
    Element first = doc.selectFirst("table tbody tr");
    assertThat(first.select("td")).hasSize(7);
    assertThat(first.select("td").get(1).text()).isEqualTo(label);
    assertThat(doc.select("a, b, table em, code")).isEmpty();
  }
}
