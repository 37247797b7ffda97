package vn.cchc.model;

import java.text.Normalizer;

/** Text helpers shared by the model: NFC normalisation and blank checks. Internal. */
final class Text {
  private Text() {}

  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static boolean isNfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  static void requireNotBlank(String value, String attribute) {
    InvalidModelException.check(!value.isBlank(), "%s must not be blank", attribute);
  }
}
