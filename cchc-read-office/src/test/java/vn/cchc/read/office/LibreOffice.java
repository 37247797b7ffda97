package vn.cchc.read.office;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Converts files the tests write (HTML, flat ODT) into DOCX with LibreOffice, a writer other than this
 * project. A test that needs it calls {@link #require()}: without {@code soffice} it is skipped with a
 * reason that says how to install it, never passed silently.
 */
final class LibreOffice {
  private static final Optional<Path> SOFFICE = find();

  private LibreOffice() {}

  private static Optional<Path> find() {
    Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(s -> !s.isEmpty()).map(s -> Path.of(s, "soffice"));
    return Stream.concat(onPath, Stream.of(Path.of("/usr/lib/libreoffice/program/soffice"),
        Path.of("/usr/bin/soffice"), Path.of("/opt/libreoffice/program/soffice")))
        .filter(Files::isExecutable).findFirst();
  }

  /** Skips the calling test, with the reason, when LibreOffice is not installed. */
  static void require() {
    assumeTrue(SOFFICE.isPresent(), "LibreOffice (soffice) is not installed: this test reads files written by "
        + "LibreOffice. Install Debian's libreoffice-writer-nogui and libreoffice-calc-nogui (.ci/run does) to run it.");
  }

  /**
   * Converts a file to DOCX.
   *
   * @param input an .html, .odt or .fodt file
   * @return the DOCX bytes
   */
  static byte[] toDocx(Path input) throws IOException, InterruptedException {
    return convert(input, input.toString().endsWith(".html") ? "HTML (StarWriter)" : null, "docx:MS Word 2007 XML");
  }

  /**
   * Converts a file with LibreOffice, headless, in a profile of its own (runs in parallel do not lock
   * each other).
   *
   * @param input the file
   * @param inputFilter the import filter, e.g. "HTML (StarWriter)" (Writer, not Writer/Web, which cannot
   *     export DOCX) or "HTML (StarCalc)" for a workbook from HTML; null: LibreOffice chooses
   * @param target the target and export filter as {@code --convert-to} takes it, e.g.
   *     "docx:MS Word 2007 XML", "xlsx:Calc MS Excel 2007 XML", "pdf:writer_pdf_Export"
   * @return the converted file's bytes
   */
  static byte[] convert(Path input, String inputFilter, String target) throws IOException, InterruptedException {
    require();
    Path out = Files.createTempDirectory("cchc-lo-out");
    Path profile = Files.createTempDirectory("cchc-lo-profile");
    List<String> cmd = new java.util.ArrayList<>(List.of(SOFFICE.get().toString(),
        "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore"));
    if (inputFilter != null) {
      cmd.add("--infilter=" + inputFilter);
    }
    cmd.addAll(List.of("--convert-to", target, "--outdir", out.toString(), input.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("soffice did not finish in 180 s: " + log);
    }
    String ext = target.substring(0, target.indexOf(':') < 0 ? target.length() : target.indexOf(':'));
    Path converted = out.resolve(input.getFileName().toString().replaceFirst("\\.[^.]+$", "." + ext));
    if (p.exitValue() != 0 || !Files.exists(converted)) {
      throw new IOException("soffice failed (exit " + p.exitValue() + "): " + log);
    }
    return Files.readAllBytes(converted);
  }

  /** Writes text to a new temporary file with the given name and converts it. */
  static byte[] toDocx(String fileName, String content) throws IOException, InterruptedException {
    require();
    Path dir = Files.createTempDirectory("cchc-lo-in");
    Path in = dir.resolve(fileName);
    Files.writeString(in, content, StandardCharsets.UTF_8);
    return toDocx(in);
  }
}
