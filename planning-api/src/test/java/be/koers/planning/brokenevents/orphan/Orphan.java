package be.koers.planning.brokenevents.orphan;

import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;
import org.axonframework.serialization.Revision;

/** Versioned like an event, but of no event family. */
@Revision("1")
public record Orphan(TenantId tenant) implements TenantScoped {
}
