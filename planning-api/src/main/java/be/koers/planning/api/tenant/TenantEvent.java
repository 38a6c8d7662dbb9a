package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantScoped;

public interface TenantEvent extends TenantScoped {
}
