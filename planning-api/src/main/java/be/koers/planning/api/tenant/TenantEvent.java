package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.DomainEvent;

public interface TenantEvent extends DomainEvent {
}
