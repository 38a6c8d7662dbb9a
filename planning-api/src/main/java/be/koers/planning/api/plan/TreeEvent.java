package be.koers.planning.api.plan;

/**
 * A change to what the plan's tree shows of one element: its definition, place, owner, tags, status or continuation.
 * Budgets and progress concern an element too, but are kept beside the tree and outside the plan's revisions.
 */
public interface TreeEvent extends ElementEvent {
}
