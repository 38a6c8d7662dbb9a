package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotNull;

/** The tenant admin removes a department; the items it owned keep their owner text, and no user scores for it any more. */
public record RemoveDepartment(@NotNull TenantId tenant, @NotNull DepartmentId departmentId) implements TenantCommand {
}
