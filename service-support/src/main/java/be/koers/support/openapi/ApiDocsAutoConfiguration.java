package be.koers.support.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One way for every Koers service to describe its API truthfully: the OpenAPI document at /v3/api-docs gets a
 * title, the security scheme, the problem responses and the real request headers, without annotations on each controller.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    @Bean
    KoersApiDocument koersApiDocument(ApiDocsProperties properties) {
        return new KoersApiDocument(properties);
    }

    @Bean
    ResolvedArguments resolvedArguments(ObjectProvider<RequestMappingHandlerAdapter> handlerAdapter,
                                        ObjectProvider<RequestMappingHandlerMapping> handlerMappings) {
        return new ResolvedArguments(handlerAdapter, handlerMappings);
    }

    @Bean
    JsonAsWritten jsonAsWritten() {
        return new JsonAsWritten();
    }

    @Bean
    EventStreams eventStreams() {
        return new EventStreams();
    }
}
