package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.quicktheories.core.Gen;

/**
 * {@link FileOrigin}: every number counted from 1 and every name non-empty, refused otherwise with the part
 * named; the English form as the readers always wrote it, the Vietnamese form with no English word left and
 * every number as it is (no thousands grouping); an Excel reference as POI writes it. Plus the one kind no
 * other test meets, a Word content control.
 */
class FileOriginTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  /** The English words of an origin: none may be left in the Vietnamese form. */
  private static final Pattern ENGLISH = Pattern.compile("\\b(paragraph|content|control|table|row|cell|page|line|column)\\b");

  private static Gen<Integer> counted() {
    return integers().between(1, 2_000_000);
  }

  private static Gen<Integer> notCounted() {
    return integers().between(Integer.MIN_VALUE, 0);
  }

  /** Sheet names as Excel allows them: 1 to 31 characters, Vietnamese letters, spaces and quotes among them. */
  private static Gen<String> sheetNames() {
    return strings().betweenCodePoints(0x20, 0x1EF9).ofLengthBetween(1, 31).map(s -> s.replaceAll("[\\[\\]:*?/\\\\]", "x"))
        .map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)).assuming(s -> !s.isEmpty()
            && s.codePoints().noneMatch(Character::isISOControl) && s.codePoints().allMatch(Character::isDefined));
  }

  @Test
  void everyNumberIsCountedFromOne() {
    List<IntFunction<FileOrigin>> withOneBad = List.of(
        FileOrigin.Paragraph::new, FileOrigin.ContentControl::new, FileOrigin.TextLine::new,
        n -> new FileOrigin.Table(n, 1), n -> new FileOrigin.Table(1, n), n -> new FileOrigin.Table(1, 1, n),
        n -> new FileOrigin.Sheet("Sheet1", n), n -> new FileOrigin.Sheet("Sheet1", 1, n),
        n -> new FileOrigin.Page(n, 1), n -> new FileOrigin.Page(1, n), n -> new FileOrigin.Page(1, 1, n));
    List<String> parts = List.of("paragraph", "content control", "line", "table", "row", "cell", "row", "column", "page",
        "line", "column");
    qt().forAll(notCounted(), integers().between(0, withOneBad.size() - 1)).checkAssert((n, k) ->
        assertThatThrownBy(() -> withOneBad.get(k).apply(n)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage(parts.get(k) + ": counted from 1, but " + n + " was given"));
  }

  @Test
  void namesAreNeverEmptyAndPartsNeverNull() {
    assertThatThrownBy(() -> new FileOrigin.Sheet("", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sheet: a sheet's name is never empty");
    assertThatThrownBy(() -> new FileOrigin.InFile("", new FileOrigin.Paragraph(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("file: a file's name is never empty");
    assertThatThrownBy(() -> new FileOrigin.InFile("a.docx", new FileOrigin.InFile("b.xlsx", new FileOrigin.Sheet("S", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("place: b.xlsx, S, row 1 already names its file");
    assertThatThrownBy(() -> new FileOrigin.Sheet(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("sheet");
    assertThatThrownBy(() -> new FileOrigin.Table(1, 1, (OptionalInt) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("cell");
    assertThatThrownBy(() -> new FileOrigin.InFile("a.docx", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("place");
    assertThatThrownBy(() -> new FileOrigin.Paragraph(1).describe(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @Test
  void wordAndPdfPlacesReadInEnglishAndVietnamese() {
    qt().forAll(counted(), counted(), counted()).checkAssert((a, b, c) -> {
      assertForms(new FileOrigin.Paragraph(a), "paragraph " + a, "đoạn " + a);
      assertForms(new FileOrigin.ContentControl(a), "content control " + a, "điều khiển nội dung " + a);
      assertForms(new FileOrigin.Table(a, b), "table " + a + ", row " + b, "bảng " + a + ", dòng " + b);
      assertForms(new FileOrigin.Table(a, b, c), "table " + a + ", row " + b + ", cell " + c,
          "bảng " + a + ", dòng " + b + ", ô " + c);
      assertForms(new FileOrigin.Page(a, b), "page " + a + ", line " + b, "trang " + a + ", dòng " + b);
      assertForms(new FileOrigin.Page(a, b, c), "page " + a + ", line " + b + ", column " + c,
          "trang " + a + ", dòng " + b + ", cột " + c);
      assertForms(new FileOrigin.TextLine(a), "line " + a, "dòng " + a);
      assertForms(new FileOrigin.InFile("bao-cao.docx", new FileOrigin.Table(a, b, c)),
          "bao-cao.docx, table " + a + ", row " + b + ", cell " + c, "bao-cao.docx, bảng " + a + ", dòng " + b + ", ô " + c);
    });
  }

  @Test
  void aSheetsCellIsNamedAsExcelNamesItInEveryLanguage() {
    qt().forAll(sheetNames(), integers().between(1, 1_048_576), integers().between(1, 16_384)).checkAssert((s, row, col) -> {
      String excel = new CellReference(s, row - 1, col - 1, false, false).formatAsString();
      FileOrigin.Sheet cell = new FileOrigin.Sheet(s, row, col);
      assertThat(cell.reference()).contains(excel.substring(excel.lastIndexOf('!') + 1));
      assertThat(cell).hasToString(excel);
      assertThat(cell.describe(VI)).isEqualTo(excel);
      String quoted = excel.substring(0, excel.lastIndexOf('!'));
      FileOrigin.Sheet wholeRow = new FileOrigin.Sheet(s, row);
      assertThat(wholeRow.reference()).isEmpty();
      assertForms(wholeRow, quoted + ", row " + row, quoted + ", dòng " + row);
    });
    assertThat(new FileOrigin.Sheet("Phụ lục", 17, 4)).hasToString("'Phụ lục'!D17");
    assertThat(new FileOrigin.Sheet("Sheet1", 17, 4)).hasToString("Sheet1!D17");
    assertThat(new FileOrigin.Sheet("Sheet1", 17).describe(VI)).isEqualTo("Sheet1, dòng 17");
  }

  @Test
  void theMessageGivesKeyAndArgumentsForAProgramsOwnWording() {
    FileOrigin o = new FileOrigin.InFile("phu-luc.xlsx", new FileOrigin.Table(3, 1481, 2));
    assertThat(o.message().key()).isEqualTo("origin.in-file");
    assertThat(o.message().jsonArguments(VI)).containsExactly("phu-luc.xlsx", "bảng 3, dòng 1481, ô 2");
    assertThat(new FileOrigin.Table(3, 1481, 2).message().arguments()).containsExactly("3", "1481", "2");
    assertThat(o.describe(Locale.FRENCH)).as("a language without a bundle: English").isEqualTo(o.toString());
  }

  @Test
  void aContentControlIsPlacedByItsNumber() throws Exception {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("BÁO CÁO");
      doc.getDocument().getBody().addNewSdt().set(CTSdtBlock.Factory.parse("<w:sdt "
          + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:sdtContent><w:p><w:r>"
          + "<w:t>Ngày ký: 12/03/2024</w:t></w:r></w:p></w:sdtContent></w:sdt>",
          new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null)));
      doc.write(out);
      docx = out.toByteArray();
    }
    DerivedText t = DocxText.derive(docx, FileLimits.defaults());
    SourceLine line = t.lines().stream().filter(l -> l.text().equals("Ngày ký: 12/03/2024")).findFirst()
        .orElseThrow(() -> new AssertionError(t.lines()));
    assertThat(line.origin()).isEqualTo(new FileOrigin.ContentControl(1));
    assertThat(t.lines().get(0).origin()).isEqualTo(new FileOrigin.Paragraph(1));
  }

  private static void assertForms(FileOrigin o, String english, String vietnamese) {
    assertThat(o).hasToString(english);
    assertThat(o.describe(Locale.ENGLISH)).isEqualTo(english);
    assertThat(o.describe(VI)).isEqualTo(vietnamese);
    if (!(o instanceof FileOrigin.Sheet)) { // a sheet's name is the user's own text, in any language
      assertThat(ENGLISH.matcher(o.describe(VI)).find()).as(o.describe(VI)).isFalse();
    }
  }
}
