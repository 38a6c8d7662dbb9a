package be.koers.support.security;

import be.koers.support.problem.ProblemWriter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;


/**
 * One access policy for every Koers service. Every API request carries an access token of the administration's
 * identity provider (OpenID Connect), verified against the issuer's keys for its issuer, audience, expiry and
 * signature; its claims say who, which administration and which roles. Each {@link EndpointFamily} admits its roles;
 * probes and API docs are open. Refusals answer with problem+json.
 * Every answer carries the security headers ({@link ContentSecurityPolicy}, no referrer, nosniff, no framing, HSTS
 * when the request came over TLS).
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(KoersSecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter() {
        return new ProblemWriter();
    }

    /**
     * The firewall refuses paths such as {@code /api/plans//vision} or with {@code ;}; by default the refusal went to
     * the container's error page. It answers problem+json like every other refusal.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "request", "malformed-path",
                "This path cannot be served: " + rejected.getMessage() + ".");
    }

    static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain koersSecurity(HttpSecurity http, ProblemWriter problems, KoersSecurityProperties properties,
                                      Environment environment, ResourcePatternResolver resources) throws Exception {
        String issuer = environment.getProperty(ISSUER_PROPERTY, "");
        if (issuer.isBlank()) {
            throw new IllegalStateException("No identity provider is configured: set KOERS_ISSUER to the issuer URI of the"
                    + " administration's OpenID Connect provider (" + ISSUER_PROPERTY + "); the local run's is"
                    + " http://127.0.0.1:9000, which infra/koers up starts. Koers does not start without one: it could not"
                    + " tell who asks, nor for which administration.");
        }
        AuthenticationEntryPoint unauthenticated = tokenRequired(problems);
        String contentSecurityPolicy = ContentSecurityPolicy.of(issuer, resources);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                // beside Spring Security's defaults: nosniff, X-Frame-Options DENY, HSTS on secure requests only
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    // Open: the actuator, which only the management port serves (the management context's requests pass
                    // through this chain too), and on the API port liveness and readiness (/livez, /readyz)
                    auth.requestMatchers(EndpointRequest.toAnyEndpoint(),
                            EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)).permitAll();
                    auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll();
                    FAMILIES.forEach(family -> auth.requestMatchers(family.matcher()).hasAnyRole(family.family().roleNames()));
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenClaims(properties)))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "role", "role-not-allowed", refusal(request))))
                .build();
    }

    /**
     * 401 with the {@code WWW-Authenticate: Bearer} challenge OAuth 2.0 prescribes (naming the token's fault, when
     * there was a token) and a problem body saying the same.
     */
    private static AuthenticationEntryPoint tokenRequired(ProblemWriter problems) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            challenge.commence(request, response, e);
            boolean badToken = isBadToken(e);
            problems.write(response, HttpStatus.UNAUTHORIZED, "Authorization", badToken ? "invalid-token" : "authentication-required",
                    badToken ? "The access token was refused: " + e.getMessage()
                            : "Send an access token of your identity provider: Authorization: Bearer <token>.");
        };
    }

    /** A token was sent and refused (malformed, expired, not ours), as opposed to none sent at all. */
    private static boolean isBadToken(AuthenticationException e) {
        return e instanceof OAuth2AuthenticationException;
    }

    /** The families in their order of precedence, each with the matcher of its method and paths. */
    private static final List<MatchedFamily> FAMILIES = Arrays.stream(EndpointFamily.values()).map(MatchedFamily::of).toList();

    private record MatchedFamily(EndpointFamily family, RequestMatcher matcher) {

        static MatchedFamily of(EndpointFamily family) {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            return new MatchedFamily(family, new OrRequestMatcher(family.paths().stream()
                    .<RequestMatcher>map(path -> paths.matcher(family.method(), path)).toList()));
        }
    }

    /** Says which roles the request needs and which the caller has, so the refusal can be acted on. */
    private static String refusal(HttpServletRequest request) {
        String roles = SecurityContextHolder.getContext().getAuthentication() instanceof KoersAuthentication signedIn
                ? signedIn.getPrincipal().roles().stream().map(Enum::name).collect(Collectors.joining(", ")) : "";
        String needed = FAMILIES.stream().filter(family -> family.matcher().matches(request)).findFirst()
                .map(family -> " needs one of the roles " + String.join(", ", family.family().roleNames())).orElse(" is not allowed");
        return request.getMethod() + " " + request.getRequestURI() + needed + "; your roles: "
                + (roles.isEmpty() ? "none of Koers'" : roles) + ".";
    }
}
