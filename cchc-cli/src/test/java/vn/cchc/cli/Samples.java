package vn.cchc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportTextReader;

/** Report texts for the command tests, all made from the real sample report. */
final class Samples {
  /** The real report, byte for byte: it reads completely and has error findings. */
  static final Path SAMPLE = Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt");
  /** An appendix row whose code no indicator has: the lenient reader drops it, a read problem at error. */
  static final String UNKNOWN_ROW = "9.9.9.\tKhông có\tHồ sơ\t1\t";

  private Samples() {}

  /** {@return the sample's text} */
  static String sample() {
    try {
      return Files.readString(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the sample with its inconsistent figures and references put right: it has no error finding} */
  static String consistent() {
    return sample()
        .replace("Số hồ sơ TTHC giải quyết đúng hạn\tHồ sơ\t39", "Số hồ sơ TTHC giải quyết đúng hạn\tHồ sơ\t1.481")
        .replace("3/11 nhiệm vụ đạt 27,2%", "3/10 nhiệm vụ đạt 30%")
        .replace("1.154/1.221 hồ sơ đạt 92%", "1.154/1.221 hồ sơ đạt 94,5%")
        .replace("Kế hoạch số 33/QĐ-UBND", "Kế hoạch số 33/KH-UBND")
        .replace("Quyết định số 33/KH-UBND", "Kế hoạch số 33/KH-UBND");
  }

  /** {@return the text with {@link #UNKNOWN_ROW} as the appendix's last row} */
  static String withUnknownRow(String text) {
    return text + (text.endsWith("\n") ? "" : "\n") + UNKNOWN_ROW + "\n";
  }

  /**
   * {@return the one read problem the reader reports on the text, asserted to be at error} The tests build the
   * expected lines from it, so that they check the command's format, not the reader's wording.
   */
  static ReadProblem onlyProblem(String text) {
    List<ReadProblem> problems = ReportTextReader.of(Catalogues.bundled()).readTextLenient(text).problems();
    if (problems.size() != 1 || problems.get(0).severity() != ProblemSeverity.ERROR) {
      throw new AssertionError("expected one read problem at error, got " + problems);
    }
    return problems.get(0);
  }

  /** {@return "FILE:line:column: severity: message: «offending text»" as the commands print it} */
  static String line(Path file, ReadProblem p, String severity) {
    return file + ":" + p.location() + ": " + severity + ": " + p.message() + ": «" + p.offendingText() + "»";
  }

  /** {@return the text written to a file in dir} */
  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the 1-based line on which needle first occurs} */
  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + needle);
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
