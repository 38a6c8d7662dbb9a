package be.koers.projection;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Feeds every {@link Projection} bean of the service from the event topics, once per aggregate sequence number,
 * parks what it cannot apply, and offers the rebuild and the parked events under {@code /admin/projections}.
 * Scheduling drives the progress log's periodic line, the parked counts and the resumption of an unfinished rebuild.
 * A projection that neither handles nor ignores an event keeps the service from starting ({@link EventCoverage}).
 */
@AutoConfiguration
@EnableScheduling
@Import({ProjectionListener.class, EnvelopeDecoder.class, PollTransaction.class, EventProjector.class,
        AppliedEvents.class, ProjectionErrorHandling.class, ProjectionMetrics.class, ProgressLog.class,
        ProjectionAdminController.class, ProjectionRebuild.class, ProjectionTables.class, ConsumerGroupOffsets.class,
        ConsumerLag.class, ReplayProgress.class, ParkedEvents.class, FailedEventParking.class, ParkedRetry.class,
        ParkedEventsController.class, ProjectionOperations.class, OperationRefusals.class, RebuildGoals.class,
        ParkedEventsHealthIndicator.class, ReadModelHealthIndicator.class, ProjectionSupportSchema.class,
        EventCoverage.class})
public class ProjectionAutoConfiguration {
}
