package be.koers.system.fuzz;

import be.koers.testing.ApiClient;

/**
 * Who sends a fuzzed request: a demo user, signed in at the local issuer (through ApiClient), or nobody.
 */
enum Caller {

    PLANNER("planner", "planner", Tenant.KOERSBEKE),
    SCORER("scorer", "scorer", Tenant.KOERSBEKE),
    AUDITOR("auditor", "auditor", Tenant.KOERSBEKE),
    VIEWER("viewer", "viewer", Tenant.KOERSBEKE),
    TENANT_ADMIN("tenant-admin", "tenant-admin", Tenant.KOERSBEKE),
    OPERATOR("operator", "operator", null),
    ZANDHOVEN_PLANNER("zandhoven-planner", "zandhoven", Tenant.ZANDHOVEN),
    ZANDHOVEN_AUDITOR("auditor@zandhoven", "auditor", Tenant.ZANDHOVEN),
    ANONYMOUS(null, null, null);

    enum Tenant { KOERSBEKE, ZANDHOVEN }

    private final String user;
    private final String password;
    final Tenant tenant;

    Caller(String user, String password, Tenant tenant) {
        this.user = user;
        this.password = password;
        this.tenant = tenant;
    }

    /** The service's anonymous client as this caller, over the same connections. */
    ApiClient on(ApiClient anonymous) {
        return user == null ? anonymous : anonymous.as(user, password);
    }

    /** The auditor of a tenant, who may read all of its data, raw events included. */
    static Caller auditorOf(Tenant tenant) {
        return tenant == Tenant.KOERSBEKE ? AUDITOR : ZANDHOVEN_AUDITOR;
    }

    @Override
    public String toString() {
        return user == null ? "anonymous" : user;
    }
}
