package vn.cchc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An amount of money as written in its unit ("0" Triệu đồng), with the unit kept: {@link #amount()}
 * is the {@link MonetaryAmount} in VND (×10⁶ for "Triệu đồng").
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"state", "value", "unit", "asWritten"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
@com.fasterxml.jackson.annotation.JsonTypeName("MONEY")
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableMoneyValue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMoneyValue.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableMoneyValue.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMoneyValue.class)
public abstract non-sealed class MoneyValue extends IndicatorValue {
  MoneyValue() {}

  /** {@return the number in the unit, e.g. 1.5 for "1,5" Triệu đồng} */
  public abstract BigDecimal value();

  /** {@return the money unit written on the row, e.g. {@link Unit#MILLION_VND}} */
  public abstract Unit unit();

  /** {@return the amount in VND: {@code value × 10^unit.powerOfTen()}} */
  @JsonIgnore
  @Value.Lazy
  public MonetaryAmount amount() {
    return org.javamoney.moneta.Money.of(value().scaleByPowerOfTen(unit().powerOfTen()), "VND");
  }

  @Override
  public final ValueState state() {
    return ValueState.MONEY;
  }

  @Override
  public final Optional<BigDecimal> number() {
    return Optional.of(value());
  }

  @Value.Check
  final MoneyValue check() {
    InvalidModelException.check(unit().kind() == UnitKind.MONEY,
        "money %s: unit %s is not a money unit", asWritten(), unit().label());
    BigDecimal v = checkedNumber(value(), "money " + asWritten());
    if (v != value()) {
      return ImmutableMoneyValue.copyOf(this).withValue(v);
    }
    return Text.isNfc(asWritten()) ? this : ImmutableMoneyValue.copyOf(this).withAsWritten(checkedText(asWritten()));
  }

  /**
   * An amount of money.
   *
   * @param value the number in the unit
   * @param unit the money unit
   * @param asWritten the cell text as written
   * @return the value
   */
  public static MoneyValue of(BigDecimal value, Unit unit, String asWritten) {
    return ImmutableMoneyValue.builder().value(value).unit(unit).asWritten(asWritten).build();
  }
}
