package vn.cchc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.render.spi.UnitTableRows;
import vn.cchc.render.testing.Rollups;
import vn.cchc.rules.rollup.UnitTable;

/** The aggregate renderer SPI and the built-in csv, json and html renderers of a roll-up by unit. */
class AggregateRenderersTest {
  static UnitTable table;
  static AggregateInput input;

  @BeforeAll
  static void roll() {
    table = Rollups.table();
    input = AggregateInput.of(table, Rollups.catalogue()).withTargets(Rollups.targets());
  }

  static String render(String format, AggregateInput in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AggregateRenderers.find(format).render(in, RenderOptions.defaults(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theBuiltInsAreFoundThroughTheServiceLoaderAndAnUnknownFormatListsThem() {
    assertThat(AggregateRenderers.registry().formats()).extracting(FormatDescriptor::name).contains("csv", "html", "json");
    assertThatThrownBy(() -> AggregateRenderers.find("pdf")).isInstanceOf(UnknownFormatException.class)
        .hasMessageContaining("csv, html, json");
  }

  @Test
  void anExplicitProviderServesItsFormatAheadOfTheBuiltIns() throws IOException {
    AggregateRenderer mine = new AggregateRenderer() {
      @Override
      public FormatDescriptor descriptor() {
        return new FormatDescriptor("csv", "mine", "text/csv", "csv", false);
      }

      @Override
      public void render(AggregateInput in, RenderOptions options, java.io.OutputStream out) throws IOException {
        out.write(("rows=" + in.table().rows().size()).getBytes(StandardCharsets.UTF_8));
      }
    };
    AggregateRenderers r = AggregateRenderers.discover(List.of(new vn.cchc.render.spi.AggregateRendererProvider() {
      @Override
      public String providerName() {
        return "mine";
      }

      @Override
      public List<FormatDescriptor> formats() {
        return List.of(mine.descriptor());
      }

      @Override
      public AggregateRenderer create(String format) {
        return mine;
      }
    }));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.renderer("CSV").render(input, RenderOptions.defaults(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("rows=6");
  }

  @Test
  void csvHasAGroupTotalThenOneRowPerUnitThenTheTotal() throws IOException {
    // cells are quoted where RFC 4180 needs it; none holds a quote, so the quotes are dropped to compare
    List<String> lines = render("csv", input).lines().map(l -> l.replace("\"", "")).toList();
    assertThat(lines.get(0)).startsWith("Loại dòng,Mã nhóm,Nhóm,Mã đơn vị,Đơn vị,Báo cáo,Ngày ban hành,Nộp muộn,Số lỗi")
        .contains("3.4.2 Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn — tử số");
    assertThat(lines).hasSize(1 + 2 + 6 + 1);
    assertThat(lines.get(1)).startsWith("tổng nhóm,170,Huyện Võ Nhai,170,Tổng Huyện Võ Nhai,,,,");
    assertThat(lines.get(2)).startsWith("đơn vị,170,Huyện Võ Nhai,05716,Thị trấn Đình Cả,bc-45-dinh-ca.txt,2024-03-12,,");
    // Võ Nhai's on-time total: (39 + 402 + 610 + 298) / (1.481 + 410 + 655 + 300)
    assertThat(lines.get(1)).contains(",1349,2846,47.3999,");
    assertThat(lines.get(lines.size() - 1)).startsWith("tổng cộng,,,,Tổng cộng,,,,");
  }

  @Test
  void jsonCarriesTheTableCoverageProblemsAndHistory() throws IOException {
    String json = render("json", input);
    tools.jackson.databind.JsonNode n = new tools.jackson.databind.ObjectMapper().readTree(json);
    assertThat(n.get("period").get("label").asString()).isEqualTo("quý I năm 2024");
    assertThat(n.get("rows")).hasSize(9);
    assertThat(n.get("rows").get(1).get("name").asString()).isEqualTo("Thị trấn Đình Cả");
    assertThat(n.get("rows").get(1).get("figures").get("3.4.2").get("numerator").asInt()).isEqualTo(39);
    assertThat(n.get("coverage").get("expected").asInt()).isEqualTo(45);
    assertThat(n.get("coverage").get("missing")).hasSize(39);
    assertThat(n.get("coverage").get("late").asInt()).isEqualTo(1);
    assertThat(n.get("history")).hasSize(2);
    assertThat(n.get("indicators").get(0).get("target").asInt()).isEqualTo(95);
    assertThat(n.get("problems").toString()).contains("ERROR_FINDINGS", "LATE", "EARLIER_PERIOD");
  }

  @Test
  void theDashboardIsOnePageWithLabelledSvgChartsTablesAndNoScriptOrNetwork() throws IOException {
    String html = render("html", input);
    Document doc = Jsoup.parse(html);
    assertThat(doc.title()).isEqualTo("Tổng hợp kết quả cải cách hành chính — quý I năm 2024");
    assertThat(doc.select("script")).isEmpty();
    // nothing is fetched: no source, link, stylesheet import or CSS url; the only URI is the SVG namespace name
    assertThat(html).doesNotContain("src=", "href=", "<link", "@import", "url(", "https://");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://");
    List<Element> svgs = doc.select("svg");
    assertThat(svgs).hasSize(6); // three ratios, coverage, findings, trend
    for (Element svg : svgs) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).contains("Số liệu ở bảng");
      assertThat(svg.parent().select("details table")).as("a table equivalent of each chart").isNotEmpty();
    }
    Element onTime = svgs.get(0);
    assertThat(onTime.select("text").eachText()).contains("Thị trấn Đình Cả ⚠", "Xã Sảng Mộc", "Mục tiêu 95,00 %",
        "2,63 %", "98,05 %");
    assertThat(onTime.select("line[stroke=#b00020]")).as("the target line").hasSize(1);
    assertThat(onTime.selectFirst("desc").text()).contains("2 đơn vị dưới mục tiêu");
    assertThat(svgs.get(5).select("polyline")).as("a trend line per key ratio").hasSize(3);
    assertThat(html).contains("@page { size: A4;");
    assertThat(doc.select("tr.group th").eachText()).contains("Tổng Huyện Võ Nhai", "Tổng Huyện Đại Từ");
    assertThat(doc.text()).contains("Xã Bình Long (05758, Huyện Võ Nhai)", "(muộn)");
    assertThat(UnitTableRows.rows(input)).hasSize(9);
  }

  @Test
  void textFromReportsIsEscaped() throws IOException {
    String html = render("html", input.withTitle("<script>alert(1)</script> & co"));
    assertThat(Jsoup.parse(html).select("script")).isEmpty();
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
  }

  @Test
  void indicatorsAndTargetsMustBeInTheCatalogue() {
    assertThatThrownBy(() -> input.withIndicators(List.of("9.9.9"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9.9.9");
    assertThatThrownBy(() -> input.withTargets(java.util.Map.of("3.4.2", new java.math.BigDecimal("120"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
