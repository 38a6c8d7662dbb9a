package be.koers.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces, in every text of a JSON tree, the characters PostgreSQL cannot store by U+FFFD: NUL, which {@code text}
 * and {@code jsonb} refuse (the event would fail on every attempt and be skipped), and lone UTF-16 surrogates, which
 * the JDBC driver would silently turn into '?'. Events stored before the command-service refused such input are
 * so applied, with the replacement showing where the stored text could not be kept. (A lone surrogate written as
 * such is already a '?' when it arrives, Kafka's UTF-8 having replaced it; only one written as a JSON escape
 * arrives as a surrogate.)
 * <p>
 * Every other character is kept, control characters included: PostgreSQL stores them, and what the command-service
 * accepts is its input rules' business, not the read side's. Field names are not touched: they are the event
 * records' own, never a user's text.
 */
final class UnstorableText {

    static final char REPLACEMENT = '\uFFFD';

    private UnstorableText() {
    }

    /** Replaces them in place and answers the JSON paths ({@code $.payload.title}) of the texts changed. */
    static List<String> replaceIn(JsonNode tree) {
        List<String> paths = new ArrayList<>();
        replace(tree, new ArrayDeque<>(), paths);
        return paths;
    }

    /** The text with each NUL and lone surrogate replaced; the same instance when it has none. */
    static String storable(String text) {
        StringBuilder repaired = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (repaired != null) {
                    repaired.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean unstorable = c == '\u0000' || Character.isSurrogate(c);
            if (unstorable && repaired == null) {
                repaired = new StringBuilder(length).append(text, 0, i);
            }
            if (repaired != null) {
                repaired.append(unstorable ? REPLACEMENT : c);
            }
        }
        return repaired == null ? text : repaired.toString();
    }

    /*
     * Runs for every record a read side applies, replays included, and almost never finds anything: the path of a
     * text (field names and indexes, innermost last) is spelled out only for a text that had to be replaced.
     */
    private static void replace(JsonNode node, Deque<Object> path, List<String> paths) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                path.addLast(field.getKey());
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    repaired(value, path, paths).ifPresent(field::setValue);
                } else {
                    replace(value, path, paths);
                }
                path.removeLast();
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                path.addLast(i);
                JsonNode element = array.get(i);
                if (element.isTextual()) {
                    int index = i;
                    repaired(element, path, paths).ifPresent(text -> array.set(index, text));
                } else {
                    replace(element, path, paths);
                }
                path.removeLast();
            }
        }
    }

    /** A new text node when the text had characters to replace, noting its path. */
    private static Optional<JsonNode> repaired(JsonNode text, Deque<Object> path, List<String> paths) {
        String storable = storable(text.textValue());
        if (storable == text.textValue()) {
            return Optional.empty();
        }
        StringBuilder spelled = new StringBuilder("$");
        path.forEach(segment -> spelled.append(segment instanceof Integer index ? "[" + index + "]" : "." + segment));
        paths.add(spelled.toString());
        return Optional.of(TextNode.valueOf(storable));
    }
}
