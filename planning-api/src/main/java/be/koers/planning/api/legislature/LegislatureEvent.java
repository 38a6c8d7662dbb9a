package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.DomainEvent;

public interface LegislatureEvent extends DomainEvent {
    LegislatureId legislatureId();
}
