package be.koers.support.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The refusals an operation can answer, each an application/problem+json body of the shape
 * {@link be.koers.support.problem.Problems} writes. Which statuses apply follows from the operation's shape (a
 * path id can be unknown, a body can be invalid, a change can conflict), the same way for every service.
 */
final class ProblemResponses {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private record Refusal(String status, String description, Predicate<Shape> applies) {
    }

    /** What decides which refusals an operation can answer. */
    private record Shape(boolean write, boolean pathIds, boolean queryParameters, boolean body) {
    }

    private static final List<Refusal> REFUSALS = List.of(
            new Refusal("400", "Malformed request: a parameter, header or body that cannot be read "
                    + "(rules such as malformed-value, malformed-json, required).", shape -> true),
            new Refusal("401", "No valid credentials (rule authentication-required).", shape -> true),
            new Refusal("403", "The caller's role does not allow this operation (rule role-not-allowed).", shape -> true),
            new Refusal("404", "An id in the path is unknown to the caller's administration (rules such as unknown-plan, "
                    + "unknown-element, unknown-indicator); an id of another administration answers the same.", Shape::pathIds),
            new Refusal("406", "None of the media types the Accept header names can be produced.", shape -> true),
            new Refusal("409", "The change conflicts with the current state: a rule of the plan, a concurrent change or "
                    + "a stale If-Match version; nothing was stored.", Shape::write),
            new Refusal("415", "The body is not application/json.", Shape::body),
            new Refusal("422", "Well-formed but invalid values; field and rule name the first, errors lists them all "
                    + "when there are several; nothing was stored.", shape -> shape.body() || shape.queryParameters()),
            new Refusal("500", "Koers could not handle the request; nothing was changed and the failure was logged.", shape -> true),
            new Refusal("503", "A store Koers needs cannot be reached; nothing was changed, try again shortly.", Shape::write));

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private ProblemResponses() {
    }

    static Map<String, Schema> schemas() {
        Schema<Object> violation = Schemas.of("object")
                .addProperty("field", Schemas.of("string").description("The refused input: a JSON path into the body, a parameter or a header."))
                .addProperty("rule", Schemas.of("string").description("The broken rule, in kebab-case."))
                .addProperty("message", Schemas.of("string").description("A sentence for people."))
                .required(List.of("field", "rule", "message"));
        Schema<Object> problem = Schemas.of("object")
                .description("RFC 9457 problem details that always name the refused field and the broken rule.")
                .addProperty("type", Schemas.of("string").format("uri").description("urn:koers:problem:<rule>"))
                .addProperty("title", Schemas.of("string"))
                .addProperty("status", Schemas.of("integer").format("int32"))
                .addProperty("detail", Schemas.of("string"))
                .addProperty("instance", Schemas.of("string").format("uri-reference"))
                .addProperty("field", Schemas.of("string").description("The refused input (of the first violation)."))
                .addProperty("rule", Schemas.of("string").description("The broken rule (of the first violation)."))
                .addProperty("errors", Schemas.of("array").items(Schemas.ref(VIOLATION))
                        .description("Every violation, when there are several."))
                .required(List.of("type", "title", "status", "detail", "field", "rule"));
        return Map.of(VIOLATION, violation, PROBLEM, problem);
    }

    /** Adds every refusal the operation can answer, leaving any response it documents itself as it is. */
    static void document(HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Shape shape = new Shape(!READS.contains(method),
                parameters.stream().anyMatch(p -> "path".equals(p.getIn())),
                parameters.stream().anyMatch(p -> "query".equals(p.getIn())),
                operation.getRequestBody() != null);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (Refusal refusal : REFUSALS) {
            if (refusal.applies().test(shape) && !responses.containsKey(refusal.status())) {
                responses.addApiResponse(refusal.status(), new ApiResponse().description(refusal.description())
                        .content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(Schemas.ref(PROBLEM)))));
            }
        }
        operation.setResponses(responses);
    }
}
