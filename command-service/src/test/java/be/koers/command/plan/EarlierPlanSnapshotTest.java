package be.koers.command.plan;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan snapshot taken before the plan kept what an open revision defined and which statements it set (before
 * the plan's revision 1) lacks them: Axon skips it and sources the plan from its events.
 */
class EarlierPlanSnapshotTest extends CommandServiceIntegrationTest {

    private final String administration = newAdministration("snapshot");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("planCache")
    Cache planCache;

    @Test
    void aSnapshotWithoutWhatTheOpenRevisionSetIsSkipped() {
        ApiClient planner = as("planner", administration);
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String planId = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();
        String goal = planner.post("/api/plans/" + planId + "/goals", Map.of("level", "POLICY_GOAL", "title", "Safe streets")).json().get("id").asText();
        assertThat(planner.post("/api/plans/" + planId + "/adoption", Map.of("decisionDate", "2025-12-18", "decisionReference", "GR-2025/07")).status()).isBetween(200, 201);
        assertThat(planner.post("/api/plans/" + planId + "/revisions", Map.of("name", "Aanpassing 2027")).status()).isBetween(200, 201);
        String element = """
                {"%s":{"id":"%s","parentId":null,"level":"POLICY_GOAL","retired":false,"owner":null,"progress":null,\
                "unplanned":false,"continuation":null}}""".formatted(goal, goal);
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp, "
                        + "payload_type, payload_revision, payload, meta_data) VALUES (?, 3, 'Plan', ?, ?, ?, NULL, ?, '{}')",
                planId, UUID.randomUUID().toString(), Instant.now().toString(), Plan.class.getName(), """
                        {"planId":"%s","tenant":"%s","template":"BBC","firstYear":2026,"lastYear":2031,"status":"ADOPTED",\
                        "elements":%s,"estimates":{},"edition":1,"lastDecisionDate":"2025-12-18","revisions":1,\
                        "openRevision":{"number":1,"name":"Aanpassing 2027","added":[],"replaced":[],"retired":[],\
                        "elementsAtOpening":%s}}""".formatted(planId, administration, element, element));
        planCache.remove(planId);

        // Loaded from that snapshot, the plan would know no statements of the open revision and fail on the first one.
        ApiClient.Response mission = planner.put("/api/plans/" + planId + "/mission", Map.of("mission", "A safe city"));
        assertThat(mission.status()).as(mission.toString()).isEqualTo(200);
        assertThat(planner.post("/api/plans/" + planId + "/revisions/current/discard", Map.of("reason", "Postponed")).status()).isBetween(200, 201);
        assertThat(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 5",
                String.class, planId)).contains("\"statementsRestored\":[\"MISSION\"]");
    }
}
