package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.TenantScoped;
import be.koers.planning.api.shared.TenantId;

/** A change to an administration's own record: its names, settings and departments. */
public interface TenantCommand extends TenantScoped {

    /**
     * The event stream of the administration: its id under a prefix, since client-chosen plan, indicator and
     * legislature ids share the event store's id space and may equal a tenant id ("koersbeke").
     */
    static String streamOf(TenantId tenant) {
        return "tenant:" + tenant.value();
    }
}
