package be.koers.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registered clients, as the configuration describes them. */
final class KoersClients {

    /** The client settings that hold whom a client acts as under client credentials. */
    static final String TENANT_SETTING = "koers.tenant";
    static final String ROLES_SETTING = "koers.roles";

    private KoersClients() {
    }

    static List<RegisteredClient> from(IdentityProperties properties) {
        return properties.clients().stream().map(client -> registered(client, properties)).toList();
    }

    private static RegisteredClient registered(IdentityProperties.Client client, IdentityProperties properties) {
        RegisteredClient.Builder builder = RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(client.clientId())
                .clientName(client.clientId())
                .clientAuthenticationMethod(client.secret() == null ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientSecret(client.secret())
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .scopes(scopes -> scopes.addAll(client.scopes()))
                // a refresh token is good for one refresh: the next comes with the new access token
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl())
                        .reuseRefreshTokens(false).build());
        client.grantTypes().forEach(grant -> builder.authorizationGrantType(new AuthorizationGrantType(grant)));
        if (client.grantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE.getValue())) {
            builder.redirectUris(uris -> uris.addAll(properties.extraRedirectUris()));
        }
        ClientSettings.Builder settings = ClientSettings.builder()
                .requireProofKey(client.requirePkce())
                .requireAuthorizationConsent(client.requireConsent());
        if (client.tenant() != null) {
            settings.setting(TENANT_SETTING, client.tenant()).setting(ROLES_SETTING, client.roles());
        }
        return builder.clientSettings(settings.build()).build();
    }

    /** What a client's own tokens (client credentials) say about it; empty for a client that acts for no tenant. */
    static Optional<SubjectClaims> claimsOf(RegisteredClient client) {
        String tenant = client.getClientSettings().getSetting(TENANT_SETTING);
        List<String> roles = client.getClientSettings().getSetting(ROLES_SETTING);
        return Optional.ofNullable(tenant).map(it -> new SubjectClaims(client.getClientId(), client.getClientId(), it,
                roles == null ? List.of() : roles, List.of()));
    }
}
