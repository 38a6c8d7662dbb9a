package be.koers.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Puts Koers' claims into the access and ID tokens: tenant, roles, departments, preferred_username and name, from
 * the user who signed in or, under client credentials, from the client's configuration; and the services' audience.
 */
@Component
class KoersTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final KoersUsers users;
    private final String audience;

    KoersTokenClaims(KoersUsers users, IdentityProperties properties) {
        this.users = users;
        this.audience = properties.audience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (!accessToken && !OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        SubjectClaims subject = subjectOf(context);
        JwtClaimsSet.Builder claims = context.getClaims();
        if (subject.tenant() != null) {
            // an operator works for no administration: the services refuse such a token any tenant's data
            claims.claim(SubjectClaims.TENANT, subject.tenant());
        }
        claims.claim(SubjectClaims.ROLES, subject.roles())
                .claim(SubjectClaims.DEPARTMENTS, subject.departments())
                .claim(SubjectClaims.PREFERRED_USERNAME, subject.preferredUsername())
                .claim(SubjectClaims.NAME, subject.name());
        if (accessToken) {
            // the ID token's audience stays the client, as OpenID Connect wants
            claims.audience(List.of(audience));
        }
    }

    private SubjectClaims subjectOf(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return KoersClients.claimsOf(context.getRegisteredClient()).orElseThrow(() -> refused(
                    "client " + context.getRegisteredClient().getClientId() + " acts for no tenant"));
        }
        String username = context.getPrincipal().getName();
        return users.claimsOf(username).orElseThrow(() -> refused("user " + username + " no longer exists"));
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, why, null));
    }
}
