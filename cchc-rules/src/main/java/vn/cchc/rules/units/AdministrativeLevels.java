package vn.cchc.rules.units;

import java.util.Locale;
import java.util.ResourceBundle;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.message.Message;
import vn.cchc.model.message.MessageBundle;

/**
 * The words of the administrative levels in a sentence, "cấp xã" / "commune level": kept in one bundle,
 * {@code vn/cchc/rules/units/levels.properties} (English, the root) and {@code levels_vi.properties}, UTF-8, for
 * every message that names a level — the placement reasons ({@link Placement#problem()}), the roll-up problems
 * ({@code vn.cchc.rules.rollup.RollUpProblem}) and the command line's summary. The Vietnamese words are
 * {@link AdministrativeLevel#label()}. A user adds a language with {@code vn/cchc/rules/units/levels_xx.properties}
 * on the class path.
 */
public final class AdministrativeLevels {
  /** The base name of the bundle. */
  static final String BASE_NAME = "vn.cchc.rules.units.levels";

  /** The bundle family, loaded by a call made in this module (found on the module path as on the class path). */
  static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private AdministrativeLevels() {}

  /**
   * The words of a level, resolved for a locale when shown, e.g. as the argument of another message.
   *
   * @param level the level
   * @return the message {@code level.} + the level's name in lower case ({@code level.commune}): "cấp xã" in
   *     Vietnamese, "commune level" in English
   * @throws NullPointerException when the level is null
   */
  public static Message text(AdministrativeLevel level) {
    return Message.of(BUNDLE, "level." + level.name().toLowerCase(Locale.ROOT));
  }
}
