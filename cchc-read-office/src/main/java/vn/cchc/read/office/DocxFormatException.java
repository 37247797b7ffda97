package vn.cchc.read.office;

import java.io.IOException;
import java.util.Objects;

/**
 * The input cannot be opened as a Word document: it is another format (a PDF, an Excel workbook, a
 * Word 97–2003 file), it is encrypted, it is damaged, or it exceeds a {@link DocxLimits limit}. The
 * message says which, in English, and names the format found when there is one; POI's own exception,
 * if any, is the cause. Problems in the report's <em>content</em> are not thrown as this exception:
 * they are {@link vn.cchc.model.text.ReadProblem}s.
 */
public final class DocxFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the input could not be opened. */
  public enum Reason {
    /** The input is a file of another format, named in the message (PDF, XLSX, DOC, ODT, text, …). */
    NOT_DOCX,
    /** The input is a password-protected (encrypted) Office file; decrypt it in Word first. */
    ENCRYPTED,
    /** The input looks like a DOCX but cannot be read: a truncated or damaged ZIP, broken XML. */
    DAMAGED,
    /** The input exceeds a limit of {@link DocxLimits}: its size, an entry's size, or its compression ratio. */
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
  public DocxFormatException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the input could not be opened} */
  public Reason reason() {
    return reason;
  }
}
