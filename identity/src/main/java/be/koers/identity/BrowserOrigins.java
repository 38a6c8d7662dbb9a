package be.koers.identity;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * The web origins that may call the protocol endpoints from a page's script: those of the registered clients'
 * redirect URIs. Swagger UI on a service (another origin than the issuer) reads the discovery document and exchanges
 * its code for a token with fetch, which the browser allows only when the issuer answers with these CORS headers.
 */
final class BrowserOrigins {

    private BrowserOrigins() {
    }

    static CorsConfigurationSource of(Collection<RegisteredClient> clients) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(clients.stream()
                .flatMap(client -> client.getRedirectUris().stream())
                .map(BrowserOrigins::originOf)
                .distinct().sorted().toList());
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        // Swagger UI sends X-Requested-With besides Content-Type; the headers carry no credentials of another origin
        cors.setAllowedHeaders(List.of("*"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    private static String originOf(String redirectUri) {
        URI uri = URI.create(redirectUri);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
