package be.koers.reporting.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Labelled lines such as "Intended result: 40 ha of new parks". */
public record KeyValues(List<KeyValue> lines) implements Block {

    public KeyValues {
        lines = List.copyOf(lines);
    }

    public static KeyValues of(KeyValue... lines) {
        return new KeyValues(Arrays.asList(lines));
    }

    /** @param value may be null: shown empty */
    public record KeyValue(String label, String value) {

        public KeyValue {
            Objects.requireNonNull(label, "label");
        }
    }
}
