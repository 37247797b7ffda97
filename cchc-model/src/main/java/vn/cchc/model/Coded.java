package vn.cchc.model;

/**
 * A coded answer of the appendix, written in the unit cell as "Chưa = 0 Đang làm = 1 Hoàn thành = 2"
 * and answered with the code in the value cell. Implemented by the enums of each {@link CodeList}.
 */
public interface Coded {
  /** {@return the numeric code written in the value cell} */
  int code();

  /** {@return the official Vietnamese label, e.g. "Đang làm"} */
  String label();

  /** {@return the code list this answer belongs to} */
  CodeList codeList();

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
    for (E e : type.getEnumConstants()) {
      if (e.code() == code) {
        return e;
      }
    }
    throw new UnknownCodeException(type.getEnumConstants()[0].codeList(), code);
  }
}
