package be.koers.support.openapi;

import org.springframework.web.method.support.HandlerMethodArgumentResolver;

import java.util.List;

/**
 * A resolver that fills a controller argument from request headers. The API documents show those headers on every
 * operation that takes such an argument, instead of the argument itself.
 */
public interface HeaderArgumentResolver extends HandlerMethodArgumentResolver {

    List<DocumentedHeader> documentedHeaders();
}
