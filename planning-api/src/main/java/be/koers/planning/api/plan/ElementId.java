package be.koers.planning.api.plan;

import be.koers.planning.api.shared.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a goal, action plan, activity or action inside a plan. */
public record ElementId(@JsonValue String value) implements Identifier {

    public ElementId {
        Objects.requireNonNull(value, "ElementId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ElementId must not be blank");
        }
    }

    @JsonCreator
    public static ElementId of(String value) {
        return new ElementId(value);
    }

    public static ElementId generate() {
        return new ElementId(UUID.randomUUID().toString());
    }

    /** Axon resolves aggregate identifiers through toString, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
