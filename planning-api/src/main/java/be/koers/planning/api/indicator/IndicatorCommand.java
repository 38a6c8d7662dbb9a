package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.TenantScoped;

/** Every command on an existing indicator. */
public interface IndicatorCommand extends TenantScoped {
    IndicatorId indicatorId();
}
