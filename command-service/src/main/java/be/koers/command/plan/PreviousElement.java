package be.koers.command.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.PlanId;

/**
 * What the plan of an earlier legislature says about an element a later plan wants to continue: the facts that plan
 * needs to decide, since it cannot load another aggregate itself.
 */
public record PreviousElement(PlanId planId, ElementId elementId, int lastYear, Level level) {
}
