package vn.cchc.read.office;

/**
 * The bounds a {@link ReportFileReader} keeps to, so that a hostile or broken file cannot exhaust
 * memory or time.
 *
 * <p>A file larger than {@link #maxInputBytes} is not read. DOCX and XLSX files are ZIP archives;
 * before Apache POI parses one, the reader inflates each entry once, counting, and refuses the file
 * ({@link FileFormatException.Reason#TOO_LARGE}) when an entry inflates to more than
 * {@link #maxEntryBytes}, all entries together to more than {@link #maxTotalBytes}, there are more
 * than {@link #maxEntries} entries, or an entry larger than 100 KiB inflates more than
 * 1 / {@link #minInflateRatio} times (a "zip bomb"; the same rule as POI's {@code ZipSecureFile}).
 * POI's own {@code ZipSecureFile} settings are JVM-wide and are left as the application set them; they
 * apply in addition. XML entity expansion is off in POI's parsers (its default) and is not turned on.
 * A PDF with more than {@link #maxPages} pages is refused. A file that yields more than
 * {@link #maxBlocks} blocks (DOCX paragraphs and table cells, XLSX cells, PDF text lines) is read no
 * further: an {@link vn.cchc.model.text.ProblemKind#INPUT_TOO_LARGE} problem, as for text.
 *
 * @param maxInputBytes the largest file read, in bytes
 * @param maxEntryBytes the largest inflated size of one ZIP entry, in bytes
 * @param maxTotalBytes the largest inflated size of all entries together, in bytes
 * @param maxEntries the most ZIP entries
 * @param minInflateRatio the smallest compressed-to-inflated size ratio of an entry over 100 KiB
 * @param maxBlocks the most paragraphs, table cells, sheet cells or PDF text lines read
 * @param maxPages the most pages of a PDF
 */
public record FileLimits(long maxInputBytes, long maxEntryBytes, long maxTotalBytes, int maxEntries,
    double minInflateRatio, int maxBlocks, int maxPages) {

  /**
   * Checks the limits.
   *
   * @param maxInputBytes the largest file read, in bytes; positive
   * @param maxEntryBytes the largest inflated size of one ZIP entry, in bytes; positive
   * @param maxTotalBytes the largest inflated size of all entries together, in bytes; positive
   * @param maxEntries the most ZIP entries; positive
   * @param minInflateRatio the smallest compressed-to-inflated size ratio; from 0 (no check) to below 1
   * @param maxBlocks the most paragraphs, table cells, sheet cells or PDF text lines read; positive
   * @param maxPages the most pages of a PDF; positive
   */
  public FileLimits {
    if (maxInputBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxBlocks <= 0
        || maxPages <= 0) {
      throw new IllegalArgumentException("every file limit must be positive: " + maxInputBytes + ", " + maxEntryBytes
          + ", " + maxTotalBytes + ", " + maxEntries + ", " + maxBlocks + ", " + maxPages);
    }
    if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("minInflateRatio must be in [0, 1), was " + minInflateRatio);
    }
  }

  /**
   * {@return the defaults: files up to 64 MiB, entries up to 64 MiB inflated, 256 MiB in all, 10,000
   * entries, an inflate ratio of at least 0.01 (POI's default), 200,000 blocks, 1,000 PDF pages} A
   * report of twenty pages is about 100 KiB and a few thousand paragraphs and cells.
   */
  public static FileLimits defaults() {
    return new FileLimits(64L << 20, 64L << 20, 256L << 20, 10_000, 0.01, 200_000, 1_000);
  }
}
