package vn.cchc.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The command's own texts, from the bundle {@code vn/cchc/cli/texts.properties} (English, the root) and
 * {@code texts_vi.properties}, through the same {@link Message} mechanism as findings and labels.
 */
final class Texts {
  static final String BASE_NAME = "vn.cchc.cli.texts";
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  /**
   * The default of every command's {@code --lang}: Vietnamese, the language of the reports and of the officials who
   * run the command; it is also the language of what is said when no {@code --lang} is given, or one that is not a
   * language tag.
   */
  static final String DEFAULT_LANG = "vi";

  /** The locale of {@link #DEFAULT_LANG}. */
  static final Locale DEFAULT = Locale.forLanguageTag(DEFAULT_LANG);

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
   * @throws IllegalArgumentException when the tag is not well-formed BCP 47; its message is in the default language,
   *     the tag given being no language to write it in
   */
  static Locale locale(String tag) {
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      if (l.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(text(DEFAULT, "lang.not-a-tag", tag));
      }
      return l;
    } catch (IllformedLocaleException e) {
      // the JDK's own reason, as it gives it
      throw new IllegalArgumentException(text(DEFAULT, "lang.not-a-tag.why", tag, String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * {@return the locale of a command's language, {@link #lang(CommandSpec, String)}}
   *
   * @param spec the command
   * @param tag the value of its {@code --lang} option (its default when it was not given)
   * @throws picocli.CommandLine.ParameterException when the language is not a language tag (wrong usage, exit code 2)
   */
  static Locale checked(CommandSpec spec, String tag) {
    try {
      return locale(lang(spec, tag));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The language a command speaks: its own {@code --lang} when given ({@code cchc read --lang en}), else the one given
   * to the nearest command before it ({@code cchc --lang en read}: {@code cchc}'s), else the default of its own.
   *
   * @param spec the command
   * @param tag the value of its {@code --lang} option (its default when it was not given)
   * @return the tag, as given
   */
  static String lang(CommandSpec spec, String tag) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      OptionSpec lang = s.findOption("--lang");
      if (lang != null && !lang.originalStringValues().isEmpty()) {
        return s == spec ? tag : lang.originalStringValues().get(lang.originalStringValues().size() - 1);
      }
    }
    return tag;
  }

  /**
   * {@return the locale of a {@code --lang} value, or the default when the value is not a language tag}: for a
   * message that must be written whatever was given (a failure, an internal error)
   */
  static Locale localeOr(String tag) {
    try {
      return locale(tag);
    } catch (IllegalArgumentException e) {
      return DEFAULT;
    }
  }
}
