package be.koers.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.List;
import java.util.Objects;

/**
 * The parts of a service's OpenAPI document that no controller states: its title and description, the security
 * scheme every operation requires, the problem responses of every operation, and bodies that are not JSON
 * described as the text or bytes they are.
 */
class KoersApiDocument implements GlobalOpenApiCustomizer {

    private final ApiDocsProperties properties;

    KoersApiDocument(ApiDocsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title(properties.title()).description(properties.description()).version(properties.version()));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        ProblemResponses.schemas().forEach(components::addSchemas);
        ApiDocsProperties.Security security = properties.security();
        components.addSecuritySchemes(security.name(), security.toScheme());
        api.components(components);
        api.security(List.of(new SecurityRequirement().addList(security.name())));
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                ProblemResponses.document(method, operation);
                describeNonJsonBodies(operation);
            }));
        }
    }

    /**
     * springdoc gives every media type of a response the schema of the method's Java return type; a CSV, PDF,
     * Markdown or NDJSON body is text or bytes instead.
     */
    private static void describeNonJsonBodies(Operation operation) {
        operation.getResponses().values().stream().map(ApiResponse::getContent).filter(Objects::nonNull)
                .flatMap(content -> content.entrySet().stream())
                .filter(entry -> !isJson(entry.getKey()) && !isString(entry.getValue().getSchema()))
                .forEach(entry -> entry.getValue().schema(isText(entry.getKey())
                        ? Schemas.of("string") : Schemas.of("string").format("binary")));
    }

    private static boolean isString(Schema<?> schema) {
        return schema != null && schema.getTypes() != null && schema.getTypes().contains("string");
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static boolean isText(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.equals("application/x-ndjson");
    }
}
