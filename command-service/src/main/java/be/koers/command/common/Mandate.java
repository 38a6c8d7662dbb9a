package be.koers.command.common;

import be.koers.planning.api.tenant.Department;

import java.util.List;
import java.util.stream.Collectors;

/**
 * For which departments' items and indicators the caller may record scores, progress and unplanned work: any, for a
 * planner or a finance system; a scorer's own departments only, as the administration's departments match their
 * token. The aggregate that owns the item or indicator decides with it.
 *
 * @param departments the scorer's departments; null when the caller may record for any department
 */
public record Mandate(List<Department> departments) {

    public static final Mandate ANY_DEPARTMENT = new Mandate(null);

    public Mandate {
        departments = departments == null ? null : List.copyOf(departments);
    }

    public static Mandate of(List<Department> departments) {
        return new Mandate(departments);
    }

    /** A command sent without a mandate (the demo loader, the tests of an aggregate) acts for any department. */
    public static Mandate orAny(Mandate mandate) {
        return mandate == null ? ANY_DEPARTMENT : mandate;
    }

    /** Why the caller may not record for work of this owner department, or null when they may. */
    public Refusal refusalFor(String ownerDepartment, String field, String what) {
        if (departments == null || departments.stream().anyMatch(department -> department.owns(ownerDepartment))) {
            return null;
        }
        String theirs = departments.isEmpty() ? "none of the administration's departments"
                : departments.stream().map(department -> department.name().en()).collect(Collectors.joining(", "));
        return Refusal.forbidden(field, "department-not-yours", what + " belongs to department '" + ownerDepartment
                + "'; you record for " + theirs + " only.");
    }
}
