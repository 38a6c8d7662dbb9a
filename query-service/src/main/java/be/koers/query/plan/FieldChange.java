package be.koers.query.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One field that went from one value to another, both as text ({@link ElementField#text}); null is "no value".
 *
 * @param label the field's name in an English sentence ("intended result"); not part of the JSON
 * @param from  null when the field had no value (the audit trail's changes then say null)
 */
public record FieldChange(String field, @JsonIgnore String label, @Schema(nullable = true) String from,
                          @Schema(nullable = true) String to) {

    public static FieldChange of(String field, String label, Object from, Object to) {
        return new FieldChange(field, label, ElementField.text(from), ElementField.text(to));
    }

    /** Adds the change unless from and to are the same: a field set to the value it had did not change. */
    public static void addIfChanged(List<FieldChange> changes, FieldChange change) {
        if (!Objects.equals(change.from(), change.to())) {
            changes.add(change);
        }
    }

    /** {@code intended result '' → 'Every resident within 400 m of a park'} */
    public String phrase() {
        return label + " " + quoted(from) + " → " + quoted(to);
    }

    /** The phrases of the changes, separated by semicolons. */
    public static String phrases(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::phrase).collect(Collectors.joining("; "));
    }

    public static String quoted(String text) {
        return "'" + (text == null ? "" : text) + "'";
    }
}
