package vn.cchc.read.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.catalogue.Catalogues;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.read.office.FileFormatException.Reason;

/** Formats are found by content; what is not read is a {@link FileFormatException} that says what it is; limits hold. */
class FileFormatTest {
  private static final ReportFileReader READER = ReportFileReader.of(Catalogues.bundled());

  static FileFormatException refused(byte[] bytes) {
    try {
      READER.readLenient(new ByteArrayInputStream(bytes));
    } catch (FileFormatException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected a FileFormatException", e);
    }
    throw new AssertionError("the input was read");
  }

  static byte[] docx() throws Exception {
    return WordShapedDocxTest.docx(WordShapedDocxTest.report("<w:t xml:space=\"preserve\">99,3</w:t>"));
  }

  @Test
  void theFormatIsFoundByContentNotByName(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
      wb.write(out);
    }
    Path xlsxNamedDocx = Files.write(dir.resolve("bao-cao.docx"), out.toByteArray());
    Path docxNamedTxt = Files.write(dir.resolve("bao-cao.txt"), docx());
    Path textNamedPdf = Files.write(dir.resolve("bao-cao.pdf"),
        "BÁO CÁO\n".getBytes(StandardCharsets.UTF_8));
    Path pdfNamedXlsx = Files.write(dir.resolve("phu-luc.xlsx"),
        "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(READER.formatOf(xlsxNamedDocx)).isEqualTo(SourceFormat.XLSX);
    assertThat(READER.formatOf(docxNamedTxt)).isEqualTo(SourceFormat.DOCX);
    assertThat(READER.formatOf(textNamedPdf)).isEqualTo(SourceFormat.TEXT);
    assertThat(READER.formatOf(pdfNamedXlsx)).isEqualTo(SourceFormat.PDF);
    assertThat(READER.readLenient(docxNamedTxt).format()).isEqualTo(SourceFormat.DOCX);
  }

  /**
   * A text file's {@code text()} is its bytes as UTF-8 — the sample, a BOM, a malformed byte — the same from the
   * bytes, a path or a stream, asked once or twice, and not changed by what the caller does to its array after the
   * read (the text is decoded when first asked for).
   */
  @Test
  void aTextFilesTextIsItsBytesDecodedWhateverTheCallerDoesAfterwards(@TempDir Path dir) throws Exception {
    byte[] sample = Files.readAllBytes(Path.of("..", "docs", "samples", "bc-45-ubnd-dinh-ca-2024-q1.txt"));
    byte[] bom = ("\uFEFF" + new String(sample, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    byte[] malformed = Arrays.copyOf(sample, sample.length);
    malformed[40] = (byte) 0xC3; // a lead byte with no continuation: U+FFFD in the decoded text
    malformed[41] = 'x';
    for (byte[] bytes : List.of(sample, bom, malformed)) {
      String expected = new String(bytes, StandardCharsets.UTF_8);
      byte[] mine = bytes.clone();
      FileReadResult fromBytes = READER.readLenient(mine);
      Arrays.fill(mine, (byte) 'z');
      assertThat(fromBytes.format()).isEqualTo(SourceFormat.TEXT);
      assertThat(fromBytes.text()).isEqualTo(expected).isSameAs(fromBytes.text());
      Path f = dir.resolve("r.txt");
      Files.write(f, bytes);
      assertThat(READER.readLenient(f).text()).isEqualTo(expected);
      assertThat(READER.readLenient(new ByteArrayInputStream(bytes)).text()).isEqualTo(expected);
      assertThat(READER.readLenient(f).readResult()).isEqualTo(fromBytes.readResult());
    }
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
    FileFormatException e = refused(out.toByteArray());
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e).hasMessageContaining("encrypted (password-protected)");
  }

  @Test
  void aTruncatedDocxIsDamaged() throws Exception {
    byte[] whole = docx();
    FileFormatException e = refused(Arrays.copyOf(whole, whole.length / 2));
    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    assertThat(e.getMessage()).startsWith("the ");
  }

  @Test
  void brokenXmlInsideIsDamagedWithPoisExplanationAsTheCause() throws Exception {
    byte[] bytes = zip(List.of("[Content_Types].xml", "word/document.xml"), List.of("<Types", "<w:document"));
    FileFormatException e = refused(bytes);
    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    assertThat(e).hasMessageStartingWith("the DOCX cannot be read, its content is damaged: ");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void anOdtAnOldWordFileAnImageAndAnEmptyFileAreNamed() throws Exception {
    assertThat(refused(zip(List.of("mimetype", "content.xml"), List.of("application/vnd.oasis.opendocument.text", "<x/>"))))
        .hasMessageContaining("OpenDocument text (ODT)");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }
    assertThat(refused(out.toByteArray())).hasMessageContaining("Word 97-2003 document (.doc)");
    assertThat(refused(new byte[0])).hasMessage("not a report file cchc reads (text, DOCX, XLSX, PDF): the file is empty");
    assertThat(refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})).hasMessageContaining("an image (PNG)")
        .extracting(e -> ((FileFormatException) e).reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
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
    FileFormatException e = refused(out.toByteArray());
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e).hasMessageContaining("word/document.xml inflates").hasMessageContaining("zip bomb");
  }

  @Test
  void theLimitsAreKept() throws Exception {
    byte[] docx = docx();
    FileLimits d = FileLimits.defaults();
    ReportFileReader small = READER.withLimits(new FileLimits(docx.length - 1, d.maxEntryBytes(), d.maxTotalBytes(),
        d.maxEntries(), d.minInflateRatio(), d.maxBlocks(), d.maxPages()));
    assertThatThrownBy(() -> small.readLenient(new ByteArrayInputStream(docx))).isInstanceOf(FileFormatException.class)
        .hasMessageContaining("larger than " + (docx.length - 1) + " bytes");

    ReportFileReader few = READER.withLimits(new FileLimits(d.maxInputBytes(), d.maxEntryBytes(), d.maxTotalBytes(),
        d.maxEntries(), d.minInflateRatio(), 10, d.maxPages()));
    FileReadResult result = few.readLenient(new ByteArrayInputStream(docx));
    assertThat(result.readResult().report()).isEmpty();
    assertThat(result.readResult().problems()).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE));
    assertThat(READER.readLenient(new ByteArrayInputStream(docx)).readResult().isComplete()).isTrue();
    assertThatThrownBy(() -> new FileLimits(1, 1, 1, 1, 1.0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
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
