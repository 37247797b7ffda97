package vn.cchc.model.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.cchc.model.catalogue.Catalogues;

/** The real report, from the repository copy (docs/samples), and a reader on the bundled catalogue. */
final class Fixture {
  static final Path PATH = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  static final ReportTextReader READER = ReportTextReader.of(Catalogues.bundled());
  private static final byte[] BYTES = load();

  private Fixture() {}

  static byte[] bytes() {
    return BYTES.clone();
  }

  static String text() {
    return new String(BYTES, StandardCharsets.UTF_8);
  }

  private static byte[] load() {
    try {
      return Files.readAllBytes(PATH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
