package vn.cchc.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ReadResult;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.read.office.FileReadResult;
import vn.cchc.read.office.ReportFileReader;

/**
 * Reading a Word report with {@link ReportFileReader}, against its two floors measured in the same run:
 * Apache POI opening the same document (no cchc code), and the text reader reading the text the
 * document becomes. The document is the bundled real report written with POI's own API (not cchc's
 * renderer): its paragraphs as paragraphs, its appendix as a Word table; {@code copies} repeats the
 * narrative's body paragraphs that many times, so that {@code copies = 1} is the real report, twenty printed pages, and {@code copies = 4} a longer one
 * (docs/benchmarks.md says how the pages were counted). Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileReaderBenchmark {
  /** How many times the narrative's body paragraphs are written. */
  @Param({"1", "4"})
  public int copies;

  ReportFileReader reader;
  ReportTextReader textReader;
  byte[] docx;
  String derivedText;

  /** Builds the document and the readers. */
  @Setup
  public void setup() throws IOException {
    // POI logs through Log4j's API; without a provider Log4j prints a complaint (the CLI sets the same)
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    reader = ReportFileReader.of(Catalogues.bundled());
    textReader = ReportTextReader.of(Catalogues.bundled());
    String sample;
    try {
      sample = Files.readString(Path.of("docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks from the repository root", e);
    }
    docx = docx(sample, copies);
    FileReadResult read = reader.readLenient(docx);
    if (read.readResult().report().isEmpty()) {
      throw new IllegalStateException("the benchmark's document does not read: " + read.readResult().problems());
    }
    derivedText = read.text();
  }

  /**
   * Reads the document leniently: format check, ZIP limits, POI, the text, the text reader.
   *
   * @return the result
   */
  @Benchmark
  public FileReadResult readDocx() throws IOException {
    return reader.readLenient(docx);
  }

  /**
   * Floor 1: POI parses the same document (every part), and nothing else.
   *
   * @return the number of body elements, so the parse is not optimised away
   */
  @Benchmark
  public int poiOpenOnly() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return doc.getBodyElements().size();
    }
  }

  /**
   * Floor 2: the text reader on the text the document becomes.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult readDerivedText() {
    return textReader.readTextLenient(derivedText);
  }

  /**
   * The sample as a Word document: lines with a tab become rows of a table, the others paragraphs;
   * the body paragraphs of sections I–IV (those longer than 200 characters) written {@code copies} times.
   */
  static byte[] docx(String text, int copies) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<String[]> rows = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        if (line.indexOf('\t') >= 0) {
          rows.add(line.split("\t", -1));
          continue;
        }
        table(doc, rows);
        int times = line.length() > 200 ? copies : 1;
        for (int i = 0; i < times; i++) {
          doc.createParagraph().createRun().setText(line);
        }
      }
      table(doc, rows);
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void table(XWPFDocument doc, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
    XWPFTable t = doc.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = t.getRow(r);
      String[] cells = rows.get(r);
      for (int c = 0; c < columns; c++) {
        row.getCell(c).setText(c < cells.length ? cells[c] : "");
      }
    }
    rows.clear();
  }
}
