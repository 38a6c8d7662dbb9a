package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identifies a department of one administration, as its tenant admin named it ("green-service"). */
public record DepartmentId(@JsonValue String value) implements Identifier {

    public DepartmentId {
        Objects.requireNonNull(value, "DepartmentId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("DepartmentId must not be blank");
        }
    }

    @JsonCreator
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
