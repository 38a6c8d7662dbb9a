package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record DepartmentDefined(TenantId tenant, DepartmentId departmentId, LocalisedName name, List<String> groups)
        implements TenantEvent {
}
