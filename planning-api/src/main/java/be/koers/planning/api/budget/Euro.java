package be.koers.planning.api.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * An amount of a budget in euro, exact to the cent: never a floating point number. Written in JSON as a plain
 * number. Budgets hold expenditure and receipts, never negative, and no administration's budget line reaches a
 * trillion euro.
 */
public record Euro(@JsonValue @NotNull
                   @Digits(integer = 12, fraction = 2, message = "must be euro with at most two decimals and at most 999 999 999 999.99")
                   @PositiveOrZero(message = "must not be negative: expenditure and receipts are both positive amounts")
                   BigDecimal amount) {

    /** The largest amount Koers accepts, in a budget or as a money score. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    public static final Euro ZERO = new Euro(BigDecimal.ZERO.setScale(2));

    @JsonCreator
    public static Euro of(BigDecimal amount) {
        return new Euro(amount);
    }

    public static Euro of(String amount) {
        return new Euro(new BigDecimal(amount));
    }

    public Euro plus(Euro other) {
        return new Euro(amount.add(other.amount));
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
