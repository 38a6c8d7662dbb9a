package be.koers.query.projection;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.query.GhentHistory;
import be.koers.query.GhentMonitoring;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRealisation;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.RegisteredTenant;
import be.koers.query.TreeJson;
import be.koers.testing.SseStream;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding from the topics gives back exactly the tables the live projection had built. */
class RebuildTest extends QueryServiceIntegrationTest {

    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    @Test
    void aRebuildReplaysEverythingIntoIdenticalTables() throws Exception {
        GhentHistory history = new GhentHistory(TenantId.of("koersbeke"));
        GhentPlan ghent = history.ghent;
        GhentMonitoring monitoring = history.monitoring;
        GhentRealisation realisation = history.realisation;
        RegisteredTenant registered = new RegisteredTenant("rebuild", DepartmentMatch.NAME);
        publishAndAwait(registered.events());
        publishAndAwait(ghent.legislatureEvents());
        events.publish(ghent.planEvents());
        events.publish(monitoring.planEvents());
        List<PlanEvent> revised = history.revised();
        events.publish(revised);
        List<IndicatorEvent> indicatorEvents = history.indicatorEvents();
        publishAndAwait(indicatorEvents);
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION + monitoring.planEvents().size() + revised.size());
        String plan = "/api/plans/" + ghent.planId;
        JsonNode adoptedTree = read(plan + "?includeRetired=true");
        JsonNode draftTree = read(plan + "?view=draft&includeRetired=true");
        assertThat(TreeJson.node(adoptedTree, realisation.heatPlan.value()).path("planned").asBoolean(true)).isFalse();
        assertThat(TreeJson.node(adoptedTree, realisation.popUpPark.value()).path("continues").path("elementId").asText())
                .isEqualTo(realisation.previousParks.value());
        List<String> before = dumpProjectionTables();
        long appliedEventsBefore = operator().get("/admin/projections/status").json().path("appliedEvents").asLong();
        double appliedBefore = projectedRecords("applied");
        long rebuildsBefore = meters.get("koers.projection.rebuild").timer().count();

        ApiClient.Response rebuild;
        try (SseStream live = SseStream.open(baseUrl() + "/api/plans/" + ghent.planId + "/stream", "viewer", "viewer", null)) {
            rebuild = operator().post("/admin/projections/rebuild", null);
            // the feed numbers again from 1: open streams end, so that their clients reconnect
            await().atMost(PROJECTION_TIMEOUT).until(live::ended);
        }

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        long recordsToReplay = rebuild.json().path("recordsToReplay").asLong();
        assertThat(recordsToReplay).isGreaterThanOrEqualTo(registered.events().size() + ghent.legislatureEvents().size()
                + ghent.planEvents().size() + monitoring.planEvents().size() + revised.size() + indicatorEvents.size());
        JsonNode status = await().atMost(PROJECTION_TIMEOUT)
                .until(() -> operator().get("/admin/projections/status").json(),
                        s -> !s.path("rebuilding").asBoolean(true) && s.path("consumerLag").asLong(-1) == 0);
        assertThat(dumpProjectionTables()).isEqualTo(before);
        JsonNode lastRebuild = status.path("lastRebuild");
        assertThat(lastRebuild.path("records").asLong()).isEqualTo(recordsToReplay);
        assertThat(lastRebuild.path("startedAt").asText()).isEqualTo(rebuild.json().path("startedAt").asText());
        Duration took = Duration.between(Instant.parse(lastRebuild.path("startedAt").asText()),
                Instant.parse(lastRebuild.path("finishedAt").asText()));
        assertThat(lastRebuild.path("seconds").asDouble()).isPositive().isEqualTo(took.toMillis() / 1000.0);
        assertThat(lastRebuild.path("eventsPerSecond").asLong())
                .isEqualTo(Math.round(recordsToReplay / lastRebuild.path("seconds").asDouble()));
        assertThat(meters.get("koers.projection.rebuild").timer().count()).isEqualTo(rebuildsBefore + 1);
        assertThat(read(plan + "?includeRetired=true")).isEqualTo(adoptedTree);
        assertThat(read(plan + "?view=draft&includeRetired=true")).isEqualTo(draftTree);
        assertThat(as(registered.user("viewer"), "viewer").get("/api/tenant").json().path("departments")).hasSize(2);
        for (String table : List.of("adopted_plan_element", "plan_revision", "plan_edition", "element_version",
                "statement_version", "audit_line", "element_continuation", "tenant", "tenant_department")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isPositive();
        }
        assertThat(status.path("appliedEvents").asLong()).isEqualTo(appliedEventsBefore);
        // every event was applied a second time, into the emptied tables
        assertThat(projectedRecords("applied")).isGreaterThanOrEqualTo(appliedBefore + appliedEventsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM change_feed GROUP BY tenant, plan_id"
                        + " HAVING min(seq) <> 1 OR max(seq) <> count(*)) gaps").query(Long.class).single())
                .as("plans whose feed is not numbered 1 to n").isZero();
    }

    @Test
    void theComparisonCoversEveryTableOfTheReadModel() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_name NOT IN ('flyway_schema_history',"
                        // how the read model is operated, not what it reads: parked events are empty when whole
                        + " 'parked_event', 'projection_operation', 'projection_rebuild', 'projection_support_schema_history')")
                .query(String.class).list();

        assertThat(new HashSet<>(PROJECTION_TABLES)).isEqualTo(new HashSet<>(tables));
    }

    @Test
    void aRebuildIsRefusedWhileAnotherInstanceConsumesAndTheProjectionGoesOn() {
        GhentPlan before = new GhentPlan(TenantId.of("koersbeke"));
        events.publish(before.planEvents());
        awaitPlanVersion(before.planId.value(), GhentPlan.VERSION);
        List<String> tables = dumpProjectionTables();

        ApiClient.Response refused;
        try (KafkaConsumer<String, String> otherInstance = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "query-service",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            otherInstance.subscribe(KoersTopics.ALL);
            // joined once it has a generation; it may get no partition at all, it is a member all the same
            await().atMost(PROJECTION_TIMEOUT).until(() -> {
                otherInstance.poll(Duration.ofMillis(100));
                return otherInstance.groupMetadata().generationId() > 0;
            });

            refused = operator().post("/admin/projections/rebuild", null);
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("rule").asText()).isEqualTo("consumer-group-active");
        assertThat(dumpProjectionTables()).isEqualTo(tables);
        GhentPlan after = new GhentPlan(TenantId.of("koersbeke"));
        events.publish(after.planEvents());
        awaitPlanVersion(after.planId.value(), GhentPlan.VERSION);
    }

    @Test
    void onlyAnOperatorMayRebuild() {
        ApiClient.Response byPlanner = as("planner", "planner").post("/admin/projections/rebuild", null);

        assertThat(byPlanner.status()).isEqualTo(403);
        assertThat(byPlanner.contentType()).startsWith("application/problem+json");
        assertThat(byPlanner.json().path("rule").asText()).isEqualTo("role-not-allowed");
        assertThat(viewer().get("/admin/projections/status").status()).isEqualTo(403);
    }

}
