package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The tenant admin sets the administration's display names, how tokens name its departments, and whether its public
 * page (the plan and its progress for citizens, in the web app) is switched on.
 */
public record ChangeTenantSettings(@NotNull TenantId tenant, @NotNull @Valid LocalisedName name,
                                   @NotNull DepartmentMatch departmentMatch, boolean publicPage) implements TenantCommand {
}
