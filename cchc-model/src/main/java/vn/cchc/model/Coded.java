package vn.cchc.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A typed answer of one of the bundled catalogue's code lists ({@link YesNo}, {@link Completion},
 * {@link Progress}, {@link SurveyMethod}, {@link OnlineMeetingLevel}): a convenience view for Java
 * code. Code lists themselves are catalogue data ({@code vn.cchc.model.catalogue.CodeList}); a
 * catalogue may declare lists that have no enum, and a {@link CodedValue} needs none.
 */
public interface Coded {
  /** {@return the numeric code written in the value cell} */
  int code();

  /** {@return the official Vietnamese label, e.g. "Đang làm"} */
  String label();

  /** {@return the id of the code list this answer belongs to, e.g. "PROGRESS"} */
  String codeListId();

  /**
   * Looks a code up in an enum of coded answers.
   *
   * @param <E> the enum type
   * @param type the enum class, e.g. {@code Progress.class}
   * @param code the code
   * @return the constant with that code
   * @throws UnknownCodeException when no constant has that code; the message lists the valid codes
   */
  static <E extends Enum<E> & Coded> E of(Class<E> type, int code) {
    E[] all = type.getEnumConstants();
    for (E e : all) {
      if (e.code() == code) {
        return e;
      }
    }
    throw new UnknownCodeException(all[0].codeListId(),
        Arrays.stream(all).map(a -> a.label() + " = " + a.code()).collect(Collectors.joining(" ")), code,
        Arrays.stream(all).map(Coded::code).collect(Collectors.toList()));
  }
}
