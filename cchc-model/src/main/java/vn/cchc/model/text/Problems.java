package vn.cchc.model.text;

import java.util.ResourceBundle;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The bundle of the text reader's problem messages, {@code vn/cchc/model/text/problems.properties}
 * (English, the root) and {@code problems_vi.properties} (Vietnamese), UTF-8. Loaded by a call made in
 * this module, so that it is found on the module path as on the class path, where a user's
 * {@code vn/cchc/model/text/problems_xx.properties} adds a language. Internal.
 */
final class Problems {
  /** The base name of the bundle. */
  static final String BASE_NAME = "vn.cchc.model.text.problems";

  /** The bundle family. */
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private Problems() {}

  /** {@return a problem message of this bundle} */
  static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
