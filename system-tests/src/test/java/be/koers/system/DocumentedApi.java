package be.koers.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static be.koers.testing.ApiClient.JSON;

/**
 * A service's OpenAPI document, to hold its real answers against: the operation a request went to, whether the
 * status and media type are documented, and whether a JSON body matches the documented schema. Object schemas are
 * read as closed (no properties beyond those documented), so a field the document forgets shows too.
 */
final class DocumentedApi {

    private static final String DOCUMENT_URI = "https://koers.example/openapi.json";

    record Operation(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One answer held against the document: the operation, the status it gave, and what was wrong with it. */
    record Check(Operation operation, int status, List<String> violations) {
    }

    final String service;
    final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<Operation, Pattern> patterns = new HashMap<>();
    private final SchemaRegistry schemas;
    private final List<Check> checks = new ArrayList<>();

    DocumentedApi(String service, String json) {
        this.service = service;
        try {
            this.document = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(service + " answered no JSON document: " + json, e);
        }
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            Operation operation = new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue());
            operations.add(operation);
            patterns.put(operation, Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")));
        }));
        JsonNode closed = document.deepCopy();
        close(closed);
        String closedJson = closed.toString();
        this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(DOCUMENT_URI, closedJson)));
    }

    List<Operation> operations() {
        return operations;
    }

    List<Check> checks() {
        return checks;
    }

    /** Holds one answer against the document and remembers the outcome. */
    Check check(String method, String pathAndQuery, int status, String contentType, byte[] body) {
        String path = pathAndQuery.replaceFirst("\\?.*", "");
        Optional<Operation> found = operations.stream()
                .filter(o -> o.method().equals(method) && patterns.get(o).matcher(path).matches())
                .min(Comparator.comparingInt(o -> o.path().split("\\{").length));
        if (found.isEmpty()) {
            throw new AssertionError(service + ": no documented operation for " + method + " " + path);
        }
        Operation operation = found.get();
        List<String> violations = violations(operation, status, contentType, body);
        Check check = new Check(operation, status, violations.stream()
                .map(v -> method + " " + pathAndQuery + " -> " + status + ": " + v).toList());
        checks.add(check);
        return check;
    }

    private List<String> violations(Operation operation, int status, String contentType, byte[] body) {
        String statusKey = String.valueOf(status);
        JsonNode response = operation.node().path("responses").path(statusKey);
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not documented (documented: " + names(operation.node().path("responses")) + ")");
        }
        if (body.length == 0 && !response.has("content")) {
            return List.of();
        }
        String mediaType = contentType.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
        JsonNode media = response.path("content").path(mediaType);
        if (media.isMissingNode()) {
            return List.of("media type '" + contentType + "' is not documented (documented: " + names(response.path("content")) + ")");
        }
        if (!isJson(mediaType)) {
            return List.of();
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + new String(body, StandardCharsets.UTF_8));
        }
        if (!media.has("schema")) {
            return List.of("no schema documented for " + mediaType);
        }
        String pointer = "/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase(Locale.ROOT)
                + "/responses/" + statusKey + "/content/" + escape(mediaType) + "/schema";
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer), absoluteRefs(media.get("schema").deepCopy()));
        List<Error> errors = schema.validate(value);
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage() + " (schema " + pointer + ")")
                .distinct().limit(20).toList();
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    /** The response's schema taken out of the document: its references must name the document. */
    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("$ref").asText().startsWith("#")) {
            object.put("$ref", DOCUMENT_URI + object.get("$ref").asText());
        }
        node.elements().forEachRemaining(DocumentedApi::absoluteRefs);
        return node;
    }

    /** Every object schema that lists its properties allows no others, unless it says so itself. */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && object.path("properties").isObject()
                && !object.has("additionalProperties") && !object.has("allOf") && !object.has("anyOf") && !object.has("oneOf")) {
            object.put("additionalProperties", false);
        }
        Iterator<JsonNode> children = node.elements();
        while (children.hasNext()) {
            close(children.next());
        }
    }
}
