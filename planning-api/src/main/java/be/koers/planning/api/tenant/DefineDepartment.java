package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The tenant admin adds a department, with the identity provider's group ids that mean it (for DepartmentMatch.GROUP). */
public record DefineDepartment(@NotNull TenantId tenant, @NotNull DepartmentId departmentId, @NotNull @Valid LocalisedName name,
                               @Size(max = 50) List<@NotBlank @Size(max = 200) String> groups) implements TenantCommand {
}
