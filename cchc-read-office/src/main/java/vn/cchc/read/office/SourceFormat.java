package vn.cchc.read.office;

/**
 * The formats {@link ReportFileReader} reads, as found from a file's content (never its name).
 */
public enum SourceFormat {
  /** Report text (UTF-8), as pasted from Word, a web page or a PDF viewer. */
  TEXT("text"),
  /** A Word document (Office Open XML, .docx). */
  DOCX("DOCX"),
  /** An Excel workbook (Office Open XML, .xlsx), usually the appendix alone. */
  XLSX("XLSX"),
  /** A PDF document with a text layer. */
  PDF("PDF");

  private final String displayName;

  SourceFormat(String displayName) {
    this.displayName = displayName;
  }

  /** {@return the name people use for the format: "text", "DOCX", "XLSX", "PDF"} */
  public String displayName() {
    return displayName;
  }
}
