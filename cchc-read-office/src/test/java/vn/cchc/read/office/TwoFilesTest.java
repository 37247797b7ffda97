package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.model.text.ReportReadException;
import vn.cchc.model.text.ReportTextReader;

/**
 * A report and its appendix sent as two files read as one report; what both state must agree; every
 * origin names its file. The narrative is a Word document shaped as Word writes it, the appendix text.
 */
class TwoFilesTest {
  private static final ReportFileReader READER = ReportFileReader.of(Catalogues.bundled());

  @TempDir
  Path tmp;

  /** The Word-shaped report without its appendix (its last three blocks), and that appendix as text. */
  private Path narrative() throws Exception {
    List<String> blocks = WordShapedDocxTest.report("<w:t xml:space=\"preserve\">99,3</w:t>");
    return Files.write(tmp.resolve("bao-cao.docx"), WordShapedDocxTest.docx(blocks.subList(0, blocks.size() - 3)));
  }

  private Path appendix(String caption, String value) throws Exception {
    String text = "PHỤ LỤC\n" + caption + "\n\nSTT\tCác chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú\n"
        + "3.2.4.\tTỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến\t%\t" + value + "\t\n"
        + "Trong đó\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t1.492\t\n"
        + "\tSố hồ sơ TTHC đã tiếp nhận trực tuyến\tHồ sơ\t1.482\t\n";
    return Files.writeString(tmp.resolve("phu-luc.txt"), text, StandardCharsets.UTF_8);
  }

  private static final String CAPTION = "(Kèm theo Báo cáo số 45/BC-UBND ngày 12/03/2024 của UBND thị trấn Đình Cả)";

  @Test
  void twoFilesReadAsTheReportInOneFile() throws Exception {
    FileReadResult two = READER.readLenient(narrative(), appendix(CAPTION, "99,3"));
    Report one = READER.read(new java.io.ByteArrayInputStream(WordShapedDocxTest.docx(
        WordShapedDocxTest.report("<w:t xml:space=\"preserve\">99,3</w:t>"))));

    assertThat(two.readResult().problems()).as(two.text()).isEmpty();
    assertThat(two.format()).isEqualTo(SourceFormat.DOCX);
    Report read = two.readResult().report().orElseThrow();
    // the same report but for where things are: the appendix lines are others than the Word table's
    assertThat(LibreOfficeDocxTest.values(read)).isEqualTo(LibreOfficeDocxTest.values(one)).hasSize(3);
    assertThat(LibreOfficeDocxTest.tree(read.sections())).isEqualTo(LibreOfficeDocxTest.tree(one.sections()));
    assertThat(List.of(read.number(), read.issueDate(), read.issuer(), read.title(), read.period(), read.signer()))
        .isEqualTo(List.of(one.number(), one.issueDate(), one.issuer(), one.title(), one.period(), one.signer()));
    assertThat(READER.read(narrative(), appendix(CAPTION, "99,3"))).isEqualTo(read);
  }

  @Test
  void eachOriginNamesItsFile() throws Exception {
    FileReadResult two = READER.readLenient(narrative(), appendix(CAPTION, "99.3.1"));

    ReadProblem bad = two.readResult().problems().stream().filter(p -> p.kind() == ProblemKind.UNREADABLE_VALUE)
        .findFirst().orElseThrow(() -> new AssertionError(two.readResult().problems()));
    assertThat(two.origin(bad)).contains(new FileOrigin.InFile("phu-luc.txt", new FileOrigin.TextLine(5)));
    assertThat(two.origin(bad).orElseThrow()).hasToString("phu-luc.txt, line 5");
    assertThat(two.origin(bad).orElseThrow().describe(java.util.Locale.forLanguageTag("vi"))).isEqualTo("phu-luc.txt, dòng 5");
    int title = two.text().lines().toList().indexOf("BÁO CÁO") + 1;
    assertThat(two.origin(vn.cchc.model.SourceLocation.of(title, 1))).hasValueSatisfying(o -> {
      assertThat(o).isInstanceOfSatisfying(FileOrigin.InFile.class, f -> assertThat(f.place()).isInstanceOf(FileOrigin.Paragraph.class));
      assertThat(o.toString()).startsWith("bao-cao.docx, paragraph ");
    });
    assertThatThrownBy(() -> READER.read(narrative(), appendix(CAPTION, "99.3.1")))
        .isInstanceOf(ReportReadException.class).hasMessageContaining("phu-luc.txt, line 5: ");
  }

  @Test
  void anAppendixOfAnotherReportDisagreesAtItsCaption() throws Exception {
    FileReadResult two = READER.readLenient(narrative(), appendix(CAPTION.replace("12/03/2024", "12/06/2024"), "99,3"));

    assertThat(two.readResult().problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_METADATA);
      assertThat(p.message()).contains("the appendix caption gives the date as 2024-06-12");
      assertThat(two.origin(p)).contains(new FileOrigin.InFile("phu-luc.txt", new FileOrigin.TextLine(2)));
    });
  }

  @Test
  void aFileThatCannotBeReadIsNamed() throws Exception {
    Path png = Files.write(tmp.resolve("phu-luc.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
    assertThatThrownBy(() -> READER.readLenient(narrative(), png)).isInstanceOf(FileFormatException.class)
        .hasMessageStartingWith("phu-luc.png: not a report file cchc reads");
  }

  @Test
  void malformedUtf8InATextPartIsAProblemAtItsLineAndColumn() throws Exception {
    byte[] text = Files.readAllBytes(appendix(CAPTION, "99,3"));
    byte[] bad = new String(text, StandardCharsets.UTF_8).replace("Hồ sơ\t1.492", "Hồ sơ\t1.4#2")
        .getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bad, (byte) '#');
    bad[at] = (byte) 0xFF;
    Path file = Files.write(tmp.resolve("phu-luc.txt"), bad);

    FileReadResult two = READER.readLenient(narrative(), file);
    ReadProblem p = two.readResult().problems().stream().filter(x -> x.kind() == ProblemKind.MALFORMED_ENCODING)
        .findFirst().orElseThrow(() -> new AssertionError(two.readResult().problems()));
    assertThat(two.origin(p)).contains(new FileOrigin.InFile("phu-luc.txt", new FileOrigin.TextLine(6)));
    String line = two.text().lines().toList().get(p.location().line() - 1);
    assertThat(line.codePointAt(line.offsetByCodePoints(0, p.location().column() - 1))).isEqualTo(0xFFFD);
    // the same text read alone by the text reader places the same byte at the same line and column
    ReadProblem alone = ReportTextReader.of(Catalogues.bundled()).readLenient(bad).problems().stream()
        .filter(x -> x.kind() == ProblemKind.MALFORMED_ENCODING).findFirst().orElseThrow();
    assertThat(alone.location().column()).isEqualTo(p.location().column());
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
