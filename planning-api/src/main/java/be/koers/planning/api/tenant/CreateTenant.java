package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An operator registers an administration with Koers; until then its users can change nothing. */
public record CreateTenant(@NotNull TenantId tenant, @NotNull @Valid LocalisedName name) implements TenantCommand {
}
