package be.koers.planning.api.budget;

import be.koers.planning.api.plan.ElementEvent;

/** A change to an element's budget of one year: its estimate, a revision of it, or the actuals. */
public interface BudgetEvent extends ElementEvent {
}
