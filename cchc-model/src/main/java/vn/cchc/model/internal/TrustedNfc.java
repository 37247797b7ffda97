package vn.cchc.model.internal;

import java.util.function.Supplier;

/**
 * Internal to cchc-model (its package is not exported): lets the text reader tell the model's invariant checks
 * that the text of the values it builds is NFC already, so that a report read from text is checked for NFC once,
 * by the reader, rather than again string by string in every value's check.
 *
 * <p>The reader trusts itself only for input whose every character passed the quick NFC test (characters below
 * U+0300, precomposed Latin letters U+1E00–U+1EFF, punctuation U+2010–U+206F): every text cut from such input
 * and joined with such characters is NFC. For other input the model checks as always.
 */
public final class TrustedNfc {
  private static final ThreadLocal<Boolean> ON = new ThreadLocal<>();

  private TrustedNfc() {}

  /**
   * Runs a read with the model's NFC checks taking its text as NFC, on this thread only.
   *
   * @param <T> what the read returns
   * @param read the read, which builds values only from text known to be NFC
   * @return what it returned
   */
  public static <T> T run(Supplier<T> read) {
    Boolean before = ON.get();
    ON.set(Boolean.TRUE);
    try {
      return read.get();
    } finally {
      if (before == null) {
        ON.remove();
      } else {
        ON.set(before);
      }
    }
  }

  /** {@return whether this thread is inside {@link #run}} */
  public static boolean on() {
    return ON.get() != null;
  }
}
