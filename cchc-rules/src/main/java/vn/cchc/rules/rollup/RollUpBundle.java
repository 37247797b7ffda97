package vn.cchc.rules.rollup;

import java.util.Locale;
import java.util.ResourceBundle;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The bundle of roll-up problems, {@code vn/cchc/rules/rollup/problems.properties} (English, the root) and
 * {@code problems_vi.properties}, UTF-8. Loaded by a call made in this module, so that it is found on the module
 * path as on the class path, where a user's {@code vn/cchc/rules/rollup/problems_xx.properties} adds a language.
 */
final class RollUpBundle {
  /** The base name of the bundle. */
  static final String BASE_NAME = "vn.cchc.rules.rollup.problems";

  /** The bundle family. */
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  /** The language of {@link RollUpProblem#message()}, the text roll-up problems had before they were localised. */
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private RollUpBundle() {}

  static Message message(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
