package be.koers.system.fuzz;

import be.koers.testing.ApiClient;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a service's {@code /v3/api-docs} into the operations to fuzz, and says which it leaves out and why: nothing
 * is skipped silently.
 */
final class ApiDocuments {

    /** The internal ChangeContext argument that springdoc shows as a query parameter; no client sends it. */
    static final String INTERNAL_PARAMETER = "context";

    /**
     * Changes that end what the other operations work on (a retired element, an adopted or closed plan) run after
     * them, in this order, so that most writes meet an open draft; a plan is adopted before its revisions open,
     * and closed last of all.
     */
    private static final List<String> RUN_LAST = List.of("/retirement", "/plans/{planId}/adoption", "/revisions",
            "/revisions/current/adoption", "/revisions/current/discard", "/closure");

    record Excluded(String operation, String reason) {
    }

    record Document(List<ApiOperation> operations, List<Excluded> excluded, int internalParametersIgnored) {
    }

    private ApiDocuments() {
    }

    static Document read(String service, ApiClient anonymous) {
        ApiClient.Response docs = anonymous.get("/v3/api-docs");
        if (docs.status() != 200) {
            throw new IllegalStateException(service + " /v3/api-docs answered " + docs);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(docs.body(), null, options);
        OpenAPI api = Optional.ofNullable(parsed.getOpenAPI())
                .orElseThrow(() -> new IllegalStateException(service + " /v3/api-docs unreadable: " + parsed.getMessages()));
        List<ApiOperation> operations = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        int[] internalParameters = {0};
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (path.startsWith("/admin/") && method != PathItem.HttpMethod.GET) {
                excluded.add(new Excluded(name, "rebuilds or re-publishes projections: the read models it resets would"
                        + " disturb the visibility check of every other write"));
                return;
            }
            List<ApiOperation.Parameter> parameters = new ArrayList<>();
            for (io.swagger.v3.oas.models.parameters.Parameter parameter : Optional.ofNullable(operation.getParameters()).orElse(List.of())) {
                if (parameter.getName().equals(INTERNAL_PARAMETER)) {
                    internalParameters[0]++;
                } else {
                    parameters.addAll(parametersOf(parameter));
                }
            }
            operations.add(new ApiOperation(service, method.name(), path, parameters, jsonBody(operation),
                    produces(operation.getResponses()), operation.getResponses().containsKey("201")));
        }));
        operations.sort(Comparator.comparingInt(ApiDocuments::runOrder));
        return new Document(operations, excluded, internalParameters[0]);
    }

    private static int runOrder(ApiOperation operation) {
        for (int i = 0; i < RUN_LAST.size(); i++) {
            if (operation.path().endsWith(RUN_LAST.get(i)) && operation.writes()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A query parameter that is an object stands for its properties, each a parameter of its own (form, explode). */
    private static List<ApiOperation.Parameter> parametersOf(io.swagger.v3.oas.models.parameters.Parameter parameter) {
        ApiOperation.In in = ApiOperation.In.valueOf(parameter.getIn().toUpperCase());
        Schema<?> schema = parameter.getSchema();
        if (in == ApiOperation.In.QUERY && schema.getProperties() != null) {
            List<ApiOperation.Parameter> exploded = new ArrayList<>();
            schema.getProperties().forEach((property, propertySchema) -> exploded.add(new ApiOperation.Parameter(property, in,
                    schema.getRequired() != null && schema.getRequired().contains(property), propertySchema)));
            return exploded;
        }
        return List.of(new ApiOperation.Parameter(parameter.getName(), in, Boolean.TRUE.equals(parameter.getRequired()), schema));
    }

    private static Schema<?> jsonBody(io.swagger.v3.oas.models.Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        return json == null ? null : json.getSchema();
    }

    private static List<String> produces(Map<String, ApiResponse> responses) {
        List<String> types = new ArrayList<>();
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                types.addAll(response.getContent().keySet());
            }
        });
        return types.stream().distinct().toList();
    }
}
