package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.read.office.DocxFormatException.Reason;

/** What is not a readable DOCX is a {@link DocxFormatException} that says what it is; limits hold. */
class FileFormatTest {
  private static final DocxReportReader READER = DocxReportReader.of(Catalogues.bundled());

  static DocxFormatException refused(byte[] bytes) {
    try {
      READER.readLenient(new ByteArrayInputStream(bytes));
    } catch (DocxFormatException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected a DocxFormatException", e);
    }
    throw new AssertionError("the input was read");
  }

  static byte[] docx() throws Exception {
    return WordShapedDocxTest.docx(WordShapedDocxTest.report("<w:t xml:space=\"preserve\">99,3</w:t>"));
  }

  @Test
  void aPdfIsNamed() {
    DocxFormatException e = refused("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(e.reason()).isEqualTo(Reason.NOT_DOCX);
    assertThat(e).hasMessage("not a Word document (DOCX): the file is a PDF document");
  }

  @Test
  void anExcelWorkbookIsNamed() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
      wb.write(out);
    }
    DocxFormatException e = refused(out.toByteArray());
    assertThat(e.reason()).isEqualTo(Reason.NOT_DOCX);
    assertThat(e).hasMessageContaining("an Excel workbook (XLSX)");
  }

  @Test
  void anEncryptedDocumentSaysSo() throws Exception {
    byte[] plain = docx();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("mật khẩu");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      fs.writeFilesystem(out);
    }
    DocxFormatException e = refused(out.toByteArray());
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e).hasMessageContaining("encrypted (password-protected)");
  }

  @Test
  void aTruncatedDocxIsDamaged() throws Exception {
    byte[] whole = docx();
    DocxFormatException e = refused(Arrays.copyOf(whole, whole.length / 2));
    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    assertThat(e.getMessage()).startsWith("the ");
  }

  @Test
  void brokenXmlInsideIsDamagedWithPoisExplanationAsTheCause() throws Exception {
    byte[] bytes = zip(List.of("[Content_Types].xml", "word/document.xml"), List.of("<Types", "<w:document"));
    DocxFormatException e = refused(bytes);
    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    assertThat(e).hasMessageStartingWith("the DOCX cannot be read, its content is damaged: ");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void textAnOdtAndAnOldWordFileAreNamed() throws Exception {
    assertThat(refused("BÁO CÁO\nKết quả…\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("a text file");
    assertThat(refused(zip(List.of("mimetype", "content.xml"), List.of("application/vnd.oasis.opendocument.text", "<x/>"))))
        .hasMessageContaining("OpenDocument text (ODT)");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }
    assertThat(refused(out.toByteArray())).hasMessageContaining("Word 97-2003 document (.doc)");
    assertThat(refused(new byte[0])).hasMessageContaining("an empty file");
  }

  @Test
  void aZipBombIsRefusedBeforePoiSeesIt() throws Exception {
    byte[] zeros = new byte[4 << 20]; // 4 MiB of zeros deflate about 1000 times
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(zeros);
      z.closeEntry();
    }
    DocxFormatException e = refused(out.toByteArray());
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e).hasMessageContaining("word/document.xml inflates").hasMessageContaining("zip bomb");
  }

  @Test
  void theLimitsAreKept() throws Exception {
    byte[] docx = docx();
    DocxLimits d = DocxLimits.defaults();
    DocxReportReader small = READER.withLimits(new DocxLimits(docx.length - 1, d.maxEntryBytes(), d.maxTotalBytes(),
        d.maxEntries(), d.minInflateRatio(), d.maxBlocks()));
    assertThatThrownBy(() -> small.readLenient(new ByteArrayInputStream(docx))).isInstanceOf(DocxFormatException.class)
        .hasMessageContaining("larger than " + (docx.length - 1) + " bytes");

    DocxReportReader few = READER.withLimits(new DocxLimits(d.maxInputBytes(), d.maxEntryBytes(), d.maxTotalBytes(),
        d.maxEntries(), d.minInflateRatio(), 10));
    DocxReadResult result = few.readLenient(new ByteArrayInputStream(docx));
    assertThat(result.readResult().report()).isEmpty();
    assertThat(result.readResult().problems()).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE));
    assertThat(READER.readLenient(new ByteArrayInputStream(docx)).readResult().isComplete()).isTrue();
    assertThatThrownBy(() -> new DocxLimits(1, 1, 1, 1, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] zip(List<String> names, List<String> contents) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        z.putNextEntry(new ZipEntry(names.get(i)));
        z.write(contents.get(i).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
