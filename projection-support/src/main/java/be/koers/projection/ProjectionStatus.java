package be.koers.projection;

/**
 * @param appliedEvents events the projection tables reflect
 * @param parkedEvents  events parked, not reflected until retried ({@code GET /admin/projections/parked})
 * @param consumerLag   records on the topics not yet consumed; absent until the consumer has fetched
 * @param rebuilding    whether a rebuild is still replaying the records it started with
 * @param lastRebuild   the figures of the latest rebuild that finished replaying since the service started; absent
 *                      before
 */
record ProjectionStatus(long appliedEvents, long parkedEvents, Long consumerLag, boolean rebuilding,
                        CompletedRebuild lastRebuild) {
}
