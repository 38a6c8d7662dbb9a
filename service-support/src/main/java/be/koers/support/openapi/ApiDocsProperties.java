package be.koers.support.openapi;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the OpenAPI document of a service says about itself: its title, description and version, and how a client
 * authenticates. The defaults live in koers-defaults.yml; each service gives its own description.
 */
@ConfigurationProperties("koers.api-docs")
public record ApiDocsProperties(String title, String description, String version, Security security) {

    public ApiDocsProperties {
        security = security == null ? new Security(null, null, null, null, null, null) : security;
    }

    /**
     * The one security scheme every operation requires, as OpenAPI names it: {@code type: http, scheme: basic}
     * today; {@code type: http, scheme: bearer, bearer-format: JWT} or {@code type: openIdConnect,
     * open-id-connect-url: …} once Koers takes tokens from an identity provider.
     */
    public record Security(String name, SecurityScheme.Type type, String scheme, String bearerFormat,
                           String openIdConnectUrl, String description) {

        public Security {
            name = name == null ? "koers" : name;
            type = type == null ? SecurityScheme.Type.HTTP : type;
        }

        SecurityScheme toScheme() {
            return new SecurityScheme().type(type).scheme(scheme).bearerFormat(bearerFormat)
                    .openIdConnectUrl(openIdConnectUrl).description(description);
        }
    }
}
