package be.koers.system;

import be.koers.testing.KoersSystem;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command-service is killed (SIGKILL) while planners keep sending changes, so events are stored but not yet
 * published; after a restart every accepted change is in the projection exactly once.
 */
class PublicationCrashTest {

    static final int GOALS = 300;
    static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = new KoersSystem(false);
    }

    @AfterAll
    static void stop() throws Exception {
        koers.close();
    }

    @Test
    void everyAcceptedChangeReachesTheProjectionOnceAfterACrashMidStream() throws Exception {
        ApiClient planner = koers.commands("planner", "planner");
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String plan = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();

        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        CompletableFuture<Set<String>> writer = CompletableFuture.supplyAsync(() -> {
            Set<String> stored = new HashSet<>();
            for (int i = 0; i < GOALS; i++) {
                String id = "goal-" + i;
                await("goal " + id + " stored").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
                    // Same id on every retry: a change stored just before the crash answers 409 duplicate-element.
                    Response response = tryDefine(planner, plan, id);
                    boolean done = response != null && (response.status() == 201
                            || (response.status() == 409 && "duplicate-element".equals(response.json().path("rule").asText())));
                    if (!done) {
                        retries.incrementAndGet();
                    }
                    return done;
                });
                stored.add(id);
                accepted.incrementAndGet();
            }
            return stored;
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.get() >= GOALS / 3);
        koers.commandService.kill();
        int acceptedAtCrash = accepted.get();
        koers.commandService.start();
        Set<String> stored = writer.get();
        System.out.printf("Killed the command-service after %d accepted changes; %d requests failed or were retried while it was down%n",
                acceptedAtCrash, retries.get());

        ApiClient viewer = koers.queries("viewer", "viewer");
        await("all goals projected").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> viewer.get("/api/plans/" + plan + "/elements?level=POLICY_GOAL&size=1000").json().path("total").asInt() >= GOALS);
        JsonNode projected = viewer.get("/api/plans/" + plan + "/elements?level=POLICY_GOAL&size=1000").json();
        List<String> ids = new ArrayList<>();
        projected.get("elements").forEach(e -> ids.add(e.get("elementId").asText()));

        assertThat(projected.get("total").asInt()).isEqualTo(GOALS);
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        long lastStoredSequence = lastSequence(plan);
        await("projection caught up with the event store").atMost(Duration.ofSeconds(30))
                .until(() -> viewer.get("/api/plans/" + plan).json().path("version").asLong() == lastStoredSequence);
        assertThat(lastStoredSequence).isEqualTo(GOALS); // PlanDrafted is 0, one GoalDefined per goal
    }

    private static Response tryDefine(ApiClient planner, String plan, String id) {
        try {
            return planner.post("/api/plans/" + plan + "/goals", Map.of("id", id, "level", "POLICY_GOAL", "title", "Goal " + id));
        } catch (IllegalStateException serviceDown) {
            return null;
        }
    }

    private static long lastSequence(String plan) throws Exception {
        try (Connection c = koers.commandDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = '" + plan + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
