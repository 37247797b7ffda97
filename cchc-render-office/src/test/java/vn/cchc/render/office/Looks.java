package vn.cchc.render.office;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks at files the way people do: LibreOffice converts DOCX and XLSX to PDF (what a clerk prints), poppler's
 * {@code pdftotext} reads each page's text and {@code pdftoppm} renders the pages to images. A test that needs a
 * program calls {@link #require(String)}: without it the test is skipped with the reason and how to install it,
 * except under CI ({@code CI=true}), where {@code .ci/run} installs them and their absence is a failure.
 */
final class Looks {
  private Looks() {}

  static Optional<Path> program(String name) {
    return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(s -> !s.isEmpty()).map(s -> Path.of(s, name)), Stream.of(Path.of("/usr/bin", name)))
        .filter(Files::isExecutable).findFirst();
  }

  static Path require(String name) {
    Optional<Path> p = program(name);
    if (p.isEmpty()) {
      String msg = name + " is not installed: this test looks at the output as a person would. Install Debian's "
          + "libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils (.ci/run does) to run it.";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + msg);
      }
      assumeTrue(false, msg);
    }
    return p.get();
  }

  static String run(List<String> cmd, int seconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("timed out after " + seconds + " s: " + cmd);
    }
    String log = new String(out, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      fail("exit " + p.exitValue() + ": " + cmd + "\n" + log);
    }
    return log;
  }

  /**
   * Converts files to PDF with one LibreOffice run (headless, a profile of its own).
   *
   * @return the PDFs, in the order of the inputs
   */
  static List<Path> toPdf(Path dir, List<Path> inputs) throws IOException, InterruptedException {
    Path soffice = require("soffice");
    Path out = Files.createDirectories(dir.resolve("pdf"));
    List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
        "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString()));
    inputs.forEach(i -> cmd.add(i.toString()));
    String log = run(cmd, 300);
    List<Path> pdfs = new ArrayList<>();
    for (Path i : inputs) {
      Path pdf = out.resolve(i.getFileName().toString().replaceFirst("\\.[^.]+$", ".pdf"));
      if (!Files.exists(pdf)) {
        fail("LibreOffice did not convert " + i + ":\n" + log);
      }
      pdfs.add(pdf);
    }
    return pdfs;
  }

  /** The text of each page, as {@code pdftotext -layout} reads it. */
  static List<String> pages(Path pdf) throws IOException, InterruptedException {
    Path pdftotext = require("pdftotext");
    String all = run(List.of(pdftotext.toString(), "-layout", "-enc", "UTF-8", pdf.toString(), "-"), 60);
    List<String> pages = new ArrayList<>(List.of(all.split("\f", -1)));
    if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
      pages.remove(pages.size() - 1);
    }
    return pages;
  }

  /** Renders every page with {@code pdftoppm} at a low resolution; the PNG files, one per page, in order. */
  static List<Path> render(Path pdf, Path dir) throws IOException, InterruptedException {
    Path pdftoppm = require("pdftoppm");
    Path out = Files.createDirectories(dir.resolve("png-" + pdf.getFileName()));
    run(List.of(pdftoppm.toString(), "-r", "20", "-png", pdf.toString(), out.resolve("page").toString()), 120);
    try (Stream<Path> s = Files.list(out)) {
      return s.sorted().collect(Collectors.toList());
    }
  }

  /** The share of dark pixels of an image: ink on a white page. */
  static double ink(Path png) throws IOException {
    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 160) {
          dark++;
        }
      }
    }
    return dark / (double) (img.getWidth() * img.getHeight());
  }
}
