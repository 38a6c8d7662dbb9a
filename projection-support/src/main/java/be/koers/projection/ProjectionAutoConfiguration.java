package be.koers.projection;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Feeds every {@link Projection} bean of the service from the event topics, once per aggregate sequence number, and
 * offers their rebuild under {@code /admin/projections}. Scheduling drives the progress log's periodic line.
 */
@AutoConfiguration
@EnableScheduling
@Import({ProjectionListener.class, EnvelopeDecoder.class, PollTransaction.class, EventProjector.class,
        AppliedEvents.class, ProjectionErrorHandling.class, ProjectionMetrics.class, ProgressLog.class,
        ProjectionAdminController.class, ProjectionRebuild.class, ProjectionTables.class, ConsumerGroupOffsets.class,
        ConsumerLag.class, ReplayProgress.class})
public class ProjectionAutoConfiguration {
}
