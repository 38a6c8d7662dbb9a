package be.koers.support.security;

import be.koers.planning.api.shared.TenantId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collection;
import java.util.List;

/**
 * Who signed in, as their identity provider's token says: a name for the audit trail, the token's subject beside
 * it, the administration they work for, what they may do and the departments they belong to.
 */
public record KoersUser(String username, String subject, TenantId tenant, List<KoersRole> roles, List<String> departments) {

    public KoersUser {
        roles = List.copyOf(roles);
        departments = List.copyOf(departments);
    }

    public Collection<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }
}
