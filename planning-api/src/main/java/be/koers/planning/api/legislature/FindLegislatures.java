package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.TenantId;

/** Which legislatures does this administration have, and which plan belongs to each? */
public record FindLegislatures(TenantId tenant) {
}
