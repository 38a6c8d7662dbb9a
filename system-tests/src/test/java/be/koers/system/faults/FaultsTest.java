package be.koers.system.faults;

import be.koers.system.faults.Ledger.Events;
import be.koers.system.faults.Ledger.Stored;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.FreshDatabase;
import be.koers.testing.KoersSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing accepted is lost, nothing refused is kept: Koers under a load of scores while, one after the other, the
 * Kafka broker is killed, PostgreSQL is restarted and crashed, and each service is killed, each brought back while the
 * scores keep coming. After each fault (counted over all faults so far) every accepted command is stored, every
 * stored event is on Kafka and applied exactly once in the query-service's and the reporting-service's read
 * models, the query API shows exactly the accepted scores, no answer was a 500 and no refused command was stored.
 * <p>
 * One Koers for all faults, on a Kafka broker process and a PostgreSQL cluster of its own. CI records
 * {@value #CI_SCORES} scores per fault; {@code -Dkoers.faults.scores=2000} (see the README) a longer load.
 */
class FaultsTest {

    static final int CI_SCORES = 150;
    static final int SCORES = Integer.getInteger("koers.faults.scores", CI_SCORES);
    static final Duration WHOLE_WITHIN = Duration.ofSeconds(120);

    static KoersSystem koers;
    static ApiClient planner;
    static ApiClient viewer;
    static Ledger ledger;
    static String plan;
    static String goal;
    /** The answers of every fault so far: the checks count over all of them. */
    static final List<Answers> rounds = new ArrayList<>();

    @BeforeAll
    static void start() {
        koers = new KoersSystem(KoersSystem.Launch.forTests(true).onInfrastructureOfItsOwn());
        koers.register("faults");
        planner = koers.commands("planner@faults", "planner");
        viewer = koers.queries("viewer@faults", "viewer");
        String legislature = created(planner.post("/api/legislatures", Map.of("name", "Faults 2026-2031", "firstYear", 2026, "lastYear", 2031)));
        plan = created(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan under fire", "template", "BBC")));
        goal = created(planner.post("/api/plans/" + plan + "/goals", Map.of("level", "POLICY_GOAL", "title", "Measured")));
        ledger = new Ledger(koers);
    }

    @AfterAll
    static void stop() throws Exception {
        try (KoersSystem system = koers) {
            if (ledger != null) {
                ledger.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void everyAcceptedScoreIsStoredPublishedAndAppliedOnce(Fault fault) throws Exception {
        List<String> indicators = defineIndicators(fault.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Answers answers = new Answers();
        rounds.add(answers);

        Instant brokenAt;
        Instant backAt;
        try (ScoreLoad load = ScoreLoad.start(planner, indicators, SCORES, answers)) {
            await("a third of the scores answered").atMost(Duration.ofSeconds(120)).until(() -> load.finished() >= SCORES / 3);
            brokenAt = Instant.now();
            fault.inject(koers, indicators);
            backAt = Instant.now();
            load.awaitDone(Duration.ofSeconds(300));
        }
        Instant loadDoneAt = Instant.now();
        await(fault + ": everything stored is on Kafka and applied once in both read models").atMost(WHOLE_WITHIN)
                .pollInterval(Duration.ofMillis(250)).until(ledger::whole);
        Instant wholeAt = Instant.now();

        Tally tally = tally();
        System.out.printf("%n[faults] %s, %d scores this round (%d indicators):%n"
                        + "[faults]   %s%n"
                        + "[faults]   answers this round: %s; refused but stored: %d%n"
                        + "[faults]   down %.1f s; whole again %.1f s after it was back (%.1f s after the last score was answered)%n",
                fault, SCORES, indicators.size(), tally, answers.summary(), answers.refusedButStored(),
                seconds(brokenAt, backAt), seconds(backAt, wholeAt), seconds(loadDoneAt, wholeAt));

        assertThat(answers.unexpected()).as("answers other than 201, 409 on a retry and 503 (the service logs are in target/service-logs)").isEmpty();
        assertThat(answers.refusedButStored()).as("commands refused, yet stored").isZero();
        assertThat(answers.accepted()).as("scores accepted this round").isEqualTo(SCORES);
        assertThat(storedScoresPerIndicator()).as("scores stored per indicator = accepted")
                .isEqualTo(acceptedScoresPerIndicator());
        assertThat(tally.storedScores).as("scores stored = accepted").isEqualTo(tally.acceptedScores);
        assertThat(tally.publishedEvents).as("event ids on Kafka = stored").isEqualTo(tally.storedEvents);
        assertThat(tally.appliedByQueries).as("applied by the query-service = stored").isEqualTo(tally.storedEvents);
        assertThat(tally.appliedByReports).as("applied by the reporting-service = stored").isEqualTo(tally.storedEvents);
        assertThat(scoresShownByTheQueryApi()).as("the scores the query API shows = the accepted").isEqualTo(acceptedScores());
        if (fault == Fault.POISON_EVENT_PLANTED) {
            assertAFreshRebuildReadsTheSame();
        }
    }

    /** The read models, whole again after parking and retrying, are what a rebuild from the topics makes of them. */
    private static void assertAFreshRebuildReadsTheSame() throws Exception {
        Map<String, JsonNode> indicatorsBefore = indicatorsShownByTheQueryApi();
        PoisonedReadModels.rebuildBoth(koers);
        await("both read models whole after the rebuild").atMost(WHOLE_WITHIN).pollInterval(Duration.ofMillis(250)).until(ledger::whole);
        assertThat(indicatorsShownByTheQueryApi()).as("every indicator as the query API shows it, after a fresh rebuild").isEqualTo(indicatorsBefore);
    }

    private static Map<String, JsonNode> indicatorsShownByTheQueryApi() {
        Map<String, JsonNode> shown = new TreeMap<>();
        acceptedScores().keySet().forEach(indicator -> shown.put(indicator, viewer.get("/api/indicators/" + indicator).json()));
        return shown;
    }

    /** Indicators of their own for each fault, so that each fault's scores can be told apart. */
    private static List<String> defineIndicators(String prefix) {
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < ScoreLoad.indicatorsFor(SCORES); i++) {
            indicators.add(created(planner.post("/api/plans/" + plan + "/indicators", Map.of("id", prefix + "-" + i,
                    "name", "Indicator " + prefix + " " + i, "unit", "count", "kind", "NUMBER", "direction", "HIGHER_IS_BETTER",
                    "frequency", "MONTHLY", "baseline", Map.of("value", 0, "date", "2026-01-01"),
                    "targets", List.of(Map.of("period", "2031-12", "value", 1000)), "ownerDepartment", "Department 1",
                    "linkedElements", List.of(goal)))));
        }
        return indicators;
    }

    /** Accepted scores of all faults so far, per indicator. */
    private static Map<String, Set<String>> acceptedScores() {
        Map<String, Set<String>> accepted = new TreeMap<>();
        rounds.forEach(round -> accepted.putAll(round.acceptedByIndicator()));
        return accepted;
    }

    private static Map<String, Long> acceptedScoresPerIndicator() {
        Map<String, Long> counts = new TreeMap<>();
        acceptedScores().forEach((indicator, periods) -> counts.put(indicator, (long) periods.size()));
        return counts;
    }

    /** Events of each indicator in the event store, less its definition. */
    private static Map<String, Long> storedScoresPerIndicator() throws Exception {
        Map<String, Events> stored = ledger.stored().perAggregate();
        Map<String, Long> counts = new TreeMap<>();
        acceptedScores().keySet().forEach(indicator -> counts.put(indicator, stored.get(indicator).count() - 1));
        return counts;
    }

    private static Map<String, Set<String>> scoresShownByTheQueryApi() {
        Map<String, Set<String>> shown = new TreeMap<>();
        for (String indicator : acceptedScores().keySet()) {
            Set<String> periods = new HashSet<>();
            for (JsonNode point : viewer.get("/api/indicators/" + indicator).json().path("series")) {
                periods.add(point.path("period").asText());
            }
            shown.put(indicator, periods);
        }
        return shown;
    }

    /** The counts over all faults so far. */
    private static Tally tally() throws Exception {
        Map<String, Set<String>> accepted = acceptedScores();
        Stored stored = ledger.stored();
        Map<String, Integer> published = ledger.published();
        long storedScores = storedScoresPerIndicator().values().stream().mapToLong(Long::longValue).sum();
        return new Tally(accepted.values().stream().mapToLong(Set::size).sum(), storedScores, stored.eventIds().size(),
                published.size(), published.values().stream().mapToLong(Integer::longValue).sum(),
                applied(koers.queryDatabase), applied(koers.reportingDatabase));
    }

    private static long applied(FreshDatabase readModel) throws Exception {
        return Ledger.applied(readModel).values().stream().mapToLong(Events::count).sum();
    }

    private record Tally(long acceptedScores, long storedScores, long storedEvents, long publishedEvents,
                         long publishedRecords, long appliedByQueries, long appliedByReports) {
        @Override
        public String toString() {
            return "so far: accepted scores %d, stored scores %d; events stored %d, published %d (%d records on Kafka, %d duplicates), applied %d by the query-service and %d by the reporting-service"
                    .formatted(acceptedScores, storedScores, storedEvents, publishedEvents, publishedRecords,
                            publishedRecords - publishedEvents, appliedByQueries, appliedByReports);
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json().get("id").asText();
    }
}
