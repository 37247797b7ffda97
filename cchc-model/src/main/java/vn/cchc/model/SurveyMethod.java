package vn.cchc.model;

/** How a satisfaction survey was run. Code list "SURVEY_METHOD" of the bundled catalogue. */
public enum SurveyMethod implements Coded {
  /** "Trực tuyến = 0". */
  ONLINE(0, "Trực tuyến"),
  /** "Phát phiếu = 1". */
  PAPER_FORMS(1, "Phát phiếu"),
  /** "Kết hợp = 2". */
  COMBINED(2, "Kết hợp");

  private final int code;
  private final String label;

  SurveyMethod(int code, String label) {
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
    return "SURVEY_METHOD";
  }

  /**
   * Looks an answer up by code.
   *
   * @param code the code
   * @return the answer
   * @throws UnknownCodeException when the code is not in the list
   */
  public static SurveyMethod of(int code) {
    return Coded.of(SurveyMethod.class, code);
  }
}
