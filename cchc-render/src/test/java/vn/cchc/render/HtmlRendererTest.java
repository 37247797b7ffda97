package vn.cchc.render;

import vn.cchc.render.testing.Samples;
import vn.cchc.render.testing.Render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML page read back by a real HTML5 parser (jsoup). */
class HtmlRendererTest {

  @Test
  void thePageHasTheMetadataNarrativeAndAnAccessibleAppendixTable() {
    Document doc = Jsoup.parse(Render.string("html", Samples.input()));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("vi");
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(doc.select("script, link, img, iframe")).isEmpty();
    assertThat(doc.selectFirst(".issuer").text()).isEqualTo("UBND thị trấn Đình Cả");
    assertThat(doc.selectFirst(".number").text()).isEqualTo("Số: 45/BC-UBND");
    assertThat(doc.selectFirst(".nation").text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(doc.selectFirst(".motto").text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
    assertThat(doc.selectFirst(".place-date").text()).isEqualTo("Đình Cả, ngày 12 tháng 03 năm 2024");
    assertThat(doc.selectFirst("p.title").text()).startsWith("Kết quả công tác cải cách hành chính quý I");
    assertThat(doc.select("section.narrative h2").first().text()).isEqualTo("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
    assertThat(doc.select("section.narrative h3").first().text()).isEqualTo("1. Về kế hoạch cải cách hành chính");
    assertThat(doc.select(".recipients li")).extracting(Element::text)
        .containsExactly("UBND huyện", "Phòng Nội vụ huyện", "Lưu: VP");
    assertThat(doc.selectFirst(".signer-name").text()).isEqualTo("Trịnh Thanh Phương");

    Element table = doc.selectFirst("table.appendix");
    assertThat(table.selectFirst("caption").text()).contains("45/BC-UBND", "quý I năm 2024");
    assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
    assertThat(table.select("thead th")).extracting(Element::text)
        .containsExactly("STT", "Các chỉ tiêu", "Đơn vị tính", "Số liệu", "Giá trị tính lại", "Ghi chú", "Phát hiện");
    Elements rows = table.select("tbody tr");
    assertThat(rows).hasSize(Samples.report().appendix().size());
    assertThat(rows).allSatisfy(tr -> assertThat(tr.select("th[scope=row]")).hasSize(1));
    assertThat(rows).extracting(tr -> tr.attr("data-indicator")).containsExactlyElementsOf(Samples.ids());
  }

  @Test
  void valuesUnitsDerivedValuesAndFindingsSitOnTheirRows() {
    Document doc = Jsoup.parse(Render.string("html", Samples.input()));
    Element r11 = doc.getElementById("ind-1.1");
    assertThat(r11.selectFirst("th").text()).isEqualTo(Samples.LABEL_1_1);
    assertThat(r11.selectFirst("td.unit").text()).isEqualTo("%");
    assertThat(r11.selectFirst("td.value").text()).isEqualTo("30");
    assertThat(r11.selectFirst("td.derived").text()).isEqualTo("30,0");
    assertThat(r11.hasClass("finding-error")).isTrue();
    assertThat(r11.select("li.finding-error").text()).contains("lỗi", "30,0%? kiểm tra lại").doesNotContain("ratio.consistent");
    assertThat(r11.select("li.finding-error").attr("data-rule")).isEqualTo("ratio.consistent");
    Element r324 = doc.getElementById("ind-3.2.4");
    assertThat(r324.hasClass("finding-warning")).isTrue();
    assertThat(r324.selectFirst("td.derived").text()).isEqualTo("99,3");
    assertThat(doc.getElementById("ind-3.1.3").selectFirst("td.value").text()).isEqualTo("1.492");
    assertThat(doc.getElementById("ind-3.1.3").selectFirst("td.note").text()).isEqualTo("Ghi chú: số liệu lũy kế");
    assertThat(doc.getElementById("ind-2.2").selectFirst("td.value").text()).isEqualTo("-");
    assertThat(doc.getElementById("ind-2.2").attr("data-state")).isEqualTo("NOT_APPLICABLE");
    assertThat(doc.getElementById("ind-3.2.4/numerator").selectFirst("td.value").text()).isEmpty();
    assertThat(doc.getElementById("ind-3.2.4/numerator").attr("data-state")).isEqualTo("NOT_REPORTED");
    assertThat(doc.getElementById("ind-2.1").selectFirst("td.value").text()).isEqualTo("0");
    assertThat(doc.getElementById("ind-7.2").selectFirst("td.value").text()).isEqualTo("2 (3 cấp)");
    assertThat(doc.getElementById("ind-1.1/numerator").hasClass("child")).isTrue();
    assertThat(doc.select("section.other-findings li").text()).contains("thông tin", "I.1");
    assertThat(doc.getElementById("ind-1.1").select("li")).hasSize(1);
  }

  @Test
  void optionsTurnDerivedValuesAndFindingsOffAndSwitchTheLabelsToEnglish() {
    RenderOptions o = RenderOptions.builder().locale(java.util.Locale.ENGLISH).includeDerived(false).includeFindings(false).build();
    Document doc = Jsoup.parse(Render.string("html", Samples.input(), o));
    assertThat(doc.select("table.appendix thead th")).extracting(Element::text)
        .containsExactly("No.", "Indicator", "Unit", "Value", "Note");
    assertThat(doc.select("td.derived, td.findings, .other-findings, tr.finding-error")).isEmpty();
    assertThat(doc.selectFirst("dl.meta").attr("lang")).isEqualTo("en");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("vi");
  }

  @Test
  void markupInReportTextIsShownAsTextNeverAsElements() {
    String label = "<script>alert(1)</script> & \"quoted\" 'single'";
    String id = "x\"><img src=x onerror=alert(1)>";
    RenderInput in = Samples.input(f -> f == Samples.Field.LABEL ? Optional.of(label)
        : f == Samples.Field.INDICATOR_ID ? Optional.of(id) : Optional.empty());
    String html = Render.string("html", in);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.getElementById("ind-" + id).selectFirst("th").text()).isEqualTo(label);
    assertThat(doc.getElementById("ind-" + id).attr("data-indicator")).isEqualTo(id);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &apos;single&apos;");
  }

  @Test
  void theSummaryBoxCountsFindingsAndShowsTheRatios() {
    Document doc = Jsoup.parse(Render.string("html", Samples.input()));
    Element box = doc.selectFirst("section.summary");
    assertThat(box).isNotNull();
    assertThat(box.select("ul.counts li")).extracting(li -> li.attr("data-severity") + "=" + li.attr("data-count"))
        .containsExactly("error=1", "warning=1", "info=1");
    assertThat(box.select("ul.counts li").first().text()).isEqualTo("1 lỗi");
    assertThat(box.select("table.ratios tbody tr")).extracting(tr -> tr.select("td, th").eachText())
        .containsExactly(List.of("1.1.", Samples.LABEL_1_1, "30%", "30,0%"),
            List.of("3.2.4.", Samples.LABEL_3_2_4, "99,3%", "99,3%"));
    assertThat(box.selectFirst("table.ratios a").attr("href")).isEqualTo("#ind-1.1");
    // before the narrative: the first thing read after the header
    assertThat(box.elementSiblingIndex()).isLessThan(doc.selectFirst("section.narrative").elementSiblingIndex());
  }

  @Test
  void aFlaggedLineIsMarkedInTheNarrativeAndLinksToItsFinding() {
    Document doc = Jsoup.parse(Render.string("html", Samples.input()));
    // the info finding is on line 12, the bullet "Kế hoạch số 06/KH-UBND…"
    Element li = doc.select("section.narrative li").stream().filter(e -> e.text().contains("06/KH-UBND")).findFirst()
        .orElseThrow();
    assertThat(li.hasClass("flagged") && li.hasClass("finding-info")).isTrue();
    Element mark = li.selectFirst("sup.flag a");
    assertThat(mark.text()).isEqualTo("thông tin 1");
    assertThat(mark.attr("title")).isEqualTo("[thông tin] Khoảng thời gian lấy số liệu khác mặc định (dòng 12)");
    Element target = doc.getElementById(mark.attr("href").substring(1));
    assertThat(target).isNotNull();
    assertThat(target.text()).contains("Khoảng thời gian lấy số liệu khác mặc định");
    assertThat(doc.select("section.narrative .flagged")).hasSize(1);
  }

  @Test
  void thePageWorksOnAPhoneAndPrintsOnA4() {
    String html = Render.string("html", Samples.input());
    Document doc = Jsoup.parse(html);
    // the appendix scrolls inside its own box; the page itself never runs off a 390 px screen
    assertThat(doc.selectFirst("table.appendix").parent().hasClass("table-wrap")).isTrue();
    String css = doc.selectFirst("style").data();
    assertThat(css).contains(".table-wrap{overflow-x:auto", "@media (max-width:600px)",
        "@media print{@page{size:A4;margin:20mm 15mm 20mm 30mm}", "thead{display:table-header-group}");
    assertThat(doc.select("meta[name=viewport]").attr("content")).contains("width=device-width");
  }
}
