package vn.cchc.render;

import vn.cchc.render.testing.ExternalTools;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.render.testing.Rollups;

/**
 * The roll-up dashboard as headless Chromium shows it, the way {@link ChromiumScreenshotTest} checks the report
 * page: the DOM Chromium builds holds the SVG charts with their labels; the screenshot shows the bars (their
 * blue) and the target lines (their red); every character of the page has a glyph in an installed font
 * (fontconfig, the source Chromium uses); printed to PDF it is A4. Skipped with a message where a program is
 * missing (a failure under {@code CI=true}).
 */
class DashboardChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static byte[] html;
  private static int profiles;

  @BeforeAll
  static void render() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AggregateRenderers.find("html").render(AggregateInput.of(Rollups.table(), Rollups.catalogue())
        .withTargets(Rollups.targets()), RenderOptions.defaults(), out);
    html = out.toByteArray();
  }

  @Test
  void chromiumBuildsTheSvgChartsWithTheirLabels(@TempDir Path dir) throws Exception {
    ExternalTools.require(Files.isExecutable(CHROMIUM), CHROMIUM.toString());
    Path page = dir.resolve("dashboard.html");
    Files.write(page, html);
    String dom = ExternalTools.run(ExternalTools.chromium(dir.resolve("profile-" + (++profiles)), "--dump-dom", page.toUri().toString()), 120);
    Document d = Jsoup.parse(dom);
    assertThat(d.select("svg")).as("Chromium's DOM:\n" + dom.substring(0, Math.min(dom.length(), 2000))).hasSize(6);
    assertThat(d.select("svg title").eachText()).contains(
        "3.4.2 Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn — theo đơn vị",
        "Xu hướng theo kỳ báo cáo (tổng cộng)");
    assertThat(d.select("svg text").eachText()).contains("Thị trấn Đình Cả ⚠", "Xã Tràng Xá", "Mục tiêu 95,00 %",
        "Q4/2023", "Q1/2024");
  }

  @Test
  void theScreenshotShowsBarsAndTargetLines(@TempDir Path dir) throws Exception {
    ExternalTools.require(Files.isExecutable(CHROMIUM), CHROMIUM.toString());
    Path page = dir.resolve("dashboard.html");
    Files.write(page, html);
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Path png = shots.resolve("dashboard.png").toAbsolutePath();
    Files.deleteIfExists(png);
    String log = ExternalTools.run(ExternalTools.chromium(dir.resolve("profile-" + (++profiles)), "--screenshot=" + png, "--window-size=1000,2600", page.toUri().toString()), 120);
    assertThat(png).as("chromium output:\n" + log).exists();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1000);
    long blue = 0;
    long red = 0;
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        if (near(rgb, 0x2f6fb0)) {
          blue++;
        } else if (near(rgb, 0xb00020)) {
          red++;
        } else if ((((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) < 3 * 100) {
          dark++;
        }
      }
    }
    assertThat(blue).as("pixels of the bars' blue").isGreaterThan(5_000);
    assertThat(red).as("pixels of the target lines' and errors' red").isGreaterThan(300);
    assertThat(dark).as("pixels of text").isGreaterThan(20_000);
  }

  private static boolean near(int rgb, int want) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xFF) - ((want >> shift) & 0xFF)) > 12) {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyCharacterHasAGlyphInAnInstalledFont() throws Exception {
    ExternalTools.require(ExternalTools.onPath("fc-list"), "fontconfig (fc-list)");
    String text = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).text();
    TreeSet<Integer> cps = text.codePoints().filter(cp -> cp > 0x7E).boxed().collect(Collectors.toCollection(TreeSet::new));
    assertThat(cps).contains((int) 'ệ', (int) 'Đ', (int) 'ơ', (int) 'ư', (int) 'ả');
    String charset = cps.stream().map(Integer::toHexString).collect(Collectors.joining(" "));
    String fonts = ExternalTools.run(List.of("fc-list", ":charset=" + charset, "family"), 30);
    assertThat(fonts.strip()).as("fonts containing every character of the dashboard: " + charset).isNotEmpty();
  }

  @Test
  void printedItIsA4WithTheChartLabelsAsText(@TempDir Path dir) throws Exception {
    ExternalTools.require(Files.isExecutable(CHROMIUM), CHROMIUM.toString());
    ExternalTools.require(ExternalTools.onPath("pdfinfo") && ExternalTools.onPath("pdftotext"), "poppler-utils (pdfinfo, pdftotext)");
    Path page = dir.resolve("dashboard.html");
    Files.write(page, html);
    Path pdf = dir.resolve("dashboard.pdf");
    String log = ExternalTools.run(ExternalTools.chromium(dir.resolve("profile-" + (++profiles)), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()), 120);
    assertThat(pdf).as("chromium output:\n" + log).exists();
    String info = ExternalTools.run(List.of("pdfinfo", pdf.toString()), 30);
    assertThat(info).containsPattern("Page size:\\s+59[45]\\.\\d* x 841\\.\\d* pts \\(A4\\)");
    String text = ExternalTools.run(List.of("pdftotext", "-layout", pdf.toString(), "-"), 30);
    assertThat(text).contains("Thị trấn Đình Cả", "Mục tiêu 95,00 %", "Tổng cộng", "Xã Bình Long");
  }
}
