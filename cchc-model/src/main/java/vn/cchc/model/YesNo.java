package vn.cchc.model;

/** A yes/no answer. Code list "YES_NO" of the bundled catalogue. */
public enum YesNo implements Coded {
  /** "Không = 0". */
  NO(0, "Không"),
  /** "Có = 1". */
  YES(1, "Có");

  private final int code;
  private final String label;

  YesNo(int code, String label) {
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
    return "YES_NO";
  }

  /**
   * Looks an answer up by code.
   *
   * @param code the code
   * @return the answer
   * @throws UnknownCodeException when the code is not in the list
   */
  public static YesNo of(int code) {
    return Coded.of(YesNo.class, code);
  }
}
