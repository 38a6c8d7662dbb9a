package be.koers.reporting.progress;

import be.koers.planning.api.progress.ProgressReported;
import be.koers.projection.EventHandlers;
import be.koers.projection.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Where each activity and action stands now: what the realisation view judges an item's outcome by. */
@Component
class ProgressProjection implements Projection {

    private final JdbcClient jdbc;
    private final EventHandlers handlers = new EventHandlers().on(ProgressReported.class, (event, envelope) -> reported(event));

    ProgressProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Override
    public List<String> tables() {
        return List.of("item_progress");
    }

    private void reported(ProgressReported event) {
        jdbc.sql("""
                        INSERT INTO item_progress (plan_id, element_id, status, percent_complete)
                        VALUES (:planId, :elementId, :status, :percent)
                        ON CONFLICT (plan_id, element_id) DO UPDATE
                        SET status = EXCLUDED.status, percent_complete = EXCLUDED.percent_complete""")
                .param("planId", event.planId().value())
                .param("elementId", event.itemId().value())
                .param("status", event.status().name())
                .param("percent", event.percentComplete())
                .update();
    }
}
