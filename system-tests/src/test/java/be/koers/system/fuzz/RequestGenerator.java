package be.koers.system.fuzz;

import be.koers.system.fuzz.ApiOperation.In;
import be.koers.system.fuzz.ApiOperation.Parameter;
import be.koers.system.fuzz.Values.Candidate;
import be.koers.system.fuzz.Values.Field;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Generates the requests for an operation: a valid request from the schema and the fixture, of which one place (a
 * parameter, a body field, the whole body or the caller) is then given a boundary or an invalid value. Of every
 * five requests two stay valid, two get a boundary value and one an invalid one.
 */
final class RequestGenerator {

    /** Escapes every non-ASCII character, so that a lone surrogate reaches the service as the JSON escape \ud800. */
    private static final ObjectWriter BODY = ApiClient.JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Candidate> MALFORMED_BODIES = List.of(
            raw("truncated JSON", "{\"title\": \"x"), raw("not JSON", "not json"), raw("empty body", ""),
            raw("JSON array for an object", "[]"), raw("JSON null", "null"), raw("trailing comma", "{\"title\": \"x\",}"));

    private enum Mode { VALID, BOUNDARY, INVALID }

    /** The one place of a valid request that a boundary or invalid value replaces. */
    private sealed interface Place permits ParameterPlace, BodyPlace, WholeBody, CallerPlace {
    }

    private record ParameterPlace(Parameter parameter) implements Place {
    }

    private record BodyPlace(List<String> path, Field field) implements Place {
    }

    private record WholeBody() implements Place {
    }

    private record CallerPlace() implements Place {
    }

    private final FuzzFixture fixture;
    private final Random random;

    RequestGenerator(FuzzFixture fixture, Random random) {
        this.fixture = fixture;
        this.random = random;
    }

    FuzzRequest next(ApiOperation operation, int index) {
        Mode mode = switch (index % 5) {
            case 0, 1 -> Mode.VALID;
            case 2, 3 -> Mode.BOUNDARY;
            default -> Mode.INVALID;
        };
        Scope scope = new Scope(pick(fixture.koersbeke.plans()), fixture.koersbeke, fixture.zandhoven, random);
        Caller caller = validCaller(operation);
        Map<Parameter, JsonNode> parameters = new LinkedHashMap<>();
        ObjectNode siblings = NODES.objectNode();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.required() || parameter.in() == In.PATH || random.nextBoolean()) {
                parameters.put(parameter, Values.valid(field(parameter), scope, siblings));
            }
        }
        Field bodyField = operation.body() == null ? null : new Field("body", operation.body(), operation.creates());
        JsonNode body = bodyField == null ? null : Values.valid(bodyField, scope, siblings);
        String rawBody = body == null ? null : write(body);
        String mutation = "valid";
        if (mode != Mode.VALID) {
            boolean boundary = mode == Mode.BOUNDARY;
            Place place = pick(places(operation, bodyField, mode));
            if (place instanceof ParameterPlace at) {
                Parameter parameter = at.parameter();
                Candidate candidate = parameterCandidate(parameter, scope, parameters.get(parameter), boundary);
                if (candidate.value() == null) {
                    parameters.remove(parameter);
                } else {
                    parameters.put(parameter, candidate.value());
                }
                mutation = parameter.in().name().toLowerCase() + " " + parameter.name() + ": " + candidate.label();
            } else if (place instanceof BodyPlace at) {
                List<Candidate> candidates = new ArrayList<>(boundary ? Values.boundary(at.field(), scope, at(body, at.path()))
                        : Values.wrongTypes(at.field()));
                if (!boundary || candidates.isEmpty()) {
                    candidates.add(new Candidate("missing", null));
                    candidates.add(new Candidate("null", NODES.nullNode()));
                }
                Candidate candidate = pick(candidates);
                set(body, at.path(), candidate.value());
                rawBody = write(body);
                mutation = "body /" + String.join("/", at.path()) + ": " + candidate.label();
            } else if (place instanceof WholeBody) {
                Candidate candidate = boundary ? new Candidate("empty object", NODES.objectNode()) : pick(MALFORMED_BODIES);
                rawBody = candidate.value().isTextual() ? candidate.value().asText() : write(candidate.value());
                mutation = "body: " + candidate.label();
            } else {
                caller = pick(operation.writes() ? List.of(Caller.ZANDHOVEN_PLANNER, Caller.ANONYMOUS, Caller.VIEWER)
                        : List.of(Caller.ZANDHOVEN_PLANNER, Caller.ANONYMOUS));
                mutation = "caller: " + caller;
            }
        }
        return render(operation, caller, parameters, rawBody, mutation);
    }

    /** A required query parameter may also go missing; a header takes only what HTTP can carry in one. */
    private Candidate parameterCandidate(Parameter parameter, Scope scope, JsonNode valid, boolean boundary) {
        List<Candidate> candidates = new ArrayList<>(boundary ? Values.boundary(field(parameter), scope, valid)
                : Values.wrongTypes(field(parameter)));
        if (!boundary && parameter.required() && parameter.in() != In.PATH) {
            candidates.add(new Candidate("missing", null));
        }
        if (parameter.in() == In.HEADER) {
            candidates.removeIf(candidate -> candidate.value() != null && !text(candidate.value()).matches("[\\x20-\\x7e]*"));
        }
        return candidates.isEmpty() ? Values.wrongTypes(field(parameter)).get(0) : pick(candidates);
    }

    private List<Place> places(ApiOperation operation, Field bodyField, Mode mode) {
        List<Place> places = new ArrayList<>();
        operation.parameters().forEach(parameter -> places.add(new ParameterPlace(parameter)));
        if (bodyField != null) {
            places.add(new WholeBody());
            collect(bodyField, List.of(), places);
        }
        if (mode == Mode.BOUNDARY || places.isEmpty()) {
            places.add(new CallerPlace());
        }
        return places;
    }

    /** Every field of the body, nested ones and array items included. */
    private static void collect(Field field, List<String> path, List<Place> places) {
        if ("object".equals(field.type()) && field.schema().getProperties() != null) {
            field.schema().getProperties().forEach((name, schema) -> {
                Field property = new Field(name, schema, field.inBodyOfCreate());
                List<String> at = append(path, name);
                places.add(new BodyPlace(at, property));
                collect(property, at, places);
            });
        } else if ("array".equals(field.type()) && field.schema().getItems() != null) {
            Field item = Values.item(field);
            List<String> at = append(path, "0");
            places.add(new BodyPlace(at, item));
            collect(item, at, places);
        }
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    private static JsonNode at(JsonNode body, List<String> path) {
        JsonNode node = body;
        for (String segment : path) {
            node = node.isArray() ? node.path(Integer.parseInt(segment)) : node.path(segment);
        }
        return node;
    }

    /** Puts the value at the path, making the objects and arrays on the way; null removes what is there. */
    private static void set(JsonNode body, List<String> path, JsonNode value) {
        JsonNode node = body;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode child = node.isArray() ? node.path(Integer.parseInt(path.get(i))) : node.path(path.get(i));
            if (!child.isContainerNode()) {
                child = isIndex(path.get(i + 1)) ? NODES.arrayNode() : NODES.objectNode();
                put(node, path.get(i), child);
            }
            node = child;
        }
        String last = path.get(path.size() - 1);
        if (value != null) {
            put(node, last, value);
        } else if (node instanceof ObjectNode object) {
            object.remove(last);
        } else if (node instanceof ArrayNode array && array.size() > Integer.parseInt(last)) {
            array.remove(Integer.parseInt(last));
        }
    }

    private static void put(JsonNode container, String segment, JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set(segment, value);
        } else if (container instanceof ArrayNode array) {
            int index = Integer.parseInt(segment);
            if (array.size() > index) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
    }

    private static boolean isIndex(String segment) {
        return segment.chars().allMatch(Character::isDigit);
    }

    private Caller validCaller(ApiOperation operation) {
        if (operation.path().startsWith("/admin/")) {
            return Caller.OPERATOR;
        }
        return operation.writes() ? Caller.PLANNER : pick(List.of(Caller.PLANNER, Caller.SCORER, Caller.AUDITOR, Caller.VIEWER, Caller.OPERATOR));
    }

    private static Field field(Parameter parameter) {
        return new Field(parameter.name(), parameter.schema(), false);
    }

    private static FuzzRequest render(ApiOperation operation, Caller caller, Map<Parameter, JsonNode> parameters,
                                      String body, String mutation) {
        String path = operation.path();
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<Parameter, JsonNode> entry : parameters.entrySet()) {
            Parameter parameter = entry.getKey();
            String value = text(entry.getValue());
            switch (parameter.in()) {
                case PATH -> {
                    pathValues.put(parameter.name(), value);
                    path = path.replace("{" + parameter.name() + "}", FuzzRequest.encode(value));
                }
                case QUERY -> query.add(FuzzRequest.encode(parameter.name()) + "=" + FuzzRequest.encode(value));
                case HEADER -> headers.put(parameter.name(), value);
            }
        }
        String target = query.isEmpty() ? path : path + "?" + query.stream().collect(Collectors.joining("&"));
        return new FuzzRequest(operation, caller, target, pathValues, headers, body, mutation);
    }

    /** A parameter's value as sent: a text as is, anything else as its JSON. */
    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String write(JsonNode body) {
        try {
            return BODY.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Candidate raw(String label, String text) {
        return new Candidate(label, NODES.textNode(text));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
