package vn.cchc.model;

/** How many levels an online meeting system connects. Code list "ONLINE_MEETING_LEVELS" of the bundled catalogue. */
public enum OnlineMeetingLevel implements Coded {
  /** "Chưa có = 0". */
  NONE(0, "Chưa có"),
  /** "2 cấp = 1". */
  TWO_LEVELS(1, "2 cấp"),
  /** "3 cấp = 2". */
  THREE_LEVELS(2, "3 cấp");

  private final int code;
  private final String label;

  OnlineMeetingLevel(int code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String codeListId() {
    return "ONLINE_MEETING_LEVELS";
  }

  /**
   * Looks an answer up by code.
   *
   * @param code the code
   * @return the answer
   * @throws UnknownCodeException when the code is not in the list
   */
  public static OnlineMeetingLevel of(int code) {
    return Coded.of(OnlineMeetingLevel.class, code);
  }
}
