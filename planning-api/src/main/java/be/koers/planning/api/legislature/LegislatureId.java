package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a legislature (term of office) of one administration. */
public record LegislatureId(@JsonValue String value) implements Identifier {

    public LegislatureId {
        Objects.requireNonNull(value, "LegislatureId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("LegislatureId must not be blank");
        }
    }

    @JsonCreator
    public static LegislatureId of(String value) {
        return new LegislatureId(value);
    }

    public static LegislatureId generate() {
        return new LegislatureId(UUID.randomUUID().toString());
    }

    /** Axon resolves aggregate identifiers through toString, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
