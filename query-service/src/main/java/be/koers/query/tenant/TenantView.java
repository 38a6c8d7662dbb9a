package be.koers.query.tenant;

import be.koers.planning.api.tenant.Department;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.LocalisedName;

import java.util.List;

/**
 * An administration as its users read it: its display names, how their tokens name its departments, whether its
 * public page is switched on, and its departments in the order they were defined.
 *
 * @param id the tenant id, as tokens carry it
 */
public record TenantView(String id, LocalisedName name, DepartmentMatch departmentMatch, boolean publicPage,
                         List<Department> departments) {

    /** The departments that the department values of a user's token name, by the administration's rule. */
    public List<Department> departmentsClaimedBy(List<String> claimValues) {
        return departmentMatch.departmentsClaimedBy(departments, claimValues);
    }
}
