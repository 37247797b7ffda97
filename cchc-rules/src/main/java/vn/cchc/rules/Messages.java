package vn.cchc.rules;

import java.util.ResourceBundle;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The bundle of finding and explanation messages, {@code vn/cchc/rules/messages.properties} (English,
 * the root) and {@code messages_vi.properties} (Vietnamese), UTF-8. Loaded by a call made in this
 * module, so that it is found on the module path as on the class path, where a user's
 * {@code vn/cchc/rules/messages_xx.properties} adds a language.
 */
final class Messages {
  /** The base name of the bundle. */
  static final String BASE_NAME = "vn.cchc.rules.messages";

  /** The bundle family. */
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private Messages() {}

  static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
