package be.koers.support.security;

import be.koers.planning.api.shared.TenantId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collection;
import java.util.List;

/**
 * Who signed in, as their identity provider's token says: a name for the audit trail, the token's subject beside
 * it, the administration they work for (none for an operator of Koers itself), what they may do and the
 * department values of their token (which the administration's departments are matched against).
 */
public record KoersUser(String username, String subject, TenantId tenant, List<KoersRole> roles, List<String> departments) {

    public KoersUser {
        roles = List.copyOf(roles);
        departments = List.copyOf(departments);
    }

    public boolean has(KoersRole role) {
        return roles.contains(role);
    }

    public Collection<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }
}
