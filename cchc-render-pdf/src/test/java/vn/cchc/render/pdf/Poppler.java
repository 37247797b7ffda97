package vn.cchc.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.render.testing.ExternalTools;

/**
 * Reads a PDF the way people and their tools do, with poppler (the programs behind most Linux PDF viewers):
 * {@code pdftotext} for the text a reader copies or searches, {@code pdffonts} for the fonts, {@code pdfinfo} for
 * the page size and count, {@code pdftoppm} for the pages as images. Skipped with the reason (failed under CI) when
 * poppler is not installed.
 */
final class Poppler {
  private static final Pattern PAGES = Pattern.compile("(?m)^Pages:\\s+(\\d+)");

  private Poppler() {}

  static String tool(String name) {
    return ExternalTools.tool(name).toString();
  }

  /** The text of the whole file, {@code -layout}, NFC. */
  static String text(Path pdf) throws IOException, InterruptedException {
    return nfc(ExternalTools.run(List.of(tool("pdftotext"), "-layout", pdf.toString(), "-")));
  }

  /**
   * The text of the whole file in the order the content stream draws it ({@code -raw}), NFC. Unlike reading order,
   * a line that wraps after a hyphen keeps the hyphen: poppler's reading order joins "45/BC-" and "UBND" on the next
   * line into "45/BCUBND", which no PDF viewer shows.
   */
  static String contentOrder(Path pdf) throws IOException, InterruptedException {
    return nfc(ExternalTools.run(List.of(tool("pdftotext"), "-raw", pdf.toString(), "-")));
  }

  /** The text of each page ({@code -layout}, NFC), page 1 first. */
  static List<String> pages(Path pdf) throws IOException, InterruptedException {
    String all = text(pdf);
    List<String> pages = new ArrayList<>(List.of(all.split("\f", -1)));
    if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
      pages.remove(pages.size() - 1); // pdftotext ends every page with a form feed
    }
    assertThat(pages).as("one form feed per page").hasSize(pageCount(pdf));
    return pages;
  }

  static String info(Path pdf) throws IOException, InterruptedException {
    return ExternalTools.run(List.of(tool("pdfinfo"), pdf.toString()));
  }

  static int pageCount(Path pdf) throws IOException, InterruptedException {
    Matcher m = PAGES.matcher(info(pdf));
    assertThat(m.find()).as("pdfinfo says how many pages").isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** The rows of {@code pdffonts}: name, type, encoding, emb, sub, uni, object, id. */
  static List<String[]> fonts(Path pdf) throws IOException, InterruptedException {
    String out = ExternalTools.run(List.of(tool("pdffonts"), pdf.toString()));
    List<String[]> rows = new ArrayList<>();
    boolean body = false;
    for (String line : out.split("\n")) {
      if (line.startsWith("-----")) {
        body = true;
      } else if (body && !line.isBlank()) {
        rows.add(line.trim().split("\\s+"));
      }
    }
    return rows;
  }

  /** Renders every page as a PNG at the resolution given; the files in page order. */
  static List<Path> render(Path pdf, Path dir, int dpi) throws IOException, InterruptedException {
    Path prefix = Files.createDirectories(dir).resolve("page");
    String log = ExternalTools.run(List.of(tool("pdftoppm"), "-r", Integer.toString(dpi), "-png", pdf.toString(),
        prefix.toString()));
    try (var s = Files.list(dir)) {
      List<Path> pngs = s.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
      assertThat(pngs).as("pdftoppm rendered pages: %s", log).isNotEmpty();
      return pngs;
    }
  }

  /** NFC, every run of white space one space: text compared across line breaks and justified spacing. */
  static String flat(String text) {
    return nfc(text).replaceAll("\\s+", " ").strip();
  }

  /**
   * NFC without any white space: text compared wherever lines wrap — after a space, a hyphen ("45/BC-" / "UBND") or
   * a slash — for tests about which characters are there, not where a line ends.
   */
  static String compact(String text) {
    return nfc(text).replaceAll("\\s+", "");
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
