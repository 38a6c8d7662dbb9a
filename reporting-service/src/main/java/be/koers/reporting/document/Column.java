package be.koers.reporting.document;

import java.util.Objects;

/**
 * @param key   the stable, language-independent name, used as CSV header
 * @param label the name shown to readers, in the document's language
 */
public record Column(String key, String label, ColumnType type) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
