package be.koers.planning.api.plan;

import be.koers.planning.api.shared.DomainEvent;

/** Every event of a plan's stream: its tree, its statements, the progress of its items and its budget. */
public interface PlanEvent extends DomainEvent {
    PlanId planId();
}
