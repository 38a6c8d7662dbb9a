package be.koers.planning.api.plan;

/**
 * An event about one element of the plan: a change to what the tree shows of it ({@link TreeEvent}), to its budget
 * ({@link be.koers.planning.api.budget.BudgetEvent}) or to its progress. An event whose record names the element
 * {@code goalId}, {@code actionPlanId} or {@code itemId} answers that component here; it is no JSON property, so
 * the stored events keep their fields.
 */
public interface ElementEvent extends PlanEvent {
    ElementId elementId();
}
