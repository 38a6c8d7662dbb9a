package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.TenantScoped;

public sealed interface LegislatureEvent extends TenantScoped
        permits LegislatureCreated, PlanAttachedToLegislature {
    LegislatureId legislatureId();
}
