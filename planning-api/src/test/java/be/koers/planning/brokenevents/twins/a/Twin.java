package be.koers.planning.brokenevents.twins.a;

import be.koers.planning.api.shared.DomainEvent;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record Twin(TenantId tenant) implements DomainEvent {
}
