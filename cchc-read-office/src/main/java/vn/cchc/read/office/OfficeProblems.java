package vn.cchc.read.office;

import java.util.ResourceBundle;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The bundle of the office readers' problem messages, {@code vn/cchc/read/office/problems.properties}
 * (English, the root) and {@code problems_vi.properties} (Vietnamese), UTF-8. A bundle of this module,
 * not the text reader's: its keys speak of DOCX, PDF and XLSX, which the model knows nothing of, and
 * {@link ResourceBundle#getBundle(String, java.util.Locale)} is caller-sensitive, so on the module path
 * a bundle is found only when loaded by code of the module that holds it. Internal.
 */
final class OfficeProblems {
  /** The base name of the bundle. */
  static final String BASE_NAME = "vn.cchc.read.office.problems";

  /** The bundle family. */
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private OfficeProblems() {}

  /** {@return a problem message of this bundle} */
  static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
