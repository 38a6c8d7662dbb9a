package be.koers.support.security;

import be.koers.planning.api.shared.Identifier;
import be.koers.planning.api.shared.TenantId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a verified access token into a {@link KoersUser} through the configured claim names. A token without a
 * user name is refused (401), and so is one without an administration unless it is an operator's (who works for
 * none): Koers cannot record who changed what, or scope what they see, without them. Roles Koers does not know are ignored, so a user with none of Koers' roles is refused every API (403).
 */
public class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final KoersSecurityProperties properties;

    public TokenClaims(KoersSecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        KoersSecurityProperties.Claims claims = properties.claims();
        String username = text(jwt, claims.username());
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("The token names no user in its claim '" + claims.username() + "'.");
        }
        List<KoersRole> roles = texts(jwt, claims.roles()).stream()
                .map(properties::role).flatMap(java.util.Optional::stream).distinct().toList();
        String tenant = properties.tenant() != null ? properties.tenant() : text(jwt, claims.tenant());
        boolean operatorOfNoTenant = tenant == null && roles.contains(KoersRole.OPERATOR);
        if (!operatorOfNoTenant && !Identifier.wellFormed(tenant)) {
            throw new InvalidBearerTokenException("The token names no administration in its claim '" + claims.tenant() + "'.");
        }
        KoersUser user = new KoersUser(username, jwt.getSubject(), operatorOfNoTenant ? null : TenantId.of(tenant), roles,
                texts(jwt, claims.departments()));
        return new KoersAuthentication(user, jwt);
    }

    private static String text(Jwt jwt, String claim) {
        Object value = claim(jwt, claim);
        return value == null ? null : value.toString();
    }

    private static List<String> texts(Jwt jwt, String claim) {
        Object value = claim(jwt, claim);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString().split("[ ,]+"));
    }

    /** A claim by its name, or a nested one by a dotted path ({@code realm_access.roles}). */
    private static Object claim(Jwt jwt, String path) {
        if (jwt.hasClaim(path)) {
            return jwt.getClaim(path);
        }
        Object value = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }
}
