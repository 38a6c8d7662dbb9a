package be.koers.query;

import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantEvent;

import java.util.List;
import java.util.UUID;

/**
 * An administration as the command-service records it: an operator creates it, its tenant admin defines the green
 * service and urban development (named as {@link GhentPlan}'s owners are: "Groendienst", "Stedenbouw") with the
 * identity provider's group ids that mean them. Its id is new every time, so test classes share the database; its
 * test users ({@link #user}) sign in at the local issuer.
 */
public final class RegisteredTenant {

    public static final DepartmentId GREEN = DepartmentId.of("green");
    public static final DepartmentId URBAN = DepartmentId.of("urban");
    public static final LocalisedName GREEN_NAME = new LocalisedName("Groendienst", "Green service");
    public static final LocalisedName URBAN_NAME = new LocalisedName("Stedenbouw", "Urban development");
    public static final String GREEN_GROUP = "3f0c1a52-green";
    public static final String URBAN_GROUP = "9b7d44e1-urban";

    public final TenantId tenant;
    public final LocalisedName name;
    public final DepartmentMatch departmentMatch;

    public RegisteredTenant(String prefix, DepartmentMatch departmentMatch) {
        this.tenant = TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        this.name = new LocalisedName("Gemeente " + tenant, "Municipality of " + tenant);
        this.departmentMatch = departmentMatch;
    }

    public List<TenantEvent> events() {
        return List.of(new TenantCreated(tenant, name, departmentMatch, false),
                new DepartmentDefined(tenant, GREEN, GREEN_NAME, List.of(GREEN_GROUP)),
                new DepartmentDefined(tenant, URBAN, URBAN_NAME, List.of(URBAN_GROUP)));
    }

    /** A test user of the administration with the role ("scorer"), without departments; the password is the role. */
    public String user(String role) {
        return role + "@" + tenant;
    }

    /** A test user whose token carries one department value: a department id, a name or a group id, as a provider sends. */
    public String user(String role, String departmentValue) {
        return role + "+" + departmentValue + "@" + tenant;
    }
}
