package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Applies events through the projections' own path (duplicate check, every projection in its order) without Kafka,
 * for tests that need more events than the topics deliver in a test's time. Such events are not on the topics, so
 * a rebuild would not bring them back: {@link #forget} removes a plan's rows again.
 */
public final class DirectProjection {

    private final EventProjector projector;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public DirectProjection(ApplicationContext context) {
        this.projector = context.getBean(EventProjector.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public record Applied(EventEnvelope envelope, TenantScoped event) {
    }

    /** Applies the events in order, {@code perTransaction} to a transaction (each joins it as it would its own). */
    public void apply(List<Applied> events, int perTransaction) {
        for (int from = 0; from < events.size(); from += perTransaction) {
            List<Applied> batch = events.subList(from, Math.min(events.size(), from + perTransaction));
            transactions.executeWithoutResult(status -> batch.forEach(applied -> {
                if (projector.project(applied.envelope(), applied.event()) != Outcome.APPLIED) {
                    throw new IllegalStateException("Not applied: " + applied.envelope());
                }
            }));
        }
    }

    /** Deletes every row of the plan from the given tables (children before parents) and its applied-event mark. */
    public void forget(String planId, List<String> tablesParentsFirst) {
        transactions.executeWithoutResult(status -> {
            List<String> childrenFirst = new ArrayList<>(tablesParentsFirst);
            Collections.reverse(childrenFirst);
            for (String table : childrenFirst) {
                boolean perPlan = jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = :table AND column_name = 'plan_id'").param("table", table).query(Long.class).single() > 0;
                if (perPlan) {
                    jdbc.sql("DELETE FROM " + table + " WHERE plan_id = :planId").param("planId", planId).update();
                }
            }
            jdbc.sql("DELETE FROM applied_event WHERE aggregate_id = :planId").param("planId", planId).update();
        });
    }
}
