package be.koers.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.util.List;
import java.util.Set;

/**
 * Spring Authorization Server with OpenID Connect: the protocol endpoints in one filter chain, sign-in and the pages
 * in another. Authorizations and consents live in memory: the tokens are self-contained JWTs, so a restart only
 * costs the refresh tokens and the pending codes.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    static final String CONSENT_PAGE = "/oauth2/consent";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
                                                 AuthorizationServerSettings settings) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, it -> it
                        .clientAuthentication(authentication -> authentication
                                .authenticationConverter(new DeviceClientAuthentication.Converter(settings.getDeviceAuthorizationEndpoint()))
                                .authenticationProvider(new DeviceClientAuthentication.Provider(clients)))
                        .authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE))
                        .deviceVerificationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE))
                        .oidc(Customizer.withDefaults()))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // the OpenID Connect user-info endpoint takes this issuer's own access tokens
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                // a browser that is not signed in goes to the sign-in page; other callers (curl: */*) get a 401
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers()))
                .headers(AuthorizationServerConfig::securityHeaders);
        return http.build();
    }

    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                // Spring Security's generated sign-in page: its only style sheet is its own /default-ui.css
                .formLogin(Customizer.withDefaults())
                .headers(AuthorizationServerConfig::securityHeaders);
        return http.build();
    }

    /**
     * Spring Security's defaults (nosniff, frame denial, HSTS on secure requests) and a policy for the pages: they
     * load nothing but this issuer's own style sheet and may be framed by nobody. No form-action: the consent form's
     * answer redirects to the client, on another origin, which browsers would hold to form-action too. Referrers only
     * within this origin: with no referrer at all, browsers send "Origin: null" with the sign-in form, and the CORS
     * check takes that for a foreign page.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    List<RegisteredClient> registeredClients(IdentityProperties properties) {
        return KoersClients.from(properties);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(List<RegisteredClient> registeredClients) {
        // Spring's in-memory repository refuses to hold none; an issuer without clients starts and warns instead
        return registeredClients.isEmpty() ? new NoClients() : new InMemoryRegisteredClientRepository(registeredClients);
    }

    /** The repository of an issuer that has no clients configured: it knows none, so every token request is refused. */
    private static final class NoClients implements RegisteredClientRepository {

        @Override
        public void save(RegisteredClient registeredClient) {
            throw new UnsupportedOperationException("Clients are configured under koers.identity.clients");
        }

        @Override
        public RegisteredClient findById(String id) {
            return null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return null;
        }
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(List<RegisteredClient> registeredClients) {
        return BrowserOrigins.of(registeredClients);
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService() {
        return new InMemoryOAuth2AuthorizationConsentService();
    }

    @Bean
    RSAKey signingKey(IdentityProperties properties) {
        return SigningKeyFile.readOrCreate(properties.keyFile());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** For the OpenID Connect user-info endpoint, which takes this issuer's own access tokens. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }
}
