package be.koers.system.fuzz;

import be.koers.testing.ApiClient;
import be.koers.testing.KoersSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzes every operation of the three services' OpenAPI documents with valid, boundary and invalid values (see
 * {@link RequestGenerator}) and asserts, for every answer, no 5xx and refusals as problem+json naming field and
 * rule ({@link ResponseCheck}); and, for every write the command-service accepted, that it became visible in the
 * query-service within {@value #VISIBILITY_SECONDS} s ({@link VisibilityCheck}). It collects every failure and
 * reports them together, grouped, and prints per service what it sent and what came back.
 * <p>
 * Seeded: the seed is printed and {@code -Dkoers.fuzz.seed=...} repeats a run; {@code
 * -Dkoers.fuzz.requestsPerOperation=...} sets the budget. It starts a Koers of its own, so that the thousands of
 * changes it makes in Koersbeke and Zandhoven meet no other test's data.
 */
class OpenApiFuzzTest {

    private static final int VISIBILITY_SECONDS = 20;
    private static final long SEED = Long.getLong("koers.fuzz.seed", new Random().nextLong());
    private static final int REQUESTS_PER_OPERATION = Integer.getInteger("koers.fuzz.requestsPerOperation", 40);

    static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = new KoersSystem();
    }

    @AfterAll
    static void stop() throws Exception {
        koers.close();
    }

    @Test
    void everyAnswerKeepsTheContractAndEveryAcceptedWriteBecomesVisible() {
        System.out.printf("Fuzz seed %d (repeat with -Dkoers.fuzz.seed=%d), %d requests per operation%n", SEED, SEED,
                REQUESTS_PER_OPERATION);
        long start = System.nanoTime();
        Map<String, ApiClient> services = new LinkedHashMap<>();
        services.put("command-service", ApiClient.anonymous(koers.commandService.url()));
        services.put("query-service", ApiClient.anonymous(koers.queryService.url()));
        services.put("reporting-service", ApiClient.anonymous(koers.reportingService.url()));
        FuzzFixture fixture = FuzzFixture.create(services.get("command-service"));
        RequestGenerator generator = new RequestGenerator(fixture, new Random(SEED));
        FuzzLedger ledger = new FuzzLedger();
        VisibilityCheck visibility = new VisibilityCheck(services.get("command-service"), services.get("query-service"), fixture);
        System.out.println("Event streams (text/event-stream) are opened and closed as soon as their head arrives.");

        services.forEach((service, client) -> {
            ApiDocuments.Document document = ApiDocuments.read(service, client);
            System.out.printf("%s: %d operations to fuzz; ignored the query parameter '%s' (the internal ChangeContext) in %d%n",
                    service, document.operations().size(), ApiDocuments.INTERNAL_PARAMETER, document.internalParametersIgnored());
            document.excluded().forEach(excluded -> System.out.printf("  excluded %s: %s%n", excluded.operation(), excluded.reason()));
            for (ApiOperation operation : document.operations()) {
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    FuzzRequest request = generator.next(operation, i);
                    send(client, request, ledger, visibility);
                }
            }
        });
        visibility.verify(Duration.ofSeconds(VISIBILITY_SECONDS)).forEach(ledger::invisible);

        System.out.print(ledger.acceptedOddities());
        System.out.printf("Fuzzed in %d s (seed %d):%n%s  accepted writes that changed nothing (no event): %d%n",
                (System.nanoTime() - start) / 1_000_000_000, SEED, ledger.summary(), visibility.unchanged());
        if (!ledger.clean()) {
            fail("The fuzz test found failures (seed " + SEED + "):\n" + ledger.failureReport());
        }
    }

    private static void send(ApiClient service, FuzzRequest request, FuzzLedger ledger, VisibilityCheck visibility) {
        ApiClient client = request.caller().on(service);
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            client = client.withHeader(header.getKey(), header.getValue());
        }
        ApiOperation operation = request.operation();
        ApiClient.Response response;
        try {
            response = client.exchange(operation.method(), request.target(), request.body(), operation.accept());
        } catch (IllegalStateException e) {
            ledger.unanswered(request, e);
            return;
        }
        ledger.answered(request, response);
        if (operation.writes() && response.status() >= 200 && response.status() < 300) {
            ledger.writeAccepted(request);
            visibility.accepted(request, response);
        }
    }
}
