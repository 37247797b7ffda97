package vn.cchc.model;

import java.text.Normalizer;
import vn.cchc.model.internal.TrustedNfc;

/** Text helpers shared by the model: NFC normalisation and blank checks. Internal. */
final class Text {
  private Text() {}

  static String nfc(String s) {
    return isNfc(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Whether a text is NFC. Fast path: text made only of characters below U+0300 (no combining marks;
   * every such character is NFC_Quick_Check=Yes), precomposed Latin letters U+1E00–U+1EFF (Vietnamese
   * "ế", "ệ"…, all Yes) and punctuation U+2010–U+206F (all Yes) is NFC; anything else is asked of
   * {@link Normalizer}. The same test as the text reader's. A report read from text that passed that test is
   * not checked again ({@link TrustedNfc}).
   */
  static boolean isNfc(String s) {
    if (TrustedNfc.on()) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x300 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2010 && c <= 0x206F)) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  static void requireNotBlank(String value, String attribute) {
    if (value.isBlank()) {
      throw new InvalidModelException(attribute + " must not be blank");
    }
  }
}
