package be.koers.system.fuzz;

import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;

/**
 * What every answer must be, whatever was asked: never a 5xx, and every 4xx a problem+json that names the field
 * and the rule (or lists such violations under {@code errors}); refusals of who or how (401, 403, 404, 405, 406,
 * 415) need only a problem+json with a title.
 */
final class ResponseCheck {

    private static final Set<Integer> TITLE_IS_ENOUGH = Set.of(401, 403, 404, 405, 406, 415);

    private ResponseCheck() {
    }

    /** What is wrong with the answer, if anything. */
    static Optional<String> problemOf(ApiClient.Response response) {
        int status = response.status();
        if (status >= 500) {
            return Optional.of(status + " server error");
        }
        if (status < 400) {
            return Optional.empty();
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return Optional.of(status + " not problem+json but '" + response.contentType() + "'");
        }
        JsonNode problem;
        try {
            problem = ApiClient.JSON.readTree(response.body());
        } catch (Exception e) {
            return Optional.of(status + " problem+json that is not JSON");
        }
        if (TITLE_IS_ENOUGH.contains(status)) {
            return filled(problem, "title") ? Optional.empty() : Optional.of(status + " problem without a title");
        }
        return namesFieldAndRule(problem) ? Optional.empty() : Optional.of(status + " problem without field and rule");
    }

    private static boolean namesFieldAndRule(JsonNode problem) {
        if (filled(problem, "field") && filled(problem, "rule")) {
            return true;
        }
        JsonNode errors = problem.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (!filled(error, "field") || !filled(error, "rule")) {
                return false;
            }
        }
        return true;
    }

    private static boolean filled(JsonNode node, String name) {
        return node.path(name).isTextual() && !node.path(name).asText().isBlank();
    }
}
