package vn.cchc.model;

/** Done or not done. Code list "COMPLETION" of the bundled catalogue. */
public enum Completion implements Coded {
  /** "Chưa = 0". */
  NOT_DONE(0, "Chưa"),
  /** "Hoàn thành = 1". */
  DONE(1, "Hoàn thành");

  private final int code;
  private final String label;

  Completion(int code, String label) {
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
    return "COMPLETION";
  }

  /**
   * Looks an answer up by code.
   *
   * @param code the code
   * @return the answer
   * @throws UnknownCodeException when the code is not in the list
   */
  public static Completion of(int code) {
    return Coded.of(Completion.class, code);
  }
}
