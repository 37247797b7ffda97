package vn.cchc.rules.units;

import java.util.ResourceBundle;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The bundle of the reasons an issuer is not placed, {@code vn/cchc/rules/units/placement.properties}
 * (English, the root) and {@code placement_vi.properties}, UTF-8. Loaded by a call made in this module, so
 * that it is found on the module path as on the class path, where a user's
 * {@code vn/cchc/rules/units/placement_xx.properties} adds a language.
 */
final class PlacementBundle {
  /** The base name of the bundle. */
  static final String BASE_NAME = "vn.cchc.rules.units.placement";

  /** The bundle family. */
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private PlacementBundle() {}

  static Message message(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
