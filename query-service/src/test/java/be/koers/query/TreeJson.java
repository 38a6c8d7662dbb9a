package be.koers.query;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Finds elements in the JSON of a tree (a plan, a status or a budget, with nested {@code children}) or of a list. */
public final class TreeJson {

    private TreeJson() {
    }

    /** The one element with the id anywhere in the tree's {@code elements} (or in the array given). */
    public static JsonNode node(JsonNode tree, String elementId) {
        List<JsonNode> found = new ArrayList<>();
        collect(tree.has("elements") ? tree.path("elements") : tree, node -> {
            if (node.path("elementId").asText().equals(elementId)) {
                found.add(node);
            }
        });
        assertThat(found).as(elementId + " in " + tree).hasSize(1);
        return found.get(0);
    }

    /** Whether the tree has the element anywhere. */
    public static boolean has(JsonNode tree, String elementId) {
        return ids(tree).contains(elementId);
    }

    /** The ids of every element of the tree (or array), depth first. */
    public static List<String> ids(JsonNode tree) {
        List<String> ids = new ArrayList<>();
        collect(tree.has("elements") ? tree.path("elements") : tree, node -> ids.add(node.path("elementId").asText()));
        return ids;
    }

    private static void collect(JsonNode nodes, Consumer<JsonNode> each) {
        for (JsonNode node : nodes) {
            each.accept(node);
            collect(node.path("children"), each);
        }
    }
}
