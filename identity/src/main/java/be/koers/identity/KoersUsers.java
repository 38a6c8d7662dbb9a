package be.koers.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The people who can sign in: those of the configuration, and (tests only, when enabled) made-up test users. */
@Component
class KoersUsers implements UserDetailsService {

    /**
     * {@code <role>@<tenant>} with the tenant as the services accept a tenant id, or {@code <role>+<department>@<tenant>}
     * for a user of one department (its id); {@code operator} of no tenant.
     */
    private static final Pattern TEST_USER = Pattern.compile(
            "(planner|scorer|auditor|viewer|tenant-admin|finance)(?:\\+([A-Za-z0-9_-]{1,100}))?@([A-Za-z0-9._-]{1,100})|operator");

    private final Map<String, IdentityProperties.User> configured;
    private final boolean testUsers;

    KoersUsers(IdentityProperties properties) {
        this.configured = properties.users().stream()
                .collect(Collectors.toMap(IdentityProperties.User::username, Function.identity(), (first, second) -> {
                    throw new IllegalStateException("koers.identity.users: " + first.username() + " is configured twice");
                }));
        this.testUsers = properties.testUsers().enabled();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username)
                .map(user -> User.withUsername(user.username()).password(user.password())
                        .roles(user.roles().toArray(String[]::new)).build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The claims of a user who signed in earlier (for the tokens of that sign-in and their refreshes). */
    Optional<SubjectClaims> claimsOf(String username) {
        return find(username).map(user -> new SubjectClaims(user.username(), user.displayName(), user.tenant(),
                user.roles(), user.departments()));
    }

    int configuredCount() {
        return configured.size();
    }

    boolean testUsersEnabled() {
        return testUsers;
    }

    private Optional<IdentityProperties.User> find(String username) {
        IdentityProperties.User user = configured.get(username);
        if (user != null || !testUsers) {
            return Optional.ofNullable(user);
        }
        Matcher testUser = TEST_USER.matcher(username);
        if (!testUser.matches()) {
            return Optional.empty();
        }
        String role = testUser.group(1) == null ? username : testUser.group(1);
        List<String> departments = testUser.group(2) == null ? List.of() : List.of(testUser.group(2));
        // clear text on purpose: made up for tests, whose sign-ins would otherwise spend their time in bcrypt
        return Optional.of(new IdentityProperties.User(username, "{noop}" + role, testUser.group(3),
                List.of(role.replace('-', '_').toUpperCase(Locale.ROOT)), departments, username));
    }
}
