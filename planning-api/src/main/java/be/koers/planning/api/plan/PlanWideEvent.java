package be.koers.planning.api.plan;

/**
 * An event about the plan as a whole rather than one of its elements: its drafting, statements, adoption, revisions
 * and closing. Every plan event is this or an {@link ElementEvent}.
 */
public interface PlanWideEvent extends PlanEvent {
}
