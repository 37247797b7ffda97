package vn.cchc.render.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.ImmutableAppendixEntry;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.Report;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.RenderWarning;
import vn.cchc.render.testing.Render;
import vn.cchc.render.testing.Samples;

/**
 * Written XLSX and DOCX read with a streaming zip reader ({@link ZipInputStream}, every entry read to its
 * end, as tools that stream workbooks read them: each local header must agree with its data), with POI, and
 * with LibreOffice; and a text longer than an Excel cell holds is cut with a visible marker and a warning,
 * not a failure.
 */
class OfficePackagingTest {
  @TempDir
  Path tmp;

  /** {@return the names of the entries, each read fully by a streaming reader} */
  static List<String> streamEveryEntry(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[8192];
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        long n = 0;
        for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
          n += r;
        }
        assertThat(e.getSize() < 0 || e.getSize() == n).as(e.getName() + " size").isTrue();
        names.add(e.getName());
      }
    }
    return names;
  }

  /** The sample report with a note of {@code length} characters on its first appendix row. */
  static RenderInput withNote(int length) {
    RenderInput sample = Samples.input();
    Report r = sample.report();
    List<AppendixEntry> rows = new ArrayList<>(r.appendix());
    rows.set(0, ImmutableAppendixEntry.copyOf(rows.get(0)).withNote("Ghi chú rất dài ".repeat(length / 16 + 1).substring(0, length)));
    return RenderInput.builder().from(sample).report(ImmutableReport.copyOf(r).withAppendix(rows)).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void aStreamingZipReaderReadsEveryEntry(String format) throws IOException {
    byte[] bytes = Render.bytes(format, Samples.input(), RenderOptions.defaults());
    assertThat(streamEveryEntry(bytes)).contains("[Content_Types].xml")
        .contains(format.equals("xlsx") ? "xl/worksheets/sheet1.xml" : "word/document.xml");
  }

  @Test
  void aTextLongerThanAnExcelCellIsCutWithAMarkerAndAWarning() throws IOException {
    List<RenderWarning> warnings = new ArrayList<>();
    RenderOptions o = RenderOptions.builder().onWarning(warnings::add).build();
    byte[] bytes = Render.bytes("xlsx", withNote(100_000), o);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).format()).isEqualTo("xlsx");
    assertThat(warnings.get(0).place()).startsWith("'Phụ lục'!");
    assertThat(warnings.get(0).message()).contains("100000", "32767");
    streamEveryEntry(bytes);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      String note = null;
      for (Row row : wb.getSheet("Phụ lục")) {
        for (org.apache.poi.ss.usermodel.Cell c : row) {
          if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().startsWith("Ghi chú rất dài")) {
            note = c.getStringCellValue();
          }
        }
      }
      assertThat(note).hasSize(32_767).endsWith(RenderWarning.TRUNCATED_MARKER);
    }
    assertThat(Render.bytes("xlsx", withNote(32_767), RenderOptions.builder().onWarning(warnings::add).build())).isNotEmpty();
    assertThat(warnings).as("exactly at the limit: nothing cut").hasSize(1);
  }

  @Test
  void aLongNoteInWordIsKeptWhole() throws IOException {
    byte[] bytes = Render.bytes("docx", withNote(100_000), RenderOptions.defaults());
    streamEveryEntry(bytes);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertThat(doc.getTables()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void libreOfficeConvertsTheFileToPdf(String format) throws Exception {
    String soffice = soffice();
    assumeTrue(soffice != null, "soffice (LibreOffice) is not installed: the LibreOffice check is skipped");
    Path file = tmp.resolve("bc-45." + format);
    Files.write(file, Render.bytes(format, Samples.input(), RenderOptions.defaults()));
    Path profile = tmp.resolve("lo-profile");
    Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
        "--outdir", tmp.toString(), file.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("lo.log").toFile())
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    Path pdf = tmp.resolve("bc-45.pdf");
    assertThat(pdf).as(Files.readString(tmp.resolve("lo.log"))).exists();
    assertThat(Files.size(pdf)).isGreaterThan(1000);
  }

  static String soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }
}
