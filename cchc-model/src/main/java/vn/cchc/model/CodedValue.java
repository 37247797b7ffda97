package vn.cchc.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A coded answer: the id of its code list and the code written in the value cell ("2" under "Chưa có = 0
 * 2 cấp = 1 3 cấp = 2"). The list itself, with the label of each code, is catalogue data
 * ({@code Catalogue.codeList(codeListId())}); whether the code is in it is checked where the catalogue
 * is known — by the text reader and by the {@code code.unknown} rule — so a value of any list a
 * catalogue declares can be built, written and read.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"state", "codeList", "code", "asWritten"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.annotation.JsonTypeName("CODED")
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableCodedValue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodedValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCodedValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodedValue.class)
public abstract non-sealed class CodedValue extends IndicatorValue {
  CodedValue() {}

  /** {@return the id of the code list, e.g. "YES_NO"; written as {@code "codeList"} in JSON} */
  @com.fasterxml.jackson.annotation.JsonProperty("codeList")
  public abstract String codeListId();

  /** {@return the code as written; not negative} */
  public abstract int code();

  @Override
  public final ValueState state() {
    return ValueState.CODED;
  }

  @Override
  public final Optional<BigDecimal> number() {
    return Optional.of(BigDecimal.valueOf(code()));
  }

  @Value.Check
  final CodedValue check() {
    InvalidModelException.check(!codeListId().isBlank(), "a coded value needs the id of its code list");
    InvalidModelException.check(code() >= 0, "code %d of list %s: a code is not negative", code(), codeListId());
    return Text.isNfc(asWritten()) ? this : ImmutableCodedValue.copyOf(this).withAsWritten(checkedText(asWritten()));
  }

  /**
   * A coded answer of one of the bundled lists, through its typed constant.
   *
   * @param answer the answer, e.g. {@code YesNo.YES}
   * @param asWritten the cell text as written
   * @return the value
   */
  public static CodedValue of(Coded answer, String asWritten) {
    return of(answer.codeListId(), answer.code(), asWritten);
  }

  /**
   * A coded answer of any code list.
   *
   * @param codeListId the list's id in the catalogue
   * @param code the code
   * @param asWritten the cell text as written
   * @return the value
   * @throws InvalidModelException when the id is blank or the code negative
   */
  public static CodedValue of(String codeListId, int code, String asWritten) {
    return ImmutableCodedValue.builder().codeListId(codeListId).code(code).asWritten(asWritten).build();
  }
}
