package vn.cchc.read.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.cchc.read.office.DocxFormatException.Reason;

/**
 * Says what a file is, by its content and not its name, and inflates every ZIP entry once within
 * {@link DocxLimits} before POI is given the file. Throws {@link DocxFormatException} for anything
 * that is not a readable DOCX.
 */
final class FileCheck {
  /** POI's ZipSecureFile checks the ratio only for entries above this inflated size; so do we. */
  static final long RATIO_GRACE_BYTES = 100 * 1024;
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  private FileCheck() {}

  static void check(byte[] bytes, DocxLimits limits) throws DocxFormatException {
    if (bytes.length == 0) {
      throw notDocx("an empty file");
    }
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      throw notDocx("a PDF document");
    }
    if (startsWith(bytes, OLE2)) {
      throw ole2(bytes);
    }
    if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
      zip(bytes, limits);
      return;
    }
    if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
      throw notDocx("an RTF document");
    }
    if (isUtf8Text(bytes)) {
      throw notDocx("a text file (read report text with ReportTextReader)");
    }
    throw notDocx("a file of an unknown format");
  }

  private static void zip(byte[] bytes, DocxLimits limits) throws DocxFormatException {
    Set<String> names = new HashSet<>();
    String mimetype = null;
    long total = 0;
    byte[] buf = new byte[16 * 1024];
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        if (names.size() >= limits.maxEntries()) {
          throw tooLarge("more than " + limits.maxEntries() + " ZIP entries");
        }
        names.add(e.getName());
        long size = 0;
        StringBuilder head = e.getName().equals("mimetype") ? new StringBuilder() : null;
        int n;
        while ((n = zin.read(buf)) > 0) {
          size += n;
          total += n;
          if (size > limits.maxEntryBytes()) {
            throw tooLarge("the entry " + e.getName() + " inflates to more than " + limits.maxEntryBytes() + " bytes");
          }
          if (total > limits.maxTotalBytes()) {
            throw tooLarge("the entries inflate to more than " + limits.maxTotalBytes() + " bytes in all");
          }
          if (head != null && head.length() < 100) {
            head.append(new String(buf, 0, Math.min(n, 100), StandardCharsets.US_ASCII));
          }
        }
        long compressed = e.getCompressedSize();
        if (size > RATIO_GRACE_BYTES && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
          throw tooLarge("the entry " + e.getName() + " inflates " + (size / Math.max(1, compressed))
              + " times (a zip bomb?); the limit is " + (long) (1 / limits.minInflateRatio()));
        }
        if (head != null) {
          mimetype = head.toString().trim();
        }
      }
    } catch (DocxFormatException ex) {
      throw ex;
    } catch (IOException | IllegalArgumentException ex) {
      throw new DocxFormatException(Reason.DAMAGED, "the file is a damaged or truncated ZIP archive, not a readable DOCX: "
          + ex.getMessage(), ex);
    }
    if (names.contains("word/document.xml")) {
      return;
    }
    if (names.contains("xl/workbook.xml")) {
      throw notDocx("an Excel workbook (XLSX)");
    }
    if (names.contains("ppt/presentation.xml")) {
      throw notDocx("a PowerPoint presentation (PPTX)");
    }
    if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
      throw notDocx("an OpenDocument text (ODT); save it as DOCX");
    }
    if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument")) {
      throw notDocx("an OpenDocument file (" + mimetype + ")");
    }
    if (names.isEmpty()) {
      throw new DocxFormatException(Reason.DAMAGED, "the file starts as a ZIP archive but holds no readable entry", null);
    }
    throw notDocx("a ZIP archive without word/document.xml");
  }

  private static DocxFormatException ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return new DocxFormatException(Reason.ENCRYPTED,
            "the file is an encrypted (password-protected) Office document; remove the password in Word and save it again",
            null);
      }
      if (root.hasEntry("WordDocument")) {
        return notDocx("a Word 97-2003 document (.doc); save it as DOCX");
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return notDocx("an Excel 97-2003 workbook (.xls)");
      }
      return notDocx("an OLE2 compound file that is not a Word document");
    } catch (IOException | RuntimeException ex) {
      return new DocxFormatException(Reason.DAMAGED, "the file is a damaged OLE2 compound file (old Office format): "
          + ex.getMessage(), ex);
    }
  }

  /** True when the first 4 KiB are well-formed UTF-8 without control characters other than white space. */
  private static boolean isUtf8Text(byte[] bytes) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int len = Math.min(bytes.length, 4096);
    CharBuffer out = CharBuffer.allocate(len);
    // endOfInput is true only when the whole file was taken, so a character cut at 4 KiB is no error
    CoderResult r = dec.decode(ByteBuffer.wrap(bytes, 0, len), out, len == bytes.length);
    if (r.isError()) {
      return false;
    }
    out.flip();
    return out.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static DocxFormatException notDocx(String what) {
    return new DocxFormatException(Reason.NOT_DOCX, "not a Word document (DOCX): the file is " + what, null);
  }

  static DocxFormatException tooLarge(String what) {
    return new DocxFormatException(Reason.TOO_LARGE, "the DOCX exceeds a limit: " + what, null);
  }
}
