package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an indicator of a plan. */
public record IndicatorId(@JsonValue String value) implements Identifier {

    public IndicatorId {
        Objects.requireNonNull(value, "IndicatorId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("IndicatorId must not be blank");
        }
    }

    @JsonCreator
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    public static IndicatorId generate() {
        return new IndicatorId(UUID.randomUUID().toString());
    }

    /** Axon resolves aggregate identifiers through toString, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
