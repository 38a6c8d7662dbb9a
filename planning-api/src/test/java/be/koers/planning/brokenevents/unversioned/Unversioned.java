package be.koers.planning.brokenevents.unversioned;

import be.koers.planning.api.shared.DomainEvent;
import be.koers.planning.api.shared.TenantId;

public record Unversioned(TenantId tenant) implements DomainEvent {
}
