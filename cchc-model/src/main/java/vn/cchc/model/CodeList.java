package vn.cchc.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The code lists of the 2024 template, each backed by an enum of {@link Coded} answers. A code list
 * is written in the appendix's unit cell, e.g. "Không = 0 Có = 1".
 */
public enum CodeList {
  /** "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2": how a satisfaction survey was run. */
  SURVEY_METHOD(SurveyMethod.class),
  /** "Không = 0 Có = 1". */
  YES_NO(YesNo.class),
  /** "Chưa = 0 Hoàn thành = 1". */
  COMPLETION(Completion.class),
  /** "Chưa có = 0 2 cấp = 1 3 cấp = 2": levels connected by online meetings. */
  ONLINE_MEETING_LEVELS(OnlineMeetingLevel.class),
  /** "Chưa = 0 Đang làm = 1 Hoàn thành = 2". */
  PROGRESS(Progress.class);

  private final Class<? extends Coded> type;

  CodeList(Class<? extends Coded> type) {
    this.type = type;
  }

  /** {@return the enum class of the answers} */
  public Class<? extends Coded> answerType() {
    return type;
  }

  /** {@return the answers in code order} */
  public Coded[] answers() {
    return type.getEnumConstants();
  }

  /**
   * Looks an answer up by code.
   *
   * @param code the code written in the value cell
   * @return the answer
   * @throws UnknownCodeException when the code is not in this list
   */
  public Coded answer(int code) {
    return Arrays.stream(answers()).filter(a -> a.code() == code).findFirst()
        .orElseThrow(() -> new UnknownCodeException(this, code));
  }

  /** {@return the list as the template writes it, e.g. "Không = 0 Có = 1"} */
  public String asWritten() {
    return Arrays.stream(answers()).map(a -> a.label() + " = " + a.code()).collect(Collectors.joining(" "));
  }

  /**
   * Recognises a code list written in a unit cell. Spacing around "=" and between entries, case and
   * Unicode normalisation do not matter; the labels and codes must be exactly those of one list.
   *
   * @param unitCell the cell text, e.g. "Chưa = 0 Hoàn thành = 1"
   * @return the list, or empty when the text is not one of the known lists
   */
  public static Optional<CodeList> parse(String unitCell) {
    String want = canonical(unitCell);
    return Arrays.stream(values()).filter(l -> canonical(l.asWritten()).equals(want)).findFirst();
  }

  private static String canonical(String s) {
    return Text.nfc(s).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s*=\\s*", "=").replaceAll("\\s+", " ").strip();
  }
}
