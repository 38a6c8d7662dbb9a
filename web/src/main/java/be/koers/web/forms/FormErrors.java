package be.koers.web.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a form shows after a refusal: messages next to the fields they are about (by the field's name in the
 * services' API, such as {@code title} or {@code owner.department}) and, at the top, those about no field of the
 * form. Templates ask {@code errors.of('title')}; {@link ProblemMessages} fills it from a service's problem.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, List<String>> byField;
    private final List<String> general;

    FormErrors(Map<String, List<String>> byField, List<String> general) {
        this.byField = Map.copyOf(new LinkedHashMap<>(byField));
        this.general = List.copyOf(general);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Messages about no field this form has. */
    public List<String> general() {
        return general;
    }

    /** Every message, field ones included: for a form too small to show them beside its fields. */
    public List<String> all() {
        return Stream.concat(general.stream(), byField.values().stream().flatMap(List::stream)).toList();
    }
}
