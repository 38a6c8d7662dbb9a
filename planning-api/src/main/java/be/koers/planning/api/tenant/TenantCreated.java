package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

/** An administration was registered, with its first settings. */
@Revision("1")
public record TenantCreated(TenantId tenant, LocalisedName name, DepartmentMatch departmentMatch, boolean publicPage)
        implements TenantEvent {
}
