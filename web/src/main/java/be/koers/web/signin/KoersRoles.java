package be.koers.web.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user's Koers roles as Spring Security authorities ({@code ROLE_PLANNER} …), read from the claims of the
 * signed-in user (ID token and user info) with the same configuration as the services read them from the access
 * token: {@code koers.security.claims.roles} (a dotted name reads a nested claim) and {@code koers.security.role-names}.
 * The pages show changes only to whom the services will let make them; the services still decide.
 */
@Component
public class KoersRoles implements GrantedAuthoritiesMapper {

    /** The roles this app knows; a provider's value that maps to none of them is ignored. */
    public static final Set<String> KNOWN = Set.of("PLANNER", "SCORER", "AUDITOR", "VIEWER", "TENANT_ADMIN", "OPERATOR", "FINANCE");

    private final Settings settings;

    KoersRoles(Settings settings) {
        this.settings = settings;
    }

    /** The slice of the services' {@code koers.security} settings that says where the roles are. */
    @ConfigurationProperties("koers.security")
    public record Settings(Claims claims, Map<String, String> roleNames) {

        public Settings {
            claims = claims == null ? new Claims(null) : claims;
            roleNames = roleNames == null ? Map.of() : roleNames.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                    entry -> entry.getKey().toLowerCase(Locale.ROOT), entry -> entry.getValue().toUpperCase(Locale.ROOT)));
        }

        public record Claims(String roles) {
            public Claims {
                roles = roles == null ? "roles" : roles;
            }
        }
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        authorities.stream()
                .filter(OAuth2UserAuthority.class::isInstance)
                .map(authority -> ((OAuth2UserAuthority) authority).getAttributes())
                .flatMap(claims -> values(claim(claims, settings.claims().roles())).stream())
                .map(this::koersRole)
                .filter(Objects::nonNull)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .forEach(mapped::add);
        return mapped;
    }

    private String koersRole(String value) {
        String role = settings.roleNames().getOrDefault(value.toLowerCase(Locale.ROOT), value.toUpperCase(Locale.ROOT));
        return KNOWN.contains(role) ? role : null;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString().split("[ ,]+"));
    }

    /** A claim by its name, or a nested one by a dotted path ({@code realm_access.roles}). */
    private static Object claim(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }
}
