package be.koers.system.faults;

import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import be.koers.testing.KoersSystem;
import be.koers.testing.ReadModelFlaw;
import be.koers.testing.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison event in both read models' way: a flaw of their own tables (a trigger, as a faulty release would leave)
 * refuses the scores of one indicator. Its events are parked, the other indicators go on, health shows it; once the
 * flaw is fixed, a retry applies the parked events and those parked behind them meanwhile.
 */
final class PoisonedReadModels {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private PoisonedReadModels() {
    }

    static void strike(KoersSystem koers, String indicator) {
        List<Side> sides = List.of(new Side(koers.queryService, koers.queryDatabase), new Side(koers.reportingService, koers.reportingDatabase));
        Instant plantedAt = Instant.now();
        List<ReadModelFlaw> flaws = sides.stream()
                .map(side -> ReadModelFlaw.refusing(side.database, "indicator_score", "indicator_id", indicator)).toList();
        for (Side side : sides) {
            await(side.service.name() + " parks the scores of " + indicator).atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                    .until(() -> side.parkedCount(indicator) > 0 && side.health().path("parkedEvents").path("status").asText().equals("DEGRADED"));
            assertThat(side.health().path("parkedEvents").path("details").path("parked").asLong()).isPositive();
        }
        // the other indicators go on meanwhile: their scores keep being applied while the poisoned one waits
        Ledger ledger = new Ledger(koers);
        try {
            await("the other indicators applied while " + indicator + " is parked").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                    .until(() -> ledger.wholeBut(indicator));
        } finally {
            ledger.close();
        }
        System.out.printf("[faults]   parked %s events in the query-service and %s in the reporting-service within %.1f s; the other indicators applied meanwhile%n",
                sides.get(0).parkedCount(indicator), sides.get(1).parkedCount(indicator),
                Duration.between(plantedAt, Instant.now()).toMillis() / 1000.0);

        flaws.forEach(ReadModelFlaw::close);
        for (Side side : sides) {
            ApiClient.Response retried = side.operator().post("/admin/projections/parked/" + indicator + "/retry", null);
            assertThat(retried.status()).as(side.service.name() + ": " + retried).isEqualTo(200);
            System.out.printf("[faults]   %s retried after the fix: %s%n", side.service.name(), retried.json());
        }
    }

    /** Both read models rebuilt from the topics, waited for until they replayed everything. */
    static void rebuildBoth(KoersSystem koers) {
        for (ServiceProcess service : List.of(koers.queryService, koers.reportingService)) {
            ApiClient operator = ApiClient.as(service.url(), "operator", "operator");
            ApiClient.Response rebuild = operator.post("/admin/projections/rebuild", null);
            assertThat(rebuild.status()).as(service.name() + ": " + rebuild).isEqualTo(202);
            await(service.name() + " rebuilt").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                    .until(() -> operator.get("/admin/projections/status").json(),
                            status -> !status.path("rebuilding").asBoolean(true) && status.path("consumerLag").asLong(-1) == 0);
        }
    }

    private record Side(ServiceProcess service, FreshDatabase database) {

        long parkedCount(String indicator) {
            for (JsonNode sequence : operator().get("/admin/projections/parked").json()) {
                if (sequence.path("sequence").asText().equals(indicator)) {
                    return sequence.path("events").size();
                }
            }
            return 0;
        }

        JsonNode health() {
            return ApiClient.anonymous(service.managementUrl()).get("/actuator/health").json().path("components");
        }

        ApiClient operator() {
            return ApiClient.as(service.url(), "operator", "operator");
        }
    }
}
