package be.koers.support.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Arguments that a service's own resolvers fill from the request (the change context of a command, the
 * authenticated user) are not parameters a client sends: the documents leave their types out, and show the request
 * headers behind them instead. Asks the resolvers Spring MVC really uses, so no controller has to hide anything itself.
 */
class ResolvedArguments implements GlobalOperationCustomizer, SmartInitializingSingleton {

    private final ObjectProvider<RequestMappingHandlerAdapter> handlerAdapter;
    private final ObjectProvider<RequestMappingHandlerMapping> handlerMappings;

    ResolvedArguments(ObjectProvider<RequestMappingHandlerAdapter> handlerAdapter,
                      ObjectProvider<RequestMappingHandlerMapping> handlerMappings) {
        this.handlerAdapter = handlerAdapter;
        this.handlerMappings = handlerMappings;
    }

    /** Before springdoc first builds a document (on its first request): it then skips these types as parameters. */
    @Override
    public void afterSingletonsInstantiated() {
        handlerMappings.orderedStream()
                .flatMap(mapping -> mapping.getHandlerMethods().values().stream())
                .flatMap(handler -> Arrays.stream(handler.getMethodParameters()))
                .filter(parameter -> customResolverOf(parameter).isPresent())
                .map(MethodParameter::getParameterType)
                .distinct()
                .forEach(type -> SpringDocUtils.getConfig().addRequestWrapperToIgnore(type));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Arrays.stream(handler.getMethodParameters())
                .flatMap(parameter -> customResolverOf(parameter).stream())
                .filter(HeaderArgumentResolver.class::isInstance)
                .flatMap(resolver -> ((HeaderArgumentResolver) resolver).documentedHeaders().stream())
                .forEach(header -> add(operation, header));
        return operation;
    }

    private Optional<HandlerMethodArgumentResolver> customResolverOf(MethodParameter parameter) {
        RequestMappingHandlerAdapter adapter = handlerAdapter.getIfUnique();
        List<HandlerMethodArgumentResolver> custom = adapter == null ? null : adapter.getCustomArgumentResolvers();
        return custom == null ? Optional.empty() : custom.stream().filter(r -> r.supportsParameter(parameter)).findFirst();
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
