package be.koers.identity;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The web origins that may call the protocol endpoints from a page's script: those of the registered clients'
 * redirect URIs, on any port where the redirect URI is a loopback IP address (as the authorization endpoint accepts
 * such a redirect on any port, RFC 8252). Swagger UI on a service (another origin than the issuer) reads the discovery document and exchanges
 * its code for a token with fetch, which the browser allows only when the issuer answers with these CORS headers.
 */
final class BrowserOrigins {

    private static final Pattern LOOPBACK_IP = Pattern.compile("127(\\.\\d{1,3}){3}|\\[::1]");

    private BrowserOrigins() {
    }

    static CorsConfigurationSource of(Collection<RegisteredClient> clients) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(clients.stream()
                .flatMap(client -> client.getRedirectUris().stream())
                .map(BrowserOrigins::originOf)
                .distinct().sorted().toList());
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        // Swagger UI sends X-Requested-With besides Content-Type; the headers carry no credentials of another origin
        cors.setAllowedHeaders(List.of("*"));
        cors.setMaxAge(3600L);
        // the protocol endpoints only: the sign-in, consent and device pages are this origin's own forms
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String endpoints : List.of("/.well-known/**", "/oauth2/**", "/userinfo", "/connect/**")) {
            source.registerCorsConfiguration(endpoints, cors);
        }
        return source;
    }

    private static String originOf(String redirectUri) {
        URI uri = URI.create(redirectUri);
        String port = LOOPBACK_IP.matcher(uri.getHost()).matches() ? ":[*]" : uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + port;
    }
}
