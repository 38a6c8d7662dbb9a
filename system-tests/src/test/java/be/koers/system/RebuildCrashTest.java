package be.koers.system;

import be.koers.testing.ApiClient;
import be.koers.testing.KoersSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query-service is killed (SIGKILL) in the middle of a rebuild. Started again, it follows the same rebuild to its
 * end before it counts as ready: meanwhile its health says the read model is out of service and its status that it
 * is rebuilding, not "done" with a fraction of the events; at the end every table is whole again.
 */
class RebuildCrashTest {

    private static final String TENANT = "rebuildcrash";
    private static final int INDICATORS = 60;
    private static final int MONTHS = 72;
    private static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = new KoersSystem(false);
        koers.register(TENANT);
    }

    @AfterAll
    static void stop() throws Exception {
        koers.close();
    }

    @Test
    void aServiceKilledMidRebuildResumesItAndIsNotReadyUntilItIsWhole() throws Exception {
        int scores = scorePlan();
        ApiClient operator = koers.queries("operator", "operator");
        JsonNode before = await("every score projected").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> operator.get("/admin/projections/status").json(),
                        status -> count("SELECT count(*) FROM indicator_score") == scores && status.path("consumerLag").asLong(-1) == 0);
        long applied = before.path("appliedEvents").asLong();

        ApiClient.Response rebuild = operator.post("/admin/projections/rebuild", null);
        koers.queryService.kill();
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        long appliedAtCrash = count("SELECT coalesce(sum(applied_count), 0) FROM applied_event");
        assertThat(appliedAtCrash).as("killed in the middle of the replay").isLessThan(applied);
        assertThat(count("SELECT count(*) FROM projection_rebuild WHERE completed_at IS NULL")).isEqualTo(1);

        AtomicBoolean seenIncomplete = new AtomicBoolean();
        List<String> statuses = new ArrayList<>();
        Instant restarted = Instant.now();
        CompletableFuture<Void> started = CompletableFuture.runAsync(koers.queryService::start);
        ApiClient management = ApiClient.anonymous(koers.queryService.managementUrl());
        while (!started.isDone()) {
            observe(management, operator, seenIncomplete, statuses);
        }
        started.join();
        Duration whole = Duration.between(restarted, Instant.now());

        JsonNode after = operator.get("/admin/projections/status").json();
        System.out.printf("Killed the query-service mid-rebuild with %d of %d events applied; started again, it was whole"
                + " and ready after %d ms; seen while incomplete: %s%n", appliedAtCrash, applied, whole.toMillis(), statuses);
        assertThat(seenIncomplete).as("health said the read model was incomplete before it was whole: " + statuses).isTrue();
        assertThat(after.path("rebuilding").asBoolean(true)).isFalse();
        assertThat(after.path("appliedEvents").asLong()).isEqualTo(applied);
        assertThat(after.path("lastRebuild").path("startedAt").asText()).isEqualTo(rebuild.json().path("startedAt").asText());
        assertThat(count("SELECT count(*) FROM indicator_score")).isEqualTo(scores);
        assertThat(count("SELECT count(*) FROM projection_rebuild WHERE completed_at IS NULL")).isZero();
        assertThat(ApiClient.anonymous(koers.queryService.url()).get("/readyz").status()).isEqualTo(200);
    }

    /** Once the service answers: whether its health names the read model incomplete and its status a rebuild. */
    private static void observe(ApiClient management, ApiClient operator, AtomicBoolean seenIncomplete, List<String> statuses) {
        try {
            JsonNode health = management.get("/actuator/health").json();
            String readModel = health.path("components").path("readModel").path("status").asText();
            if (readModel.equals("OUT_OF_SERVICE")
                    && operator.get("/admin/projections/status").json().path("rebuilding").asBoolean(false)) {
                seenIncomplete.set(true);
            }
            if (!readModel.isEmpty() && (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(readModel))) {
                statuses.add(readModel);
            }
        } catch (IllegalStateException notYetListening) {
            // the process is still starting: nothing to observe yet
        }
    }

    /** A plan with {@link #INDICATORS} monthly indicators, scored for every month of the legislature in one upload. */
    private static int scorePlan() {
        ApiClient planner = koers.commands("planner@" + TENANT, "planner");
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031))
                .json().path("id").asText();
        String plan = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC"))
                .json().path("id").asText();
        String goal = planner.post("/api/plans/" + plan + "/goals", Map.of("level", "POLICY_GOAL", "title", "Goal"))
                .json().path("id").asText();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            ApiClient.Response indicator = planner.post("/api/plans/" + plan + "/indicators", Map.of("name", "Indicator " + i,
                    "unit", "count", "kind", "NUMBER", "direction", "HIGHER_IS_BETTER", "frequency", "MONTHLY",
                    "baseline", Map.of("value", 0, "date", "2026-01-01"), "targets", List.of(Map.of("period", "2031-12", "value", 100)),
                    "ownerDepartment", "Statistics", "linkedElements", List.of(goal)));
            assertThat(indicator.status()).as(indicator.toString()).isEqualTo(201);
            String id = indicator.json().path("id").asText();
            for (int month = 0; month < MONTHS; month++) {
                rows.add(Map.of("indicatorId", id, "period", String.format("%d-%02d", 2026 + month / 12, month % 12 + 1), "value", month));
            }
        }
        ApiClient.Response upload = planner.post("/api/scores/bulk", Map.of("rows", rows));
        assertThat(upload.status()).as(upload.toString()).isIn(200, 201);
        return rows.size();
    }

    private static long count(String sql) {
        try (Connection c = koers.queryDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
