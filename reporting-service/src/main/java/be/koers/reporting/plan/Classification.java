package be.koers.reporting.plan;

import java.util.List;

/**
 * The policy fields, target groups and sub-areas an element counts under. Each dimension an element leaves empty
 * it takes from its nearest ancestor that has one: an action under a goal about housing is housing policy without
 * being tagged again.
 */
public record Classification(List<String> policyFields, List<String> targetGroups, List<String> subAreas) {

    public static final Classification NONE = new Classification(List.of(), List.of(), List.of());

    public Classification inheritFrom(Classification parent) {
        return new Classification(orElse(policyFields, parent.policyFields), orElse(targetGroups, parent.targetGroups),
                orElse(subAreas, parent.subAreas));
    }

    private static List<String> orElse(List<String> own, List<String> inherited) {
        return own.isEmpty() ? inherited : own;
    }
}
