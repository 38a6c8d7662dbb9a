package be.koers.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.LinkedHashMap;

/**
 * Sign-in with the authorization-code flow and PKCE at the issuer (registration {@value #REGISTRATION}, a public
 * client), sign-out, and what every page needs: a session, CSRF protection, a strict content security policy.
 * The access token is kept in the HTTP session ({@link HttpSessionOAuth2AuthorizedClientRepository}): the browser
 * only ever holds the session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
// Spring Boot binds these only while it makes the registrations itself, which clientRegistrations() does here
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class SignInConfiguration {

    /** The client registration of the issuer, in {@code spring.security.oauth2.client.registration}. */
    public static final String REGISTRATION = "koers";
    public static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;

    /** Own scripts and styles only: no inline code, nothing from another origin, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, KoersRoles roles) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/signed-out", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        // no page of our own in between: straight to the issuer's sign-in
                        .loginPage(SIGN_IN)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roles)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInAgain()))
                .logout(logout -> logout.logoutSuccessUrl("/signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A page asked for without a session goes to the issuer. A fragment htmx asks for cannot follow that redirect
     * (the issuer's page would land inside the page), so htmx is told to load the whole page again, which signs in.
     */
    private static AuthenticationEntryPoint signInAgain() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
        byRequest.put(new RequestHeaderRequestMatcher("HX-Request", "true"), (request, response, exception) -> {
            response.setHeader("HX-Redirect", currentPage(request));
            response.setStatus(401);
        });
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN));
        return entryPoint;
    }

    public static String currentPage(HttpServletRequest request) {
        String page = request.getHeader("HX-Current-URL");
        return page == null ? "/" : page;
    }

    /**
     * The issuer's registration from Spring Boot's properties, after checking that an issuer is configured at all:
     * like the services, the web app refuses to start without one and says which variable to set.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(OAuth2ClientProperties properties) {
        OAuth2ClientProperties.Provider provider = properties.getProvider().get(REGISTRATION);
        if (provider == null || provider.getIssuerUri() == null || provider.getIssuerUri().isBlank()) {
            throw new IllegalStateException("No identity provider is configured: set KOERS_ISSUER to the issuer URI of the"
                    + " OpenID Connect provider (spring.security.oauth2.client.provider." + REGISTRATION
                    + ".issuer-uri), such as http://127.0.0.1:9000 for the local issuer that infra/koers up starts.");
        }
        return new InMemoryClientRegistrationRepository(
                new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values().stream().toList());
    }

    /** The user's tokens live in their HTTP session, nowhere else (not in memory shared by every session of a user). */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        OAuth2AuthorizedClientProvider provider = OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build();
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(provider);
        return manager;
    }
}
