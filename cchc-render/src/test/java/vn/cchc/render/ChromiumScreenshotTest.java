package vn.cchc.render;

import vn.cchc.render.testing.ExternalTools;
import vn.cchc.render.testing.Samples;
import vn.cchc.render.testing.Render;

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
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page as a browser shows it: headless Chromium renders it to a PNG.
 *
 * <p>Where Chromium is absent the test is skipped with a message, except under CI ({@code CI=true}),
 * where {@code .ci/run} installs Debian's {@code chromium} and its absence is a failure.
 *
 * <p>Missing glyphs: Chromium draws a box only for a character that no installed font has (it falls
 * back per character through fontconfig). So the test asks fontconfig, the same source Chromium uses,
 * for the fonts that contain every character of the page's text ({@code fc-list ':charset=…'}); at
 * least one must exist. This proves that no character of the page lacks a glyph on this machine,
 * without comparing pixels (which would depend on font versions and anti-aliasing). The PNG is then
 * checked to be the requested size with a real amount of ink, and kept in
 * {@code target/screenshots/report.png} for a person to look at.
 */
class ChromiumScreenshotTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void everyCharacterOfThePageHasAGlyphInAnInstalledFont() throws Exception {
    ExternalTools.require(ExternalTools.onPath("fc-list"), "fontconfig (fc-list)");
    String text = Jsoup.parse(Render.string("html", Samples.input())).text();
    TreeSet<Integer> cps = text.codePoints().filter(cp -> cp > 0x7E).boxed().collect(Collectors.toCollection(TreeSet::new));
    assertThat(cps).as("the page has Vietnamese letters").contains((int) 'ệ', (int) 'Đ', (int) 'ơ', (int) 'ư');
    String charset = cps.stream().map(Integer::toHexString).collect(Collectors.joining(" "));
    String fonts = ExternalTools.run(List.of("fc-list", ":charset=" + charset, "family"), 30);
    assertThat(fonts.strip()).as("fonts containing every character of the page: " + charset).isNotEmpty();
    // and a character no font has is not found, so the query is not vacuous
    assertThat(ExternalTools.run(List.of("fc-list", ":charset=10fffd", "family"), 30).strip()).isEmpty();
  }

  @Test
  void chromiumRendersThePageToANonTrivialPng(@TempDir Path dir) throws Exception {
    ExternalTools.require(Files.isExecutable(CHROMIUM), CHROMIUM.toString());
    Path html = dir.resolve("report.html");
    Files.write(html, Render.bytes("html", Samples.input(), RenderOptions.defaults()));
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Path png = shots.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    List<String> cmd = ExternalTools.chromium(dir.resolve("profile"),
        "--screenshot=" + png, "--window-size=1200,2000", html.toUri().toString());
    String log = ExternalTools.run(cmd, 120);
    assertThat(png).as("chromium output:\n" + log).exists();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(img.getHeight()).isEqualTo(2000);
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        if (lum < 3 * 128) {
          ink++;
        }
      }
    }
    double share = ink / (img.getWidth() * img.getHeight() / 4.0);
    // text on a white page: some ink, but not a black or blank screen
    assertThat(share).as("share of dark pixels").isBetween(0.005, 0.5);
  }
}
