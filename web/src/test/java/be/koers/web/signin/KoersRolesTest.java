package be.koers.web.signin;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's Koers roles from the signed-in user's claims, configured as the services read them. */
class KoersRolesTest {

    @Test
    void aListOfRolesAsKoersNamesThem() {
        assertThat(roles(new KoersRoles.Settings(null, null), Map.of("sub", "p", "roles", List.of("PLANNER", "other"))))
                .contains("ROLE_PLANNER").doesNotContain("ROLE_OTHER");
    }

    @Test
    void spaceSeparatedNestedAndMappedRoles() {
        KoersRoles.Settings entra = new KoersRoles.Settings(new KoersRoles.Settings.Claims("realm_access.roles"),
                Map.of("Koers.Planner", "PLANNER"));
        assertThat(roles(entra, Map.of("sub", "p", "realm_access", Map.of("roles", "Koers.Planner viewer"))))
                .contains("ROLE_PLANNER", "ROLE_VIEWER");
    }

    private static List<String> roles(KoersRoles.Settings settings, Map<String, Object> claims) {
        Collection<? extends GrantedAuthority> mapped = new KoersRoles(settings)
                .mapAuthorities(List.of(new OAuth2UserAuthority(claims)));
        return mapped.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
