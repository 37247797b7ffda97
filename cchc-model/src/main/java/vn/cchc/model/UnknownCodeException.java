package vn.cchc.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Thrown when a code is not in its code list; the message lists the codes that exist. */
public final class UnknownCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The list that was searched. */
  private final transient CodeList codeList;
  /** The code that is not in the list. */
  private final int code;

  /**
   * Creates the exception.
   *
   * @param codeList the list that was searched
   * @param code the code that is not in it
   */
  public UnknownCodeException(CodeList codeList, int code) {
    super("Code " + code + " is not in code list " + codeList + " (" + codeList.asWritten() + "); valid codes: "
        + Arrays.stream(codeList.answers()).map(c -> String.valueOf(c.code())).collect(Collectors.joining(", ")));
    this.codeList = codeList;
    this.code = code;
  }

  /** {@return the list that was searched} */
  public CodeList codeList() {
    return codeList;
  }

  /** {@return the code that is not in it} */
  public int code() {
    return code;
  }
}
