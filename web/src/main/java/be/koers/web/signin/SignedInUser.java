package be.koers.web.signin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Optional;

/**
 * Who is signed in, for the pages: their name for the header ({@code ${@signedInUser.name()}}: a bean, so that error
 * pages have it too) and whether they plan (the edit controls show only to planners; the services decide anyway).
 */
@ControllerAdvice
@Component("signedInUser")
public class SignedInUser {

    public static boolean isPlanner() {
        return has("ROLE_PLANNER");
    }

    private static boolean has(String authority) {
        return authentication().map(signedIn -> signedIn.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()))).orElse(false);
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The user's name as the issuer says it ({@code name}, else {@code preferred_username}), for the header. */
    public String name() {
        return authentication().map(Authentication::getPrincipal)
                .filter(OidcUser.class::isInstance).map(OidcUser.class::cast)
                .map(user -> user.getFullName() != null ? user.getFullName() : user.getPreferredUsername())
                .orElse(null);
    }

    @ModelAttribute("planner")
    boolean planner() {
        return isPlanner();
    }
}
