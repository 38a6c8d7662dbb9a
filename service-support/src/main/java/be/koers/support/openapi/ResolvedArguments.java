package be.koers.support.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Arguments that a service's own resolvers fill from the request (the change context of a command, the
 * authenticated user) are not parameters a client sends: the documents leave them out, and show the request headers
 * behind them instead. Asks the resolvers Spring MVC really uses, so no controller has to hide anything itself.
 */
class ResolvedArguments implements GlobalOperationCustomizer {

    private final ObjectProvider<RequestMappingHandlerAdapter> handlerAdapter;
    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

    ResolvedArguments(ObjectProvider<RequestMappingHandlerAdapter> handlerAdapter) {
        this.handlerAdapter = handlerAdapter;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String[] parameterNames = names.getParameterNames(handler.getMethod());
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Optional<HandlerMethodArgumentResolver> resolver = customResolverOf(parameter);
            if (resolver.isEmpty()) {
                continue;
            }
            if (parameterNames != null) {
                drop(operation, parameterNames[parameter.getParameterIndex()]);
            }
            if (resolver.get() instanceof HeaderArgumentResolver headers) {
                headers.documentedHeaders().forEach(header -> add(operation, header));
            }
        }
        return operation;
    }

    private Optional<HandlerMethodArgumentResolver> customResolverOf(MethodParameter parameter) {
        RequestMappingHandlerAdapter adapter = handlerAdapter.getIfUnique();
        List<HandlerMethodArgumentResolver> custom = adapter == null ? null : adapter.getCustomArgumentResolvers();
        return custom == null ? Optional.empty() : custom.stream().filter(r -> r.supportsParameter(parameter)).findFirst();
    }

    private static void drop(Operation operation, String name) {
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> !"header".equals(p.getIn()) && Objects.equals(p.getName(), name));
        }
    }

    private static void add(Operation operation, DocumentedHeader header) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
        if (parameters.stream().noneMatch(p -> "header".equals(p.getIn()) && header.name().equalsIgnoreCase(p.getName()))) {
            parameters.add(new HeaderParameter().name(header.name()).required(false).description(header.description())
                    .example(header.example()).schema(Schemas.of("string")));
        }
        operation.setParameters(parameters);
    }
}
