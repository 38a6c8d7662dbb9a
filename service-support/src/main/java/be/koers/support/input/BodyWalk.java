package be.koers.support.input;

import be.koers.planning.api.shared.Identifier;
import be.koers.support.problem.Violation;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds every text and id in a request body as Jackson read it (records, collections, maps) and checks each against
 * {@link InputRules}, naming it by its JSON path ({@code rows[3].comment}).
 */
final class BodyWalk {

    /** Deeper than any Koers request; a guard against cyclic objects, not a rule. */
    private static final int MAX_DEPTH = 16;

    private final List<Violation> violations = new ArrayList<>();

    static List<Violation> violations(Object body) {
        BodyWalk walk = new BodyWalk();
        walk.visit("", body, 0);
        return walk.violations;
    }

    private void visit(String path, Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        String field = path.isEmpty() ? "body" : path;
        if (value instanceof Identifier id) {
            InputRules.text(field, id.value()).or(() -> InputRules.id(field, id.value())).ifPresent(violations::add);
        } else if (value instanceof CharSequence text) {
            InputRules.text(field, text.toString()).ifPresent(violations::add);
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                visit(path + "[" + i++ + "]", element, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                visit(path + "{key}", key, depth + 1);
                visit(child(path, String.valueOf(key)), element, depth + 1);
            });
        } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                visit(path + "[" + i + "]", Array.get(value, i), depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                visit(child(path, component.getName()), read(component, value), depth + 1);
            }
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
