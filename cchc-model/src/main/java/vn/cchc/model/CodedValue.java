package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A coded answer: the code list and the code written in the value cell ("2" under "Chưa có = 0 2 cấp = 1 3 cấp = 2"). */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"state", "codeList", "code", "asWritten"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.annotation.JsonTypeName("CODED")
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableCodedValue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodedValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCodedValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCodedValue.class)
public abstract class CodedValue extends IndicatorValue {
  CodedValue() {}

  /** {@return the code list} */
  public abstract CodeList codeList();

  /** {@return the code as written} */
  public abstract int code();

  /** {@return the answer the code stands for} */
  @JsonIgnore
  @Value.Lazy
  public Coded answer() {
    return codeList().answer(code());
  }

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
    boolean known = java.util.Arrays.stream(codeList().answers()).anyMatch(a -> a.code() == code());
    if (!known) {
      throw new InvalidModelException(new UnknownCodeException(codeList(), code()).getMessage());
    }
    return Text.isNfc(asWritten()) ? this : ImmutableCodedValue.copyOf(this).withAsWritten(checkedText(asWritten()));
  }

  /**
   * A coded answer.
   *
   * @param answer the answer
   * @param asWritten the cell text as written
   * @return the value
   */
  public static CodedValue of(Coded answer, String asWritten) {
    return ImmutableCodedValue.builder().codeList(answer.codeList()).code(answer.code()).asWritten(asWritten).build();
  }
}
