package be.koers.identity;

import java.util.List;

/**
 * What a token says about whom it was issued for, beside {@code sub}: the claims the services read their tenant,
 * roles and departments from.
 */
record SubjectClaims(String preferredUsername, String name, String tenant, List<String> roles, List<String> departments) {

    static final String TENANT = "tenant";
    static final String ROLES = "roles";
    static final String DEPARTMENTS = "departments";
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String NAME = "name";

    SubjectClaims {
        roles = List.copyOf(roles);
        departments = List.copyOf(departments);
    }
}
