package vn.cchc.model;

/** Not started, in progress or done. Code list "PROGRESS" of the bundled catalogue. */
public enum Progress implements Coded {
  /** "Chưa = 0". */
  NOT_STARTED(0, "Chưa"),
  /** "Đang làm = 1". */
  IN_PROGRESS(1, "Đang làm"),
  /** "Hoàn thành = 2". */
  DONE(2, "Hoàn thành");

  private final int code;
  private final String label;

  Progress(int code, String label) {
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
    return "PROGRESS";
  }

  /**
   * Looks an answer up by code.
   *
   * @param code the code
   * @return the answer
   * @throws UnknownCodeException when the code is not in the list
   */
  public static Progress of(int code) {
    return Coded.of(Progress.class, code);
  }
}
