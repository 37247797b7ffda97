package vn.cchc.read.office;

/**
 * The bounds a {@link DocxReportReader} keeps to, so that a hostile or broken file cannot exhaust
 * memory or time. A DOCX is a ZIP archive; before Apache POI parses it, the reader inflates each
 * entry once, counting, and refuses the file ({@link DocxFormatException.Reason#TOO_LARGE}) when:
 * the file is larger than {@link #maxInputBytes}; an entry inflates to more than
 * {@link #maxEntryBytes}; all entries together inflate to more than {@link #maxTotalBytes}; there are
 * more than {@link #maxEntries} entries; or an entry larger than 100 KiB inflates more than
 * 1 / {@link #minInflateRatio} times (a "zip bomb"; the same rule as POI's {@code ZipSecureFile}).
 * POI's own {@code ZipSecureFile} settings are JVM-wide and are left as the application set them; they
 * apply in addition. A document with more than {@link #maxBlocks} paragraphs and table cells is read
 * no further: an {@link vn.cchc.model.text.ProblemKind#INPUT_TOO_LARGE} problem, as for text.
 *
 * @param maxInputBytes the largest file read, in bytes
 * @param maxEntryBytes the largest inflated size of one ZIP entry, in bytes
 * @param maxTotalBytes the largest inflated size of all entries together, in bytes
 * @param maxEntries the most ZIP entries
 * @param minInflateRatio the smallest compressed-to-inflated size ratio of an entry over 100 KiB
 * @param maxBlocks the most paragraphs and table cells read
 */
public record DocxLimits(long maxInputBytes, long maxEntryBytes, long maxTotalBytes, int maxEntries,
    double minInflateRatio, int maxBlocks) {

  /**
   * Checks the limits.
   *
   * @param maxInputBytes the largest file read, in bytes; positive
   * @param maxEntryBytes the largest inflated size of one ZIP entry, in bytes; positive
   * @param maxTotalBytes the largest inflated size of all entries together, in bytes; positive
   * @param maxEntries the most ZIP entries; positive
   * @param minInflateRatio the smallest compressed-to-inflated size ratio; from 0 (no check) to below 1
   * @param maxBlocks the most paragraphs and table cells read; positive
   */
  public DocxLimits {
    if (maxInputBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxBlocks <= 0) {
      throw new IllegalArgumentException("every DOCX limit must be positive: " + maxInputBytes + ", " + maxEntryBytes
          + ", " + maxTotalBytes + ", " + maxEntries + ", " + maxBlocks);
    }
    if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("minInflateRatio must be in [0, 1), was " + minInflateRatio);
    }
  }

  /**
   * {@return the defaults: files up to 64 MiB, entries up to 64 MiB inflated, 256 MiB in all, 10,000
   * entries, an inflate ratio of at least 0.01 (POI's default), 200,000 paragraphs and cells} A report
   * of twenty pages is about 100 KiB and a few thousand paragraphs and cells.
   */
  public static DocxLimits defaults() {
    return new DocxLimits(64L << 20, 64L << 20, 256L << 20, 10_000, 0.01, 200_000);
  }
}
