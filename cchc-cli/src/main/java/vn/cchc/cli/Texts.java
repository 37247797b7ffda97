package vn.cchc.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The command's own texts, from the bundle {@code vn/cchc/cli/texts.properties} (English, the root) and
 * {@code texts_vi.properties}, through the same {@link Message} mechanism as findings and labels.
 */
final class Texts {
  static final String BASE_NAME = "vn.cchc.cli.texts";
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private Texts() {}

  /** {@return the text of a key for a locale} */
  static String text(Locale locale, String key, Object... args) {
    return Message.of(BUNDLE, key, args).format(locale);
  }

  /** {@return "3 errors", "1 error" / "3 lỗi": {@code count.NAME.one} or {@code count.NAME.other}} */
  static String count(Locale locale, String name, long n) {
    return text(locale, "count." + name + (n == 1 ? ".one" : ".other"), n);
  }

  /**
   * The locale of a {@code --lang} value: any BCP 47 tag ("vi", "en", "fr-CA").
   *
   * @param tag the tag
   * @return the locale
   * @throws IllegalArgumentException when the tag is not well-formed BCP 47
   */
  static Locale locale(String tag) {
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      if (l.getLanguage().isEmpty()) {
        throw new IllegalArgumentException("--lang needs a BCP 47 language tag such as vi, en or fr-CA, was \"" + tag + "\"");
      }
      return l;
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("--lang needs a BCP 47 language tag such as vi, en or fr-CA, was \"" + tag
          + "\": " + e.getMessage(), e);
    }
  }
}
