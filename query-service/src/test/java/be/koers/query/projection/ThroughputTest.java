package be.koers.query.projection;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static be.koers.query.GhentMonitoring.period;
import static be.koers.query.GhentMonitoring.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many events at once: plans and their indicators' monthly scores, published together, so that the plan and the
 * indicator partitions of the same plans are applied by different consumer threads at the same time, a poll per
 * transaction. It prints how fast; the time depends on the machine and is not asserted.
 */
class ThroughputTest extends QueryServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ThroughputTest.class);
    private static final TenantId TENANT = TenantId.of("koersbeke");
    private static final int PLANS = 20;
    private static final int INDICATORS_PER_PLAN = 2;
    private static final int MONTHS = 72;

    @Test
    void manyEventsPublishedAtOnceAreAppliedOnceEachInFewerTransactionsThanRecords() {
        List<GhentPlan> plans = new ArrayList<>();
        List<String> aggregates = new ArrayList<>();
        List<TenantScoped> published = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            GhentPlan plan = new GhentPlan(TENANT);
            plans.add(plan);
            aggregates.addAll(List.of(plan.legislatureId.value(), plan.planId.value()));
            published.addAll(plan.legislatureEvents());
            published.addAll(plan.planEvents());
            for (int j = 0; j < INDICATORS_PER_PLAN; j++) {
                IndicatorId indicator = IndicatorId.generate();
                aggregates.add(indicator.value());
                published.addAll(monthlyScores(plan, indicator));
            }
        }
        double appliedBefore = projectedRecords("applied");
        long lagBefore = meters.get("koers.projection.lag").timer().count();
        long transactionsBefore = meters.get("koers.projection.batch.size").summary().count();

        long started = System.nanoTime();
        events.publish(published);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> projectedRecords("applied") >= appliedBefore + published.size());
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Throughput: {} events published and applied in {} s ({} events/s)", published.size(),
                String.format("%.2f", seconds), Math.round(published.size() / seconds));

        assertThat(jdbc.sql("SELECT coalesce(sum(applied_count), 0) FROM applied_event WHERE aggregate_id = ANY (:ids)")
                .param("ids", aggregates.toArray(String[]::new)).query(Long.class).single())
                .as("events applied, each counted once by its aggregate").isEqualTo(published.size());
        assertThat(projectedRecords("applied")).isEqualTo(appliedBefore + published.size());
        assertThat(meters.get("koers.projection.lag").timer().count()).isEqualTo(lagBefore + published.size());
        long transactions = meters.get("koers.projection.batch.size").summary().count() - transactionsBefore;
        assertThat(transactions).isPositive().isLessThan(published.size());
        assertThat(meters.get("koers.projection.batch.size").summary().max()).isGreaterThan(1);
        long changesPerPlan = GhentPlan.VERSION + 1 + INDICATORS_PER_PLAN * (1 + MONTHS);
        for (GhentPlan plan : plans) {
            assertThat(jdbc.sql("SELECT count(*) || ' ' || min(seq) || ' ' || max(seq) FROM change_feed WHERE plan_id = :planId")
                    .param("planId", plan.planId.value()).query(String.class).single())
                    .as("changes of plan %s, numbered 1 to n", plan.planId).isEqualTo(changesPerPlan + " 1 " + changesPerPlan);
        }
    }

    private static List<TenantScoped> monthlyScores(GhentPlan plan, IndicatorId indicator) {
        List<TenantScoped> stream = new ArrayList<>();
        stream.add(new IndicatorDefined(plan.tenant, indicator, plan.planId, "Parken", "aantal", IndicatorKind.NUMBER,
                Direction.HIGHER_IS_BETTER, null, List.of(target("2026", "100")), Frequency.MONTHLY, null, "Groendienst",
                List.of(plan.greenSpace), 2025, 2030));
        for (int month = 0; month < MONTHS; month++) {
            String period = "%d-%02d".formatted(2025 + month / 12, month % 12 + 1);
            stream.add(new ScoreRecorded(plan.tenant, indicator, plan.planId, period(period), BigDecimal.valueOf(month),
                    null, null));
        }
        return stream;
    }
}
