package vn.cchc.read.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.cchc.read.office.FileFormatException.Reason;

/**
 * Says what a file is, by its content and not its name ({@link #detect}), and for a ZIP archive (DOCX,
 * XLSX) inflates every entry once within {@link FileLimits} before POI is given the file. Throws
 * {@link FileFormatException} for anything that is not a format {@link ReportFileReader} reads.
 */
final class FileCheck {
  /** POI's ZipSecureFile checks the ratio only for entries above this inflated size; so do we. */
  static final long RATIO_GRACE_BYTES = 100 * 1024;
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  private FileCheck() {}

  /**
   * The format of a file's content. A ZIP archive is inflated within the limits on the way.
   *
   * @param bytes the whole file
   * @param limits the limits
   * @return the format
   * @throws FileFormatException when the content is no format read here, encrypted, damaged or too large
   */
  static SourceFormat detect(byte[] bytes, FileLimits limits) throws FileFormatException {
    if (bytes.length == 0) {
      throw unsupported("empty");
    }
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return SourceFormat.PDF;
    }
    if (startsWith(bytes, OLE2)) {
      throw ole2(bytes);
    }
    if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
      return zip(bytes, limits);
    }
    if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
      throw unsupported("an RTF document; save it as DOCX");
    }
    String image = image(bytes);
    if (image != null) {
      throw unsupported("an image (" + image + "); cchc reads text, not scans");
    }
    if (hasNul(bytes)) {
      throw unsupported("a binary file of an unknown format");
    }
    // text, even in another encoding: the text reader places each malformed byte at its line and column
    return SourceFormat.TEXT;
  }

  private static SourceFormat zip(byte[] bytes, FileLimits limits) throws FileFormatException {
    Set<String> names = new HashSet<>();
    String mimetype = null;
    long total = 0;
    byte[] buf = new byte[16 * 1024];
    // commons-compress (POI reads with it too), not java.util.zip: the JDK's ZipInputStream misreads
    // the ZIP64 data descriptors that POI's own streaming writer (SXSSF) puts after small entries
    try (ZipArchiveInputStream zin = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
      ZipArchiveEntry e;
      while ((e = zin.getNextZipEntry()) != null) {
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
        long compressed = zin.getCompressedCount(); // the entry's size may be known only from a data descriptor
        if (size > RATIO_GRACE_BYTES && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
          throw tooLarge("the entry " + e.getName() + " inflates " + (size / Math.max(1, compressed))
              + " times (a zip bomb?); the limit is " + (long) (1 / limits.minInflateRatio()));
        }
        if (head != null) {
          mimetype = head.toString().trim();
        }
      }
    } catch (FileFormatException ex) {
      throw ex;
    } catch (IOException | IllegalArgumentException ex) {
      throw new FileFormatException(Reason.DAMAGED, "the file is a damaged or truncated ZIP archive (an office file?): "
          + ex.getMessage(), ex);
    }
    if (names.contains("word/document.xml")) {
      return SourceFormat.DOCX;
    }
    if (names.contains("xl/workbook.xml")) {
      return SourceFormat.XLSX;
    }
    if (names.contains("ppt/presentation.xml")) {
      throw unsupported("a PowerPoint presentation (PPTX)");
    }
    if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
      throw unsupported("an OpenDocument text (ODT); save it as DOCX");
    }
    if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
      throw unsupported("an OpenDocument spreadsheet (ODS); save it as XLSX");
    }
    if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument")) {
      throw unsupported("an OpenDocument file (" + mimetype + ")");
    }
    if (names.isEmpty()) {
      throw new FileFormatException(Reason.DAMAGED, "the file starts as a ZIP archive but holds no readable entry", null);
    }
    throw unsupported("a ZIP archive that is neither a DOCX (word/document.xml) nor an XLSX (xl/workbook.xml)");
  }

  private static FileFormatException ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return new FileFormatException(Reason.ENCRYPTED,
            "the file is an encrypted (password-protected) Office document; remove the password in Word or Excel and save it again",
            null);
      }
      if (root.hasEntry("WordDocument")) {
        return unsupported("a Word 97-2003 document (.doc); save it as DOCX");
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return unsupported("an Excel 97-2003 workbook (.xls)");
      }
      return unsupported("an OLE2 compound file that is not a Word document");
    } catch (IOException | RuntimeException ex) {
      return new FileFormatException(Reason.DAMAGED, "the file is a damaged OLE2 compound file (old Office format): "
          + ex.getMessage(), ex);
    }
  }

  /** The kind of a common image file, or null. */
  private static String image(byte[] b) {
    if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
      return "PNG";
    }
    if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "JPEG";
    }
    if (startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
      return "GIF";
    }
    if (startsWith(b, new byte[] {'I', 'I', 42, 0}) || startsWith(b, new byte[] {'M', 'M', 0, 42})) {
      return "TIFF";
    }
    return null;
  }

  /** True when the first 4 KiB hold a NUL byte, which no text in UTF-8 has (UTF-16 text has; it is not read). */
  private static boolean hasNul(byte[] bytes) {
    int len = Math.min(bytes.length, 4096);
    for (int i = 0; i < len; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
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

  static FileFormatException unsupported(String what) {
    return new FileFormatException(Reason.UNSUPPORTED_FORMAT, "not a report file cchc reads (text, DOCX, XLSX, PDF): "
        + "the file is " + what, null);
  }

  static FileFormatException tooLarge(String what) {
    return new FileFormatException(Reason.TOO_LARGE, "the file exceeds a limit: " + what, null);
  }
}
