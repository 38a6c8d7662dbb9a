package be.koers.query.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The plan's statements as fields, compared and written like {@link ElementField}s. */
public enum StatementField {
    MISSION("mission", "mission", Statements::mission),
    VISION("vision", "vision", Statements::vision),
    CORE_VALUES("coreValues", "core values", Statements::coreValues);

    private final String field;
    private final String label;
    private final Function<Statements, Object> value;

    StatementField(String field, String label, Function<Statements, Object> value) {
        this.field = field;
        this.label = label;
        this.value = value;
    }

    /** The statements that differ; {@code from} null: the plan had none yet. */
    public static List<FieldChange> changes(Statements from, Statements to) {
        List<FieldChange> changes = new ArrayList<>();
        for (StatementField statement : values()) {
            FieldChange.addIfChanged(changes, FieldChange.of(statement.field, statement.label,
                    from == null ? null : statement.value.apply(from), statement.value.apply(to)));
        }
        return changes;
    }
}
