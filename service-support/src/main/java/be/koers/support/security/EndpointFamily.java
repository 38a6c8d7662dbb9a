package be.koers.support.security;

import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

import static be.koers.support.security.KoersRole.AUDITOR;
import static be.koers.support.security.KoersRole.FINANCE;
import static be.koers.support.security.KoersRole.OPERATOR;
import static be.koers.support.security.KoersRole.PLANNER;
import static be.koers.support.security.KoersRole.SCORER;
import static be.koers.support.security.KoersRole.TENANT_ADMIN;
import static be.koers.support.security.KoersRole.VIEWER;

/**
 * Who may call what: the endpoints of the three services in families, each with the roles it admits. The README's
 * "Who may do what" table says the same, and the access-matrix system test holds the services to that table. The
 * order matters: the first family whose method and path match decides, so the narrow ones come first.
 */
public enum EndpointFamily {

    OPERATIONS(null, List.of("/admin/**"), Set.of(OPERATOR)),
    RAW_EVENTS(HttpMethod.GET, List.of("/api/plans/*/events", "/api/indicators/*/events",
            "/api/plans/*/integrity", "/api/indicators/*/integrity"), Set.of(AUDITOR)),
    AUDIT_TRAIL(HttpMethod.GET, List.of("/api/plans/*/audit", "/api/plans/*/audit/export",
            "/api/plans/*/elements/*/history"), Set.of(PLANNER, AUDITOR)),
    HISTORY(HttpMethod.GET, List.of("/api/plans/*/as-of", "/api/plans/*/editions", "/api/plans/*/editions/**",
            "/api/plans/*/revisions", "/api/plans/*/diff"), Set.of(PLANNER, AUDITOR)),
    BUDGET_READS(HttpMethod.GET, List.of("/api/plans/*/budget", "/api/plans/*/elements/*/budget"),
            Set.of(PLANNER, AUDITOR, VIEWER, FINANCE)),
    OWN_WORK(HttpMethod.GET, List.of("/api/plans/*/mine"), Set.of(PLANNER, SCORER)),
    TENANT_SETTINGS_READS(HttpMethod.GET, List.of("/api/tenant", "/api/tenant/**"),
            Set.of(PLANNER, SCORER, AUDITOR, VIEWER, TENANT_ADMIN, FINANCE)),
    TENANT_SETTINGS(null, List.of("/api/tenant", "/api/tenant/**"), Set.of(TENANT_ADMIN)),
    READS(HttpMethod.GET, List.of("/api/**"), Set.of(PLANNER, SCORER, AUDITOR, VIEWER, FINANCE)),
    SCORES(HttpMethod.POST, List.of("/api/indicators/*/scores", "/api/scores/bulk"), Set.of(PLANNER, SCORER, FINANCE)),
    SCORE_CORRECTIONS(HttpMethod.PUT, List.of("/api/indicators/*/scores/*"), Set.of(PLANNER, SCORER, FINANCE)),
    BUDGET_ACTUALS(HttpMethod.PUT, List.of("/api/plans/*/elements/*/budget/*/actuals"), Set.of(PLANNER, FINANCE)),
    PROGRESS(HttpMethod.PUT, List.of("/api/plans/*/items/*/progress"), Set.of(PLANNER, SCORER)),
    UNPLANNED_WORK(HttpMethod.POST, List.of("/api/plans/*/unplanned-work"), Set.of(PLANNER, SCORER)),
    PLAN_CHANGES(null, List.of("/api/**"), Set.of(PLANNER));

    private final HttpMethod method;
    private final List<String> paths;
    private final Set<KoersRole> roles;

    EndpointFamily(HttpMethod method, List<String> paths, Set<KoersRole> roles) {
        this.method = method;
        this.paths = paths;
        this.roles = roles;
    }

    /** The method it matches, or null for any. */
    public HttpMethod method() {
        return method;
    }

    public List<String> paths() {
        return paths;
    }

    public Set<KoersRole> roles() {
        return roles;
    }

    String[] roleNames() {
        return roles.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
