package be.koers.planning.api.tenant;

import java.util.List;

/**
 * How the department values of a user's access token (claim {@code departments}, configurable) name the
 * administration's departments. Identity providers differ: a Keycloak realm may carry the department's id, an HR
 * feed its name, Microsoft Entra ID only the object ids of the user's groups.
 */
public enum DepartmentMatch {
    /** The token names the department by its Koers id ({@code green-service}). */
    ID,
    /** The token names the department by its Dutch or English name, in any case ({@code Dienst Groen}). */
    NAME,
    /** The token carries group ids (Entra ID group object ids) that the department lists as its {@code groups}. */
    GROUP;

    /** The departments that the department values of a user's token name under this rule. */
    public List<Department> departmentsClaimedBy(List<Department> departments, List<String> claimValues) {
        return departments.stream()
                .filter(department -> claimValues.stream().anyMatch(value -> department.claimedBy(value, this)))
                .toList();
    }
}
