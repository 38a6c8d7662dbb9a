package be.koers.planning.api.plan;

import be.koers.planning.api.shared.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies the multi-year plan of one legislature. */
public record PlanId(@JsonValue String value) implements Identifier {

    public PlanId {
        Objects.requireNonNull(value, "PlanId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("PlanId must not be blank");
        }
    }

    @JsonCreator
    public static PlanId of(String value) {
        return new PlanId(value);
    }

    public static PlanId generate() {
        return new PlanId(UUID.randomUUID().toString());
    }

    /** Axon resolves aggregate identifiers through toString, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
