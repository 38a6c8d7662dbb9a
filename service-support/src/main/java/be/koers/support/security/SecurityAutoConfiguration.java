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
import org.springframework.http.HttpMethod;
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

import java.util.Arrays;

import static be.koers.support.security.KoersRole.ADMIN;
import static be.koers.support.security.KoersRole.FINANCE;
import static be.koers.support.security.KoersRole.PLANNER;
import static be.koers.support.security.KoersRole.STAFF;
import static be.koers.support.security.KoersRole.VIEWER;

/**
 * One access policy for every Koers service. Every API request carries an access token of the administration's
 * identity provider (OpenID Connect), verified against the issuer's keys for its issuer, audience, expiry and
 * signature; its claims say who, which administration and which roles. Reading needs any role; recording scores,
 * progress and unplanned work STAFF or PLANNER (scores also FINANCE); budget actuals PLANNER or FINANCE; changing
 * anything else PLANNER; operating ADMIN. Health, metrics and API docs are open. Refusals answer with problem+json.
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
                .authorizeHttpRequests(auth -> auth
                        // Open: the actuator, which only the management port serves (the management context's requests pass
                        // through this chain too), and on the API port liveness and readiness (/livez, /readyz)
                        .requestMatchers(EndpointRequest.toAnyEndpoint(), EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(names(VIEWER, STAFF, PLANNER, FINANCE, ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/indicators/*/scores", "/api/scores/bulk").hasAnyRole(names(STAFF, PLANNER, FINANCE))
                        .requestMatchers(HttpMethod.PUT, "/api/indicators/*/scores/*").hasAnyRole(names(STAFF, PLANNER, FINANCE))
                        .requestMatchers(HttpMethod.PUT, "/api/plans/*/elements/*/budget/*/actuals").hasAnyRole(names(PLANNER, FINANCE))
                        .requestMatchers(HttpMethod.POST, "/api/plans/*/unplanned-work").hasAnyRole(names(STAFF, PLANNER))
                        .requestMatchers(HttpMethod.PUT, "/api/plans/*/items/*/progress").hasAnyRole(names(STAFF, PLANNER))
                        .requestMatchers("/api/**").hasRole(PLANNER.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenClaims(properties)))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "role",
                                        "role-not-allowed", "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".")))
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

    private static String[] names(KoersRole... roles) {
        return Arrays.stream(roles).map(Enum::name).toArray(String[]::new);
    }
}
