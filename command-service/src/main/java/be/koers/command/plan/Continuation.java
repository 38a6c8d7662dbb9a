package be.koers.command.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;

/** The element of an earlier legislature's plan that an element carries over. */
record Continuation(PlanId previousPlanId, ElementId previousElementId) {
}
