package be.koers.query.live;

/** A plan of a tenant: what a change feed and its subscribers belong to. */
record PlanKey(String tenant, String planId) {
}
