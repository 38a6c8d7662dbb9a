package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantId;

/** What is this administration called, how do tokens name its departments, and which departments does it have? */
public record FindTenant(TenantId tenant) {
}
