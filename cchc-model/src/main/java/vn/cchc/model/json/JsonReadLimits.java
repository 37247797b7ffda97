package vn.cchc.model.json;

/**
 * Bounds on JSON input, applied by the parser before any object is built.
 *
 * @param maxNestingDepth deepest nesting of objects and arrays (a report needs about 20)
 * @param maxNumberLength longest number literal, in characters
 * @param maxStringLength longest string value, in characters
 * @param maxDocumentLength largest document, in bytes (or characters for text input)
 */
public record JsonReadLimits(int maxNestingDepth, int maxNumberLength, int maxStringLength, long maxDocumentLength) {

  /**
   * Creates limits.
   *
   * @param maxNestingDepth deepest nesting, at least 1
   * @param maxNumberLength longest number, at least 1
   * @param maxStringLength longest string, at least 1
   * @param maxDocumentLength largest document, at least 1
   */
  public JsonReadLimits {
    if (maxNestingDepth < 1 || maxNumberLength < 1 || maxStringLength < 1 || maxDocumentLength < 1) {
      throw new IllegalArgumentException("JSON read limits must be positive: " + maxNestingDepth + ", "
          + maxNumberLength + ", " + maxStringLength + ", " + maxDocumentLength);
    }
  }

  /**
   * The defaults: nesting 64, numbers of 64 characters, strings of 1 MiB characters, documents of
   * 64 MiB. A real report is a few hundred KiB.
   *
   * @return the default limits
   */
  public static JsonReadLimits defaults() {
    return new JsonReadLimits(64, 64, 1 << 20, 64L << 20);
  }
}
