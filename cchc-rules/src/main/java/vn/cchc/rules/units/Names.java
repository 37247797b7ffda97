package vn.cchc.rules.units;

import java.text.Normalizer;
import java.util.Locale;

/** Name keys for matching: NFC, lower case, runs of spaces as one; never changes a name shown to people. */
final class Names {
  private Names() {}

  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** "Thị  Trấn Đình  Cả" → "thị trấn đình cả". */
  static String key(String s) {
    return nfc(s).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A header key: no spaces, slashes or dots, lower case ("Mã TP" → "mãtp"). */
  static String header(String s) {
    return key(s.replace("\uFEFF", "")).replaceAll("[\\s/._-]+", "");
  }
}
