package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LegislatureCreated(TenantId tenant, LegislatureId legislatureId, String name, int firstYear, int lastYear)
        implements LegislatureEvent {
}
