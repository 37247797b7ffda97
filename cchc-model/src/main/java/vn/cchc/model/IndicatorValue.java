package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value of one appendix indicator: a closed set of six kinds, told apart by {@link #state()}.
 * Every value keeps the text as written in the report for audit ({@link #asWritten()}).
 *
 * <ul>
 *   <li>{@link CountValue}: an integer with its unit ("1.492" Hồ sơ);</li>
 *   <li>{@link PercentageValue}: a {@link BigDecimal} percentage with the scale as written ("99,3");</li>
 *   <li>{@link MoneyValue}: a {@link javax.money.MonetaryAmount} in VND, keeping the unit multiplier;</li>
 *   <li>{@link CodedValue}: a code of one of the catalogue's code lists;</li>
 *   <li>{@link NotApplicableValue}: "-";</li>
 *   <li>{@link NotReportedValue}: a blank cell.</li>
 * </ul>
 *
 * <p>The set is closed, and the compiler knows it: the class is {@code sealed}, permitting exactly these
 * six. Each kind is {@code non-sealed} only so that Immutables (and its Jackson binding) can implement it;
 * their constructors are package-private, so no code outside {@code vn.cchc.model} can add a kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "state")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CountValue.class, name = "COUNT"),
    @JsonSubTypes.Type(value = PercentageValue.class, name = "PERCENTAGE"),
    @JsonSubTypes.Type(value = MoneyValue.class, name = "MONEY"),
    @JsonSubTypes.Type(value = CodedValue.class, name = "CODED"),
    @JsonSubTypes.Type(value = NotApplicableValue.class, name = "NOT_APPLICABLE"),
    @JsonSubTypes.Type(value = NotReportedValue.class, name = "NOT_REPORTED")
})
public abstract sealed class IndicatorValue
    permits CountValue, PercentageValue, MoneyValue, CodedValue, NotApplicableValue, NotReportedValue {
  IndicatorValue() {}

  /** {@return the cell text as written in the report (markup removed, NFC), e.g. "30%" or ""} */
  public abstract String asWritten();

  /** {@return which of the six kinds this value is} */
  public abstract ValueState state();

  /**
   * {@return the number this value carries: the count, the percentage, the money amount in its
   * unit (0 for "0 Triệu đồng"), or the code of a coded answer; empty for "-" and blank}
   */
  public abstract Optional<BigDecimal> number();

  /** {@return true when the value is a number (count, percentage or money)} */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isNumeric() {
    return state() == ValueState.COUNT || state() == ValueState.PERCENTAGE || state() == ValueState.MONEY;
  }

  static String checkedText(String asWritten) {
    return Text.nfc(asWritten);
  }

  /**
   * Bounds a number and drops a negative scale ({@code 1E+3} becomes {@code 1000}). The plain form may
   * have at most {@link VietnameseNumber#MAX_LENGTH} characters, so that a value can always be written
   * and read back (and so that a tiny input such as {@code 1e999999999} cannot expand to a billion digits).
   */
  static BigDecimal checkedNumber(BigDecimal value, String what) {
    long scale = value.scale();
    long digits = scale >= 0 ? Math.max(value.precision(), scale + 1) : value.precision() - scale;
    long length = digits + (scale > 0 ? 1 : 0) + (value.signum() < 0 ? 1 : 0);
    InvalidModelException.check(length <= VietnameseNumber.MAX_LENGTH,
        "%s: the number has %d characters written plainly, more than %d (precision %d, scale %d)",
        what, length, VietnameseNumber.MAX_LENGTH, value.precision(), value.scale());
    return scale < 0 ? value.setScale(0) : value;
  }
}
