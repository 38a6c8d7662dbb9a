package be.koers.query.tenant;

import be.koers.planning.api.tenant.LocalisedName;

import java.time.Instant;

/** A registered administration in the operator's list: which, what it is called, since when. */
public record TenantSummary(String id, LocalisedName name, boolean publicPage, Instant registeredAt) {
}
