package be.koers.system.fuzz;

import be.koers.system.fuzz.Scope.IdKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values for a field from its schema and name: valid ones that can succeed (ids of the scope's plan, enums of the
 * schema, dates and years within the legislature), boundary ones (empty, long, NUL, lone surrogates, huge and
 * over-precise numbers, ids of another kind or tenant, huge arrays) and invalid ones (wrong JSON types).
 */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A value to try, with the words that say what it is in a report. */
    record Candidate(String label, JsonNode value) {
    }

    /** What the body and parameters of one request are generated for. */
    record Field(String name, Schema<?> schema, boolean inBodyOfCreate) {

        String type() {
            if (schema.getType() != null) {
                return schema.getType();
            }
            if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
                return schema.getTypes().iterator().next();
            }
            if (schema.getProperties() != null) {
                return "object";
            }
            return schema.getItems() != null ? "array" : "string";
        }

        IdKind idKind() {
            return Scope.idKind(name, inBodyOfCreate);
        }
    }

    private Values() {
    }

    // ---- valid ----

    static JsonNode valid(Field field, Scope scope, ObjectNode siblings) {
        Schema<?> schema = field.schema();
        return switch (field.type()) {
            case "object" -> validObject(field, scope);
            case "array" -> validArray(field, scope);
            case "integer" -> NODES.numberNode(validInteger(field, scope, siblings));
            case "number" -> NODES.numberNode(validNumber(field.name(), scope));
            case "boolean" -> NODES.booleanNode(scope.random().nextBoolean());
            default -> schema.getEnum() != null && !schema.getEnum().isEmpty()
                    ? NODES.textNode(String.valueOf(scope.pick(schema.getEnum())))
                    : NODES.textNode(validText(field, scope, siblings));
        };
    }

    private static ObjectNode validObject(Field field, Scope scope) {
        ObjectNode object = NODES.objectNode();
        List<String> required = field.schema().getRequired() == null ? List.of() : field.schema().getRequired();
        if (field.schema().getProperties() != null) {
            field.schema().getProperties().forEach((name, schema) -> {
                if (required.contains(name) || scope.random().nextInt(5) > 0) {
                    object.set(name, valid(new Field(name, schema, field.inBodyOfCreate()), scope, object));
                }
            });
        }
        return object;
    }

    private static ArrayNode validArray(Field field, Scope scope) {
        Field item = item(field);
        int size = 1 + scope.random().nextInt(3);
        Set<JsonNode> items = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            items.add(valid(item, scope, NODES.objectNode()));
        }
        return NODES.arrayNode().addAll(items);
    }

    /** An array's item; it keeps the array's name, which says what the items are (linkedElements: element ids). */
    static Field item(Field array) {
        return new Field(array.name(), array.schema().getItems(), array.inBodyOfCreate());
    }

    private static long validInteger(Field field, Scope scope, ObjectNode siblings) {
        FuzzFixture.PlanData plan = scope.plan();
        return switch (field.name()) {
            case "year" -> between(scope, plan.firstYear(), plan.lastYear());
            case "firstYear" -> between(scope, 1900, 2190);
            case "lastYear" -> siblings.path("firstYear").asInt(2026) + scope.random().nextInt(6);
            case "percentComplete" -> between(scope, 0, 100);
            case "page" -> between(scope, 0, 2);
            case "size" -> between(scope, 1, 200);
            case "edition", "fromEdition", "toEdition", "correctsRevision" -> between(scope, 1, 3);
            case "sdg" -> between(scope, 1, 17);
            case "Last-Event-ID" -> between(scope, 0, 50);
            default -> between(scope, field.schema().getMinimum() == null ? 0 : field.schema().getMinimum().longValue(),
                    field.schema().getMaximum() == null ? 100 : field.schema().getMaximum().longValue());
        };
    }

    private static BigDecimal validNumber(String name, Scope scope) {
        return switch (name) {
            case "staffFte" -> BigDecimal.valueOf(scope.random().nextInt(500), 1);
            case "value", "lower", "upper" -> BigDecimal.valueOf(scope.random().nextInt(100));
            default -> BigDecimal.valueOf(scope.random().nextInt(100_000_000), 2);
        };
    }

    private static String validText(Field field, Scope scope, ObjectNode siblings) {
        Schema<?> schema = field.schema();
        IdKind id = field.idKind();
        if (id != null) {
            return scope.existing(id);
        }
        if ("date".equals(schema.getFormat())) {
            return validDate(field.name(), scope, siblings).toString();
        }
        if ("date-time".equals(schema.getFormat())) {
            return Instant.now().minus(scope.random().nextInt(60 * 24 * 30), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        return switch (field.name()) {
            case "period" -> measurementPeriod(scope);
            case "evidenceLink" -> "https://example.org/evidence/" + scope.random().nextInt(1000);
            case "format" -> scope.pick(List.of("csv", "json", "pdf", "xlsx", "markdown"));
            case "lang" -> scope.pick(List.of("nl", "en"));
            case "type" -> scope.pick(List.of("GoalDefined", "GoalRevised", "PlanDrafted", "ScoreRecorded", "ElementRetired"));
            case "tableId" -> scope.pick(List.of("summary", "goals", "budget", "indicators"));
            case "actor" -> scope.pick(List.of("planner", "staff"));
            case "department", "ownerDepartment" -> scope.pick(List.of("Green service", "Finance"));
            case "politicalOwner" -> scope.pick(List.of("Mayor", "Alderman for environment"));
            default -> scope.pick(List.of("Fuzz", "Park", "Green roofs", "Safe streets", "Budget")) + " " + scope.random().nextInt(1000);
        };
    }

    private static LocalDate validDate(String name, Scope scope, ObjectNode siblings) {
        LocalDate first = LocalDate.of(scope.plan().firstYear(), 1, 1);
        LocalDate last = LocalDate.of(scope.plan().lastYear(), 12, 31);
        LocalDate from = name.equals("end") && siblings.hasNonNull("start") ? LocalDate.parse(siblings.get("start").asText()) : first;
        long days = ChronoUnit.DAYS.between(from, last);
        return from.plusDays(days <= 0 ? 0 : scope.random().nextLong(days));
    }

    /** A year, quarter or month within the legislature: 2027, 2027-Q2 or 2027-05. */
    private static String measurementPeriod(Scope scope) {
        long year = between(scope, scope.plan().firstYear(), scope.plan().lastYear());
        return switch (scope.random().nextInt(3)) {
            case 0 -> String.valueOf(year);
            case 1 -> year + "-Q" + (1 + scope.random().nextInt(4));
            default -> String.format(Locale.ROOT, "%d-%02d", year, 1 + scope.random().nextInt(12));
        };
    }

    private static long between(Scope scope, long from, long to) {
        return from + scope.random().nextLong(to - from + 1);
    }

    // ---- boundary ----

    static List<Candidate> boundary(Field field, Scope scope, JsonNode valid) {
        List<Candidate> candidates = new ArrayList<>();
        switch (field.type()) {
            case "integer" -> {
                for (String raw : List.of("2147483647", "2147483648", "-2147483649", "-1", "0", "9223372036854775808", "1e3")) {
                    candidates.add(new Candidate("integer " + raw, raw(raw)));
                }
            }
            case "number" -> {
                for (String raw : List.of("1e309", "1e400", "1e20", "-1", "-1e12", "0.001", "1.23456789", "1000000000000.01",
                        "-0.0", "123456789012345678901234567890")) {
                    candidates.add(new Candidate("number " + raw, raw(raw)));
                }
            }
            case "array" -> {
                JsonNode item = valid != null && valid.isArray() && !valid.isEmpty() ? valid.get(0) : valid(item(field), scope, NODES.objectNode());
                candidates.add(new Candidate("empty array", NODES.arrayNode()));
                candidates.add(new Candidate("51 items", repeated(item, 51)));
                candidates.add(new Candidate("10 000 items", repeated(item, 10_000)));
                candidates.add(new Candidate("array with a null", NODES.arrayNode().add(item).addNull()));
            }
            case "object" -> candidates.add(new Candidate("empty object", NODES.objectNode()));
            case "boolean" -> {
            }
            default -> candidates.addAll(boundaryTexts(field, scope));
        }
        return candidates;
    }

    private static List<Candidate> boundaryTexts(Field field, Scope scope) {
        List<Candidate> texts = new ArrayList<>(List.of(
                text("empty text", ""), text("blank text", "   "), text("NUL", "\u0000"), text("NUL inside", "a\u0000b"),
                text("control characters", "a\u0001\u0008\u001b\u007fb"), text("lone surrogate", "\ud800"),
                text("lone low surrogate", "x\udc00"), text("path traversal", "../../x/y"),
                text("javascript link", "javascript:alert(1)"), text("CSV formula", "=HYPERLINK(\"http://x\")"),
                text("256 characters", "i".repeat(256)), text("300 characters", "t".repeat(300)),
                text("301 characters", "t".repeat(301)), text("10 000 characters", "f".repeat(10_000)),
                text("10 001 characters", "f".repeat(10_001)), text("emoji and right-to-left override", "\uD83D\uDE00\u202Eabc"),
                text("markup", "<script>alert(1)</script>")));
        Integer maxLength = field.schema().getMaxLength();
        if (maxLength != null) {
            texts.add(text("maxLength " + maxLength, "m".repeat(maxLength)));
            texts.add(text("maxLength+1 " + (maxLength + 1), "m".repeat(maxLength + 1)));
        }
        IdKind id = field.idKind();
        if (id != null && id != IdKind.NEW) {
            texts.add(text("id of another kind", scope.ofAnotherKind(id)));
            texts.add(text("id of the other tenant", scope.ofOtherTenant(id)));
            texts.add(text("unknown id", "fz-unknown-" + scope.random().nextInt(1000)));
        }
        if (field.schema().getEnum() != null && !field.schema().getEnum().isEmpty()) {
            texts.add(text("enum in lower case", String.valueOf(field.schema().getEnum().get(0)).toLowerCase(Locale.ROOT)));
            texts.add(text("unknown enum value", "NOT_A_VALUE"));
        }
        if ("date".equals(field.schema().getFormat())) {
            texts.add(text("date 9999-12-31", "9999-12-31"));
            texts.add(text("date 0001-01-01", "0001-01-01"));
        }
        return texts;
    }

    // ---- invalid ----

    static List<Candidate> wrongTypes(Field field) {
        return switch (field.type()) {
            case "integer" -> List.of(text("text for an integer", "abc"), new Candidate("fraction for an integer", raw("1.5")),
                    new Candidate("boolean for an integer", NODES.booleanNode(true)));
            case "number" -> List.of(text("text for a number", "abc"), new Candidate("boolean for a number", NODES.booleanNode(true)),
                    new Candidate("object for a number", NODES.objectNode()));
            case "boolean" -> List.of(text("text for a boolean", "maybe"), new Candidate("number for a boolean", NODES.numberNode(2)));
            case "array" -> List.of(text("text for an array", "x"), new Candidate("object for an array", NODES.objectNode()));
            case "object" -> List.of(text("text for an object", "x"), new Candidate("array for an object", NODES.arrayNode()));
            default -> "date".equals(field.schema().getFormat()) || "date-time".equals(field.schema().getFormat())
                    ? List.of(text("malformed date", "yesterday"), text("impossible date", "2026-13-45"),
                    new Candidate("number for a date", NODES.numberNode(20260101)))
                    : List.of(new Candidate("number for a text", NODES.numberNode(123)), new Candidate("object for a text", NODES.objectNode()),
                    new Candidate("array for a text", NODES.arrayNode().add("x")), new Candidate("boolean for a text", NODES.booleanNode(true)));
        };
    }

    private static Candidate text(String label, String value) {
        return new Candidate(label, NODES.textNode(value));
    }

    /** A number written as is, beyond what a double or long can hold. */
    private static JsonNode raw(String number) {
        return NODES.rawValueNode(new RawValue(number));
    }

    /** So many items, distinct where they are texts (10 000 different tags, not one tag 10 000 times). */
    private static ArrayNode repeated(JsonNode item, int times) {
        ArrayNode array = NODES.arrayNode(times);
        for (int i = 0; i < times; i++) {
            array.add(item.isTextual() ? NODES.textNode(item.asText() + "-" + i) : item);
        }
        return array;
    }
}
