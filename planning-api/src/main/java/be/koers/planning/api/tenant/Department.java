package be.koers.planning.api.tenant;

import java.util.List;

/**
 * A department of an administration as its tenant admin keeps it: the one rule, used by the command side and the
 * read side alike, for which users belong to it and which items and indicators it owns.
 *
 * @param groups the identity provider's group ids that mean this department, for {@link DepartmentMatch#GROUP}
 */
public record Department(DepartmentId departmentId, LocalisedName name, List<String> groups) {

    public Department {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Whether one department value of a user's token names this department under the administration's rule. */
    public boolean claimedBy(String claimValue, DepartmentMatch rule) {
        String value = claimValue.strip();
        return switch (rule) {
            case ID -> departmentId.value().equals(value);
            case NAME -> name.nl().equalsIgnoreCase(value) || name.en().equalsIgnoreCase(value);
            case GROUP -> groups.contains(value);
        };
    }

    /**
     * Whether an item's or indicator's owner department (free text, as planners write it) is this department: its
     * id, or its Dutch or English name, in any case.
     */
    public boolean owns(String ownerDepartment) {
        if (ownerDepartment == null) {
            return false;
        }
        String owner = ownerDepartment.strip();
        return departmentId.value().equalsIgnoreCase(owner) || name.nl().equalsIgnoreCase(owner)
                || name.en().equalsIgnoreCase(owner);
    }
}
