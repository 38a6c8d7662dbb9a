package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TenantSettingsChanged(TenantId tenant, LocalisedName name, DepartmentMatch departmentMatch,
                                    boolean publicPage) implements TenantEvent {
}
