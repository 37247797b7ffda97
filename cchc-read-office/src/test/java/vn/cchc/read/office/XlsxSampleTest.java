package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.AppendixEntry;
import vn.cchc.model.ImmutableAppendixEntry;
import vn.cchc.model.ImmutableReport;
import vn.cchc.model.Report;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderers;

/**
 * The sample report with its appendix sent as a workbook ({@link SampleWorkbook}: shaped as Excel
 * writes it) reads, together with the sample's narrative as text, to the report the sample's text
 * reads to; a problem in a cell is placed at the cell; a caption of another report disagrees; the
 * project's own XLSX renderer's workbook reads back to the same figures.
 */
class XlsxSampleTest {
  private static final Catalogue CATALOGUE = Catalogues.bundled();
  private static final ReportFileReader READER = ReportFileReader.of(CATALOGUE);
  private static Report fromText;

  @TempDir
  Path tmp;

  @BeforeAll
  static void readTheSampleText() throws Exception {
    fromText = ReportTextReader.of(CATALOGUE).read(SampleHtml.SAMPLE);
  }

  private Path narrative() throws Exception {
    return Files.writeString(tmp.resolve("bao-cao.txt"), String.join("\n", SampleWorkbook.narrativeLines()) + "\n",
        StandardCharsets.UTF_8);
  }

  private Path workbook(List<String> appendixLines) throws Exception {
    return Files.write(tmp.resolve("phu-luc.xlsx"), SampleWorkbook.xlsx(appendixLines));
  }

  /**
   * The report with its appendix rows' source lines without the sample's {@code <i>} markup: in the
   * workbook those labels are in italics instead.
   */
  private static Report withoutMarkup(Report r) {
    List<AppendixEntry> entries = r.appendix().stream().map(e -> (AppendixEntry) ImmutableAppendixEntry.copyOf(e)
        .withSourceLine(e.sourceLine().replace("<i>", "").replace("</i>", ""))).collect(Collectors.toList());
    return ImmutableReport.copyOf(r).withAppendix(entries);
  }

  @Test
  void theSampleAppendixAsAWorkbookReadsToTheSampleReport() throws Exception {
    FileReadResult result = READER.readLenient(narrative(), workbook(SampleWorkbook.appendixLines()));

    assertThat(result.readResult().problems()).as(result.text()).isEmpty();
    Report r = result.readResult().report().orElseThrow();
    assertThat(LibreOfficeDocxTest.values(r)).hasSize(121).isEqualTo(LibreOfficeDocxTest.values(fromText))
        .containsEntry("1.1", "PERCENTAGE 30%").containsEntry("3.2.4", "PERCENTAGE 99,3")
        .containsEntry("3.2.4/denominator", "COUNT 1.492").containsEntry("3.2.4/numerator", "COUNT 1.482")
        .containsEntry("3.4.2/denominator", "COUNT 1.481").containsEntry("2.2", "NOT_APPLICABLE -")
        .containsEntry("7.5.2/part-2", "PERCENTAGE 0,2").containsEntry("3.2.1/numerator", "NOT_REPORTED ");
    // the same report, rows at the same lines and columns, each row's source line the sample's line
    assertThat(withoutMarkup(r)).isEqualTo(withoutMarkup(fromText));
    AppendixEntry row = r.appendix().stream().filter(e -> e.indicatorId().equals("3.2.4")).findFirst().orElseThrow();
    assertThat(row.sourceLine()).isEqualTo("3.2.4.\tTỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến\t%\t99,3\t");
    assertThat(result.origin(row.location())).hasValueSatisfying(o -> {
      assertThat(o.toString()).matches("phu-luc\\.xlsx, 'Phụ lục'!A\\d+");
      assertThat(o).isInstanceOfSatisfying(FileOrigin.InFile.class, f -> {
        assertThat(f.file()).isEqualTo("phu-luc.xlsx");
        assertThat(f.place()).isInstanceOfSatisfying(FileOrigin.Sheet.class, s -> {
          assertThat(s.sheet()).isEqualTo("Phụ lục");
          assertThat(s.column()).hasValue(1);
          assertThat(s.reference()).contains("A" + s.row());
        });
      });
    });
  }

  @Test
  void aBadValueIsPlacedAtItsCell() throws Exception {
    List<String> lines = new ArrayList<>(SampleWorkbook.appendixLines());
    int at = indexStarting(lines, "3.2.4.\t");
    lines.set(at, lines.get(at).replace("\t99,3\t", "\t99.3.1\t"));
    Path appendix = workbook(lines);

    FileReadResult result = READER.readLenient(narrative(), appendix);

    ReadProblem p = result.readResult().problems().stream().filter(x -> x.kind() == ProblemKind.UNREADABLE_VALUE)
        .findFirst().orElseThrow(() -> new AssertionError(result.readResult().problems()));
    assertThat(result.origin(p)).contains(new FileOrigin.InFile("phu-luc.xlsx", new FileOrigin.Sheet("Phụ lục", at + 1, 4)));
    assertThat(result.origin(p).orElseThrow()).hasToString("phu-luc.xlsx, 'Phụ lục'!D" + (at + 1));
    assertThatThrownBy(() -> READER.read(narrative(), appendix)).isInstanceOf(ReportReadException.class)
        .hasMessageContaining("phu-luc.xlsx, 'Phụ lục'!D" + (at + 1) + ": ");
  }

  @Test
  void aCaptionOfAnotherReportDisagreesAtItsCell() throws Exception {
    List<String> lines = new ArrayList<>(SampleWorkbook.appendixLines());
    int at = indexStarting(lines, "*(Kèm theo");
    lines.set(at, lines.get(at).replace("45/BC-UBND", "46/BC-UBND"));

    // the sample has no header of its own (its caption gives its metadata): the narrative here is a Word
    // report with the Nghị định 30 header, number 45/BC-UBND
    FileReadResult result = READER.readLenient(wordReport(), workbook(lines));

    assertThat(result.readResult().problems()).filteredOn(p -> p.kind() == ProblemKind.INVALID_METADATA).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_METADATA);
      assertThat(p.message()).contains("46/BC-UBND");
      assertThat(result.origin(p)).contains(new FileOrigin.InFile("phu-luc.xlsx", new FileOrigin.Sheet("Phụ lục", at + 1, 1)));
    });
  }

  @Test
  void aWrongIndicatorIdBesideItsRowIsAProblemInItsCell() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.find("xlsx").render(RenderInput.builder().report(fromText).catalogue(CATALOGUE).build(),
        RenderOptions.defaults(), out);
    byte[] changed;
    String cellRef;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Cell c = null;
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        for (Row row : sheet) {
          Cell a = row.getCell(0);
          Cell stt = row.getCell(1);
          if (a != null && stt != null && "3.2.4".equals(a.toString()) && stt.toString().startsWith("3.2.4")) {
            row.removeCell(a); // the renderer writes inline strings, which POI's setCellValue leaves in place
            c = row.createCell(0);
          }
        }
      }
      assertThat(c).as("the rendered row of 3.2.4").isNotNull();
      c.setCellValue("3.2.5");
      cellRef = c.getAddress().formatAsString();
      assertThat(c.getSheet().getSheetName()).isEqualTo("Phụ lục");
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      wb.write(o);
      changed = o.toByteArray();
    }
    FileReadResult back = READER.readLenient(wordReport(), Files.write(tmp.resolve("phu-luc.xlsx"), changed));
    assertThat(back.readResult().problems()).as(back.text()).filteredOn(p -> p.kind() == ProblemKind.LABEL_MISMATCH).singleElement()
        .satisfies(p -> {
          assertThat(p.message()).startsWith("the indicator id column says 3.2.5 but the row's STT and label are "
              + "indicator 3.2.4");
          assertThat(back.origin(p)).hasValueSatisfying(o -> assertThat(o.toString()).endsWith("!" + cellRef));
        });
  }

  @Test
  void theProjectsOwnXlsxReadsBackToTheSameFigures() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.find("xlsx").render(RenderInput.builder().report(fromText).catalogue(CATALOGUE).build(),
        RenderOptions.defaults(), out);
    Path rendered = Files.write(tmp.resolve("phu-luc.xlsx"), out.toByteArray());
    // POI's streaming writer (SXSSF) puts ZIP64 data descriptors after its entries: found all the same
    assertThat(READER.formatOf(rendered)).isEqualTo(SourceFormat.XLSX);

    // its first column, "Mã chỉ tiêu" (the indicator id), is checked against each row's STT and label
    FileReadResult back = READER.readLenient(wordReport(), rendered);

    Report r = back.readResult().report().orElseThrow(() -> new AssertionError(back.readResult().problems()));
    assertThat(back.readResult().problems()).filteredOn(p -> p.severity() != ProblemSeverity.INFO)
        .extracting(ReadProblem::kind).containsOnly(ProblemKind.EXTRA_COLUMN);
    assertThat(states(r)).hasSize(121).isEqualTo(states(fromText));
    assertThat(LibreOfficeDocxTest.values(r)).containsEntry("3.2.4/denominator", "COUNT 1.492")
        .containsEntry("2.2", "NOT_APPLICABLE -").containsEntry("3.2.1/numerator", "NOT_REPORTED ");
  }

  /** Each indicator's value state and number, whatever way it is written ("99,3" or "99,3%", "2" or "2 (3 cấp)"). */
  private static Map<String, String> states(Report r) {
    Map<String, String> m = new TreeMap<>();
    for (AppendixEntry e : r.appendix()) {
      String w = e.value().asWritten().replaceAll(" \\(.*\\)$", "");
      String n = w.matches("[\\d.,%]+") ? VietnameseNumber.parse(w).value().stripTrailingZeros().toPlainString() : w;
      m.put(e.indicatorId(), e.value().state() + " " + n);
    }
    return m;
  }

  /** A Word report with the Nghị định 30 header (45/BC-UBND, 12/03/2024) and no appendix. */
  private Path wordReport() throws Exception {
    List<String> blocks = WordShapedDocxTest.report("<w:t xml:space=\"preserve\">99,3</w:t>");
    return Files.write(tmp.resolve("bao-cao.docx"), WordShapedDocxTest.docx(blocks.subList(0, blocks.size() - 3)));
  }

  private static int indexStarting(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}
