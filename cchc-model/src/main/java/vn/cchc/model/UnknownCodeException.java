package vn.cchc.model;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a code is not in its code list; the message names the list and lists the codes that exist. */
public final class UnknownCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 2L;
  /** The id of the list that was searched. */
  private final String codeListId;
  /** The code that is not in the list. */
  private final int code;

  /**
   * Creates the exception.
   *
   * @param codeListId the id of the list that was searched, e.g. "YES_NO"
   * @param listAsWritten the list as written in the unit cell, e.g. "Không = 0 Có = 1"
   * @param code the code that is not in it
   * @param validCodes the codes the list has
   */
  public UnknownCodeException(String codeListId, String listAsWritten, int code, Collection<Integer> validCodes) {
    super("Code " + code + " is not in code list " + java.util.Objects.requireNonNull(codeListId, "codeListId")
        + " (" + java.util.Objects.requireNonNull(listAsWritten, "listAsWritten") + "); valid codes: "
        + List.copyOf(validCodes).stream().map(String::valueOf).collect(Collectors.joining(", ")));
    this.codeListId = codeListId;
    this.code = code;
  }

  /** {@return the id of the list that was searched} */
  public String codeListId() {
    return codeListId;
  }

  /** {@return the code that is not in it} */
  public int code() {
    return code;
  }
}
