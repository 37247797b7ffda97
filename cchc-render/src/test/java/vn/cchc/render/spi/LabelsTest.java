package vn.cchc.render.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.model.message.Translations.load;
import static vn.cchc.model.message.Translations.placeholders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.model.PeriodKind;
import vn.cchc.model.ReportingPeriod;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;
import vn.cchc.rules.Severity;

/**
 * The render labels' bundles: the same keys and placeholders in Vietnamese and the root (English),
 * every key used (a {@link Label} constant or a word of {@link RenderTexts}), the wording unchanged,
 * and a third language added as a user adds one, with fallback to the root.
 */
class LabelsTest {
  private static final Path RESOURCES = Path.of("src/main/resources/vn/cchc/render/spi");
  private static final Locale VI = RenderOptions.VIETNAMESE;

  @Test
  void bundlesHaveTheSameKeysAndPlaceholders() throws Exception {
    Properties root = load(RESOURCES.resolve("labels.properties"));
    Properties vi = load(RESOURCES.resolve("labels_vi.properties"));
    assertThat(root.stringPropertyNames()).isNotEmpty().isEqualTo(vi.stringPropertyNames());
    for (String k : root.stringPropertyNames()) {
      // the same highest placeholder: a language may leave one out ("Q{0} {2}" / "quý {1} năm {2}")
      assertThat(highest(vi.getProperty(k))).as("placeholders of " + k).isEqualTo(highest(root.getProperty(k)));
      assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
    }
  }

  @Test
  void everyKeyIsUsedAndEveryLabelHasAKey() throws Exception {
    Set<String> keys = RenderTexts.BUNDLE.keys();
    Set<String> used = new TreeSet<>();
    Arrays.stream(Label.values()).map(Label::key).forEach(used::add);
    Arrays.stream(Severity.values()).map(s -> "severity." + s.name().toLowerCase(Locale.ROOT)).forEach(used::add);
    String code = Files.readString(Path.of("src/main/java/vn/cchc/render/spi/RenderTexts.java"));
    Matcher m = Pattern.compile("\"((?:location|period)\\.[a-z0-9.-]+)\"").matcher(code);
    while (m.find()) {
      used.add(m.group(1));
    }
    // the aggregate renderers' words: the keys written whole in their code (HTML and JSON here, XLSX in
    // cchc-render-office), and those made of a prefix and a name
    String aggregate = String.join("\n", Files.readString(Path.of("src/main/java/vn/cchc/render/internal/DashboardFormat.java")),
        Files.readString(Path.of("src/main/java/vn/cchc/render/internal/AggregateTableFormats.java")),
        Files.readString(Path.of("src/main/java/vn/cchc/render/spi/UnitTableRows.java")),
        Files.readString(Path.of("..", "cchc-render-office", "src", "main", "java", "vn", "cchc", "render", "office",
            "internal", "XlsxAggregateFormat.java")));
    m = Pattern.compile("\"(aggregate\\.[a-z0-9.-]*[a-z0-9])\"").matcher(aggregate);
    while (m.find()) {
      used.add(m.group(1));
    }
    Arrays.stream(vn.cchc.model.AdministrativeLevel.values())
        .forEach(l -> used.add("aggregate.level." + l.name().toLowerCase(Locale.ROOT)));
    Arrays.stream(UnitTableRows.Kind.values())
        .forEach(k -> used.add("aggregate.row." + k.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    UnitTableRows.FIXED_KEYS.forEach(k -> used.add("aggregate.header." + k));
    Arrays.stream(PeriodKind.values()).forEach(k -> used.add("aggregate.period."
        + (k == PeriodKind.SIX_MONTHS ? "six-months" : k == PeriodKind.NINE_MONTHS ? "nine-months" : k.name().toLowerCase(Locale.ROOT))));
    assertThat(keys).isEqualTo(used);
  }

  @Test
  void theWordingIsTheOneUsersKnow() {
    assertThat(Label.APPENDIX_CAPTION.text(VI)).isEqualTo("Số liệu kết quả công tác cải cách hành chính");
    assertThat(Label.APPENDIX_CAPTION.text(Locale.ENGLISH)).isEqualTo("Administrative reform indicators");
    assertThat(Label.CODE.key()).isEqualTo("label.code");
    assertThat(Label.CODE.message().format(VI)).isEqualTo("STT");
    assertThat(RenderTexts.severity(Severity.WARNING, VI)).isEqualTo("cảnh báo");
    assertThat(RenderTexts.severity(Severity.WARNING, Locale.ENGLISH)).isEqualTo("warning");
    assertThat(RenderTexts.line(1234, VI)).isEqualTo("dòng 1234");
    assertThat(RenderTexts.line(1234, Locale.ENGLISH)).isEqualTo("line 1234");
    ReportingPeriod q1 = ReportingPeriod.of(2024, PeriodKind.QUARTER, 1);
    assertThat(RenderTexts.period(q1, VI)).isEqualTo("quý I năm 2024");
    assertThat(RenderTexts.period(q1, Locale.ENGLISH)).isEqualTo("Q1 2024");
    ReportingPeriod h2 = ReportingPeriod.of(2024, PeriodKind.SIX_MONTHS, 2);
    assertThat(RenderTexts.period(h2, VI)).isEqualTo("6 tháng cuối năm 2024");
    assertThat(RenderTexts.period(h2, Locale.ENGLISH)).isEqualTo("second half of 2024");
  }

  @Test
  void theCsvColumnNamesAreTheVietnameseHeadersWhateverTheLanguage() {
    assertThat(UnitTableRows.fixedHeader()).isEqualTo(UnitTableRows.fixedHeader(VI)).hasSize(12)
        .startsWith("Loại dòng", "Mã nhóm", "Nhóm").endsWith("Không tính vào tổng", "Số báo cáo");
    assertThat(UnitTableRows.fixedHeader(Locale.ENGLISH)).startsWith("Row", "Group code", "Group")
        .endsWith("Not counted in the totals", "Reports");
    for (UnitTableRows.Kind k : UnitTableRows.Kind.values()) {
      assertThat(k.label(VI)).isEqualTo(k.label());
    }
    assertThat(UnitTableRows.Kind.GROUP_TOTAL.label(Locale.ENGLISH)).isEqualTo("group total");
    ReportingPeriod h1 = ReportingPeriod.of(2024, PeriodKind.SIX_MONTHS, 1);
    for (PeriodKind k : PeriodKind.values()) {
      ReportingPeriod p = ReportingPeriod.of(2024, k, 1);
      assertThat(UnitTableRows.shortPeriod(p, VI)).isEqualTo(UnitTableRows.shortPeriod(p));
      assertThat(RenderTexts.period(p, VI)).isEqualTo(UnitTableRows.periodLabel(p));
    }
    assertThat(UnitTableRows.shortPeriod(h1, Locale.ENGLISH)).isEqualTo("H1/2024");
  }

  /** src/test/resources/vn/cchc/render/spi/labels_fr.properties: three labels in French. */
  @Test
  void aUserBundleOnTheClassPathAddsALanguageWithFallbackToTheRoot() {
    assertThat(Label.APPENDIX.text(Locale.FRENCH)).isEqualTo("ANNEXE");
    assertThat(Label.APPENDIX.text(Locale.CANADA_FRENCH)).isEqualTo("ANNEXE");
    assertThat(Label.VALUE.text(Locale.FRENCH)).isEqualTo("Value"); // not translated: the root's English
    assertThat(Label.VALUE.text(Locale.GERMAN)).isEqualTo("Value"); // no bundle at all
    String text = Render.string("text", Samples.input(), RenderOptions.builder().locale(Locale.FRENCH).build());
    assertThat(text).contains("Unité").contains("[erreur]");
  }

  private static int highest(String pattern) {
    Matcher m = Pattern.compile("\\{([0-9]+)}").matcher(pattern);
    int max = -1;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }

}
