package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The tenant admin renames a department or changes the group ids that mean it. */
public record ReviseDepartment(@NotNull TenantId tenant, @NotNull DepartmentId departmentId, @NotNull @Valid LocalisedName name,
                               @Size(max = 50) List<@NotBlank @Size(max = 200) String> groups) implements TenantCommand {
}
