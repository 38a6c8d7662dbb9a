package be.koers.reporting.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** @param values one per category of the chart; null where there is no value */
public record Series(String name, List<Number> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(values)); // null is a missing value, List.copyOf rejects it
    }
}
