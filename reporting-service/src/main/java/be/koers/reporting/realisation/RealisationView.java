package be.koers.reporting.realisation;

import be.koers.reporting.plan.PlanHeading;

import java.util.List;

/** Deliberate, unrealised and spontaneous policy of one plan, in total and per group. */
public record RealisationView(
        PlanHeading plan,
        RealisationFilter filter,
        RealisationFigures total,
        List<Group> byPolicyField,
        List<Group> byTargetGroup,
        List<Group> bySubArea,
        List<Group> byDepartment) {
}
