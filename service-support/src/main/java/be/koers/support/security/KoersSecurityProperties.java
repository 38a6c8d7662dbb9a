package be.koers.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which claims of the identity provider's access token say who the user is, which administration they work for,
 * what they may do and in which departments: configuration, so that a Keycloak realm, a Microsoft Entra ID app
 * registration or the Flemish government's ACM/IDM can be mapped without code. The issuer and audience are Spring
 * Boot's ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code audiences}).
 *
 * @param claims     claim names; a dotted name reads a nested claim ({@code realm_access.roles} in Keycloak)
 * @param tenant     the administration of every user when the provider serves one administration and names none
 * @param roleNames  the provider's role values that mean a Koers role ({@code Koers.Planner: PLANNER});
 *                   a value not listed counts when it is a Koers role's name, in any case
 */
@ConfigurationProperties("koers.security")
public record KoersSecurityProperties(Claims claims, String tenant, Map<String, KoersRole> roleNames) {

    public KoersSecurityProperties {
        claims = claims == null ? new Claims(null, null, null, null) : claims;
        roleNames = roleNames == null ? Map.of() : roleNames.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    /** The Koers role an identity provider's role value means, if any. */
    Optional<KoersRole> role(String value) {
        KoersRole mapped = roleNames.get(value.toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return Optional.of(mapped);
        }
        try {
            return Optional.of(KoersRole.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAKoersRole) {
            return Optional.empty();
        }
    }

    public record Claims(String username, String tenant, String roles, String departments) {

        public Claims {
            username = username == null ? "preferred_username" : username;
            tenant = tenant == null ? "tenant" : tenant;
            roles = roles == null ? "roles" : roles;
            departments = departments == null ? "departments" : departments;
        }
    }
}
