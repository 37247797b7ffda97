package vn.cchc.read.office;

import java.io.IOException;
import java.util.Objects;

/**
 * The input cannot be opened as a report file: it is a format {@link ReportFileReader} does not read
 * (a Word 97–2003 file, an ODT, an image), or not the format asked for (a PDF where an appendix
 * workbook was expected), it is encrypted, it is damaged, it is a scanned PDF without a text layer,
 * or it exceeds a {@link FileLimits limit}. The message says which, in English, and names the format
 * found when there is one; the library's own exception (Apache POI's, PDFBox's), if any, is the cause.
 * Problems in the report's <em>content</em> are not thrown as this exception: they are
 * {@link vn.cchc.model.text.ReadProblem}s.
 */
public final class FileFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the input could not be opened. */
  public enum Reason {
    /**
     * The input is of a format that is not read here, or not the one asked for, named in the message
     * (DOC, XLS, ODT, RTF, an image, …).
     */
    UNSUPPORTED_FORMAT,
    /** The input is a password-protected (encrypted) Office file or PDF; remove the password first. */
    ENCRYPTED,
    /** The input looks like a supported format but cannot be read: a truncated or damaged ZIP, broken XML or PDF. */
    DAMAGED,
    /** The input is a PDF without a text layer (a scan): there is no text to read, and cchc does no OCR. */
    NO_TEXT_LAYER,
    /** The input exceeds a limit of {@link FileLimits}: its size, an entry's size, or its compression ratio. */
    TOO_LARGE
  }

  /** Why the input could not be opened. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the input could not be opened
   * @param message what was found, in English
   * @param cause the underlying exception, or {@code null}
   */
  public FileFormatException(Reason reason, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the input could not be opened} */
  public Reason reason() {
    return reason;
  }
}
