package be.koers.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the issuer is: who it says it is, whom its tokens are for, its users and clients, and where its key lives.
 *
 * @param issuer            the issuer identifier every token and the discovery document carry, whatever host a request names
 * @param audience          the {@code aud} of every access token: the services accept only tokens meant for them
 * @param accessTokenTtl    how long an access token is valid
 * @param keyFile           the RSA signing key (a JWK with its private part), created on first start
 * @param users             the people who can sign in
 * @param testUsers         tests only: users made up from their name
 * @param clients           the applications that may ask for tokens
 * @param extraRedirectUris redirect URIs added to every client of the authorization-code flow
 */
@ConfigurationProperties("koers.identity")
public record IdentityProperties(
        @DefaultValue("http://127.0.0.1:9000") String issuer,
        @DefaultValue("koers") String audience,
        @DefaultValue("30m") Duration accessTokenTtl,
        @DefaultValue(".koers/identity/signing-key.json") Path keyFile,
        List<User> users,
        @DefaultValue TestUsers testUsers,
        List<Client> clients,
        List<String> extraRedirectUris) {

    public IdentityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        clients = clients == null ? List.of() : List.copyOf(clients);
        extraRedirectUris = extraRedirectUris == null ? List.of() : List.copyOf(extraRedirectUris);
    }

    /**
     * A person who signs in.
     *
     * @param password     a hash with its encoder's id in front, such as {@code {bcrypt}$2a$10$...}
     * @param tenant       the administration the user works for; none only for an OPERATOR, who runs Koers for all
     * @param roles        PLANNER, SCORER, AUDITOR, VIEWER, TENANT_ADMIN, OPERATOR …
     * @param departments  the departments the user belongs to (may be empty)
     * @param displayName  the user's full name (the {@code name} claim); the username when absent
     */
    public record User(String username, String password, String tenant, List<String> roles, List<String> departments,
                       String displayName) {

        public User {
            Objects.requireNonNull(username, "koers.identity.users[].username is required");
            Objects.requireNonNull(password, () -> "koers.identity.users[] " + username + ": password is required");
            roles = roles == null ? List.of() : List.copyOf(roles);
            if (tenant == null && !roles.equals(List.of("OPERATOR"))) {
                throw new IllegalArgumentException("koers.identity.users[] " + username + ": tenant is required (only an"
                        + " OPERATOR, and nothing else, works for no administration)");
            }
            departments = departments == null ? List.of() : List.copyOf(departments);
            displayName = displayName == null ? username : displayName;
        }
    }

    /**
     * Tests create administrations of their own at runtime and need users in them: when enabled, {@code <role>@<tenant>}
     * (or {@code <role>+<department>@<tenant>}) signs in with the role's name as password; {@code operator} alone is
     * the operator, of no tenant. Never enable it outside tests.
     */
    public record TestUsers(@DefaultValue("false") boolean enabled) {
    }

    /**
     * An application that asks for tokens.
     *
     * @param secret         the client secret's hash ({@code {bcrypt}...}); none for a public client (a browser, a CLI)
     * @param grantTypes     authorization_code, refresh_token, client_credentials, urn:ietf:params:oauth:grant-type:device_code
     * @param redirectUris   where the authorization-code flow may return to
     * @param requirePkce    whether the authorization-code flow needs a PKCE code challenge
     * @param requireConsent whether the user approves the scopes on a consent page
     * @param tenant         for client credentials: the administration the client acts for
     * @param roles          for client credentials: the roles the client acts with
     */
    public record Client(String clientId, String secret, List<String> grantTypes, List<String> redirectUris,
                         List<String> scopes, boolean requirePkce, boolean requireConsent, String tenant,
                         List<String> roles) {

        public Client {
            Objects.requireNonNull(clientId, "koers.identity.clients[].client-id is required");
            grantTypes = grantTypes == null ? List.of() : List.copyOf(grantTypes);
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            roles = roles == null ? List.of() : List.copyOf(roles);
            if (grantTypes.contains("client_credentials") && tenant == null) {
                throw new IllegalArgumentException("koers.identity.clients[] " + clientId
                        + ": a client of the client_credentials grant needs the tenant (and roles) it acts for");
            }
        }
    }
}
