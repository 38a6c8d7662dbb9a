package be.koers.planning.api.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** An amount in euro, exact to the cent: never a floating point number. Written in JSON as a plain number. */
public record Euro(@JsonValue @NotNull @Digits(integer = 13, fraction = 2, message = "must be euro with at most two decimals") BigDecimal amount) {

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
