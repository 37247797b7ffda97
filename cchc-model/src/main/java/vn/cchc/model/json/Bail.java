package vn.cchc.model.json;

/**
 * Ends the fast reading of a document ({@link FastReports}): it is read again by the strict path, which names the
 * problem. Internal.
 */
final class Bail extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The one instance: no message, no stack trace, nothing to allocate. */
  static final Bail INSTANCE = new Bail();

  private Bail() {
    super(null, null, false, false);
  }
}
