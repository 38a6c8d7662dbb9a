package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.TenantScoped;

public interface LegislatureEvent extends TenantScoped {
    LegislatureId legislatureId();
}
