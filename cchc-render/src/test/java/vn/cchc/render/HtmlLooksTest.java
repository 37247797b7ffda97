package vn.cchc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.testing.Render;
import vn.cchc.rules.CheckResult;
import vn.cchc.rules.Checker;

/**
 * The real report's page as people see it in Chromium: on a 390 px phone nothing runs off the screen (the
 * appendix scrolls inside its box), at 1280 px it is a page, and printed it is A4 with the table's header on
 * every page. Screenshots are kept in {@code target/screenshots/} for a person to look at. Skipped with the
 * reason where Chromium or poppler is absent (a failure under {@code CI=true}).
 */
class HtmlLooksTest {
  private static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  /** Test-only probe appended to a copy of the page: the page itself has no script. */
  private static final String PROBE = "<script>parent.document.body.setAttribute('data-probe',"
      + "document.documentElement.scrollWidth+' '+document.querySelector('.table-wrap').scrollWidth+' '"
      + "+document.querySelector('.table-wrap').clientWidth+' '+window.innerWidth);</script>";
  @TempDir
  static Path dir;
  private static String html;

  @BeforeAll
  static void page() throws IOException {
    Catalogue catalogue = Catalogues.bundled();
    Report report = ReportTextReader.of(catalogue).read(SAMPLE);
    CheckResult result = Checker.check(report, catalogue);
    html = Render.string("html", RenderInput.builder().report(report).catalogue(catalogue).findings(result.findings())
        .derivedValues(result.derived().values()).build());
  }

  @Test
  void onA390PxPhoneNothingRunsOffTheScreenAndTheTableScrollsInItsBox() throws Exception {
    Path probe = dir.resolve("probe.html");
    // headless Chromium's window is at least 500 px wide: the page is shown in a 390 px frame, as on a phone
    String inner = html.replace("</body>", PROBE + "</body>").replace("&", "&amp;").replace("\"", "&quot;");
    Files.writeString(probe, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe width=\"390\" height=\"844\" "
        + "style=\"border:0\" srcdoc=\"" + inner + "\"></iframe></body></html>", StandardCharsets.UTF_8);
    String dom = ExternalTools.run(ExternalTools.chromium(dir.resolve("profile"), "--window-size=800,900", "--dump-dom", probe.toUri().toString()));
    Matcher m = Pattern.compile("data-probe=\"(\\d+) (\\d+) (\\d+) (\\d+)\"").matcher(dom);
    assertThat(m.find()).as(dom.length() > 2000 ? dom.substring(0, 2000) : dom).isTrue();
    int page = Integer.parseInt(m.group(1));
    int table = Integer.parseInt(m.group(2));
    int box = Integer.parseInt(m.group(3));
    assertThat(Integer.parseInt(m.group(4))).as("the frame's viewport").isEqualTo(390);
    assertThat(page).as("the page's width at 390 px").isLessThanOrEqualTo(390);
    assertThat(table).as("the table is wider than its box, which scrolls").isGreaterThan(box);
    assertThat(box).isLessThanOrEqualTo(390);
  }

  @Test
  void screenshotsAt390And1280PxHaveTextAndNoOverflow() throws Exception {
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    Path page = dir.resolve("bc-45.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    for (int width : new int[] {390, 1280}) {
      Path png = shots.resolve("bc-45-" + width + ".png").toAbsolutePath();
      Files.deleteIfExists(png);
      String log = ExternalTools.run(ExternalTools.chromium(dir.resolve("profile"), "--screenshot=" + png, "--window-size=" + width + ",1600", page.toUri().toString()));
      assertThat(png).as(log).exists();
      BufferedImage img = ImageIO.read(png.toFile());
      assertThat(img.getWidth()).isEqualTo(width);
      // ink in the left and the right half: the header's two columns at 1280, the text's full width at 390
      assertThat(ink(img, 0, width / 2)).as("left half at " + width).isGreaterThan(0.005);
      assertThat(ink(img, width / 2, width)).as("right half at " + width).isGreaterThan(0.002);
    }
  }

  @Test
  void printedItIsA4WithTheTableHeaderOnEveryPage() throws Exception {
    Path page = dir.resolve("print.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path pdf = dir.resolve("print.pdf");
    String log = ExternalTools.run(ExternalTools.chromium(dir.resolve("profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()));
    assertThat(pdf).as(log).exists();
    String info = ExternalTools.run(List.of(ExternalTools.tool("pdfinfo").toString(), pdf.toString()));
    assertThat(info).as(info).containsPattern("Page size:\\s+59[45](\\.\\d+)? x 84[12](\\.\\d+)? pts");
    String text = ExternalTools.run(List.of(ExternalTools.tool("pdftotext").toString(), "-layout", pdf.toString(), "-"));
    List<String> pages = new ArrayList<>(List.of(text.split("\f")));
    pages.removeIf(String::isBlank);
    int first = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains("Số liệu kết quả công tác cải cách hành chính")) { // the table's caption
        first = i;
        break;
      }
    }
    assertThat(first).as("the appendix is printed").isNotNegative();
    assertThat(pages.size() - first).as("the appendix spans pages").isGreaterThan(1);
    for (int i = first; i < pages.size(); i++) {
      if (pages.get(i).contains("Phát hiện khác") && !pages.get(i).contains("Số liệu")) {
        break; // past the table
      }
      assertThat(pages.get(i)).as("page " + (i + 1) + " repeats the header").contains("Các chỉ tiêu", "Số liệu");
    }
  }

  private static double ink(BufferedImage img, int x0, int x1) {
    long dark = 0;
    long all = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = x0; x < x1; x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 128) {
          dark++;
        }
        all++;
      }
    }
    return dark / (double) all;
  }
}
