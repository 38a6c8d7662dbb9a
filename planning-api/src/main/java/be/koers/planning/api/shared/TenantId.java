package be.koers.planning.api.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** An administration (municipality, city, Flemish entity): every command, event and row belongs to one. */
public record TenantId(@JsonValue String value) implements Identifier {

    public TenantId {
        Objects.requireNonNull(value, "TenantId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("TenantId must not be blank");
        }
    }

    @JsonCreator
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    public static TenantId generate() {
        return new TenantId(UUID.randomUUID().toString());
    }

    /** Axon resolves aggregate identifiers through toString, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
