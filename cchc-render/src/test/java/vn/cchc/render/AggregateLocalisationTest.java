package vn.cchc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.render.testing.Rollups;
import vn.cchc.rules.rollup.RollUpProblem;

/**
 * The aggregate renderers word what they add for {@link RenderOptions#locale()}: the dashboard in Vietnamese and
 * English, a third language from a user's bundle with English for the words it lacks; the JSON's texts for people
 * follow the language, its keys do not; the CSV is the same in every language.
 */
class AggregateLocalisationTest {
  private static final Locale VI = RenderOptions.VIETNAMESE;
  static AggregateInput input;

  @BeforeAll
  static void roll() {
    input = AggregateInput.of(Rollups.table(), Rollups.catalogue()).withTargets(Rollups.targets());
  }

  static String render(String format, Locale locale) throws IOException {
    return render(format, locale, input);
  }

  static String render(String format, Locale locale, AggregateInput in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AggregateRenderers.find(format).render(in, RenderOptions.builder().locale(locale).build(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static RollUpProblem late() {
    return input.table().problems(RollUpProblem.Kind.LATE).get(0);
  }

  @Test
  void theDashboardIsWordedInVietnamese() throws IOException {
    Document d = Jsoup.parse(render("html", VI));
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("vi");
    assertThat(d.selectFirst("h1").text()).isEqualTo("Tổng hợp kết quả cải cách hành chính — quý I năm 2024");
    assertThat(d.select("h2").eachText()).contains("Tổng hợp", "Biểu đồ", "Bảng tổng hợp theo đơn vị")
        .anyMatch(h -> h.startsWith("Đơn vị chưa báo cáo (")).anyMatch(h -> h.startsWith("Vấn đề khi tổng hợp ("));
    assertThat(d.select("figcaption").eachText()).contains("3.4.2 " + input.label("3.4.2") + " — theo đơn vị",
        "Tình hình nộp báo cáo theo cấp huyện", "Số lỗi và cảnh báo theo đơn vị");
    assertThat(d.select("desc").first().text()).startsWith("Biểu đồ thanh: tỷ lệ của ").contains("Đường mục tiêu 95,00 %");
    assertThat(d.select("td").eachText()).contains(late().message());
    assertThat(d.select("tr.total th").first().text()).isEqualTo("Tổng cộng");
  }

  @Test
  void theDashboardIsWordedInEnglish() throws IOException {
    String html = render("html", Locale.ENGLISH);
    Document d = Jsoup.parse(html);
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(d.selectFirst("h1").text()).isEqualTo("Administrative reform results rolled up — Q1 2024");
    assertThat(d.select("h2").eachText()).contains("Totals", "Charts", "Table by unit")
        .anyMatch(h -> h.startsWith("Units that did not report (")).anyMatch(h -> h.startsWith("Roll-up problems ("));
    assertThat(d.select("figcaption").eachText()).contains("3.4.2 " + input.label("3.4.2") + " — by unit",
        "Reports sent, by district", "Errors and warnings by unit");
    assertThat(d.select("desc").first().text()).startsWith("Bar chart: the ratio of ").contains("Target line at 95.00 %");
    assertThat(d.select("td").eachText()).contains(late().message(Locale.ENGLISH), "warning");
    assertThat(d.select("tr.total th").first().text()).isEqualTo("Grand total");
    assertThat(d.select("section").attr("aria-label")).isEqualTo("Summary");
    // nothing the page adds is left in Vietnamese (names of units, labels of indicators are the reports' own)
    assertThat(html).doesNotContain("Biểu đồ", "Tổng hợp kết quả", "đơn vị có lỗi", "thang 0–100", "Mục tiêu", " lỗi",
        "không tính", "điểm %", "Bảng số liệu");
  }

  /** src/test/resources/vn/cchc/render/spi/labels_fr.properties: two aggregate words in French. */
  @Test
  void aUserBundleAddsALanguageWithEnglishForTheRest() throws IOException {
    Document d = Jsoup.parse(render("html", Locale.FRENCH));
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(d.select("h2").eachText()).contains("Graphiques", "Totals")
        .anyMatch(h -> h.startsWith("Unités sans rapport (")).anyMatch(h -> h.startsWith("Roll-up problems ("));
    // numbers written the French way
    assertThat(d.select("desc").first().text()).contains("Target line at 95,00 %");
  }

  @Test
  void theJsonKeepsItsKeysAndWordsItsTextsForTheLanguage() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode vi = mapper.readTree(render("json", VI));
    JsonNode en = mapper.readTree(render("json", Locale.ENGLISH));
    assertThat(paths(en, "")).isEqualTo(paths(vi, ""));
    assertThat(vi.get("period").get("label").asString()).isEqualTo("quý I năm 2024");
    assertThat(en.get("period").get("label").asString()).isEqualTo("Q1 2024");
    JsonNode lateVi = problem(vi, "LATE");
    JsonNode lateEn = problem(en, "LATE");
    assertThat(lateVi.get("message").asString()).isEqualTo(late().message());
    assertThat(lateEn.get("message").asString()).isEqualTo(late().message(Locale.ENGLISH)).contains("after the deadline");
    assertThat(lateEn.get("messageKey").asString()).isEqualTo("rollup.late").isEqualTo(lateVi.get("messageKey").asString());
    assertThat(lateEn.get("arguments")).isEqualTo(lateVi.get("arguments"));
    assertThat(en.get("rows")).isEqualTo(vi.get("rows"));
  }

  @Test
  void theCsvIsTheSameInEveryLanguage() throws IOException {
    String vi = render("csv", VI);
    assertThat(vi).startsWith("\"Loại dòng\",\"Mã nhóm\",\"Nhóm\",").contains("\"tổng nhóm\",", "\"Tổng cộng\"");
    assertThat(render("csv", Locale.ENGLISH)).isEqualTo(vi);
    assertThat(render("csv", Locale.FRENCH)).isEqualTo(vi);
  }

  /**
   * The Vietnamese dashboard and the CSV are byte for byte what the renderers wrote before their texts went through
   * the bundle (src/test/resources/vn/cchc/render/aggregate-before-l10n, written by that code), with the errors
   * counted and left out.
   */
  @Test
  void theVietnameseOutputIsTheOneWrittenBeforeLocalisation() throws IOException {
    AggregateInput excluded = AggregateInput.of(vn.cchc.rules.rollup.UnitRollUp.of(Rollups.catalogue(),
        vn.cchc.rules.units.UnitRegistry.sample()).excludingErrors(true).roll(Rollups.sources()), Rollups.catalogue())
        .withTargets(Rollups.targets());
    for (String format : List.of("html", "csv")) {
      assertThat(render(format, VI, input)).as(format).isEqualTo(before("rollup." + format));
      assertThat(render(format, VI, excluded)).as(format).isEqualTo(before("rollup-excluded." + format));
    }
  }

  private static String before(String name) throws IOException {
    try (java.io.InputStream in = AggregateLocalisationTest.class.getResourceAsStream("aggregate-before-l10n/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode problem(JsonNode root, String kind) {
    for (JsonNode p : root.get("problems")) {
      if (p.get("kind").asString().equals(kind)) {
        return p;
      }
    }
    throw new AssertionError("no problem " + kind);
  }

  /** Every object key of a JSON tree, with its path (array elements as "[]"). */
  private static List<String> paths(JsonNode n, String at) {
    List<String> out = new ArrayList<>();
    if (n.isObject()) {
      for (Iterator<String> it = n.propertyNames().iterator(); it.hasNext();) {
        String k = it.next();
        out.add(at + "/" + k);
        out.addAll(paths(n.get(k), at + "/" + k));
      }
    } else if (n.isArray()) {
      for (JsonNode e : n) {
        out.addAll(paths(e, at + "[]"));
      }
    }
    return out;
  }
}
