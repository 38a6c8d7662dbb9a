package be.koers.command.legislature;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Within an administration, legislature names are unique and terms do not overlap; a refusal names the other one. */
class LegislatureRegisterTest extends CommandServiceIntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aNameTakenIsRefusedWhateverItsCaseAndSpacesAndNamesTheOtherLegislature() {
        ApiClient planner = as("planner", newAdministration("names"));
        String first = created(planner.post("/api/legislatures", legislature("Legislatuur 2026-2031", 2026, 2031)));

        Response again = planner.post("/api/legislatures", legislature("  legislatuur 2026-2031 ", 2032, 2037));

        assertProblem(again, "name", "legislature-name-taken");
        assertThat(again.json().path("detail").asText()).contains(first).contains("'Legislatuur 2026-2031'");
        assertThat(created(planner.post("/api/legislatures", legislature("Legislatuur 2032-2037", 2032, 2037)))).isNotBlank();
    }

    @Test
    void overlappingYearsAreRefusedAndAdjacentTermsAccepted() {
        ApiClient planner = as("planner", newAdministration("years"));
        String term = created(planner.post("/api/legislatures", legislature("2020-2025", 2020, 2025)));

        assertThat(planner.post("/api/legislatures", legislature("2026-2031", 2026, 2031)).status()).isEqualTo(201);
        assertThat(planner.post("/api/legislatures", legislature("2014-2019", 2014, 2019)).status()).isEqualTo(201);
        Response startsWithin = planner.post("/api/legislatures", legislature("2025-2030", 2025, 2030));
        assertProblem(startsWithin, "firstYear", "legislature-years-overlap");
        assertThat(startsWithin.json().path("detail").asText()).contains(term).contains("'2020-2025'").contains("2025-2030");
        assertProblem(planner.post("/api/legislatures", legislature("2011-2020", 2011, 2020)), "lastYear", "legislature-years-overlap");
        assertProblem(planner.post("/api/legislatures", legislature("2010-2014", 2010, 2014)), "lastYear", "legislature-years-overlap");
    }

    @Test
    void anotherAdministrationMayUseTheSameNameAndYears() {
        Map<String, Object> body = legislature("2026-2031", 2026, 2031);
        assertThat(as("planner", newAdministration("one")).post("/api/legislatures", body).status()).isEqualTo(201);
        assertThat(as("planner", newAdministration("other")).post("/api/legislatures", body).status()).isEqualTo(201);
    }

    @Test
    void ofConcurrentCreatesWithOneNameOneSucceedsAndTheOthersAreRefused() {
        String administration = newAdministration("race-name");

        // each its own years: only the name clashes, which the unique index would also catch
        List<Response> answers = race(administration, i -> legislature("Dezelfde naam", 2030 + 10 * i, 2035 + 10 * i));

        assertOneCreatedAndTheOthersRefused(answers, administration, "name", "legislature-name-taken");
    }

    @Test
    void ofConcurrentCreatesWithOverlappingYearsOneSucceedsAndTheOthersAreRefused() {
        String administration = newAdministration("race-years");

        // each its own name: only the years clash, which no index catches, so the lock per administration must
        List<Response> answers = race(administration, i -> legislature("Termijn " + i, 2026, 2031 - i));

        assertOneCreatedAndTheOthersRefused(answers, administration, "firstYear", "legislature-years-overlap");
    }

    /** Four creates of the administration, sent at once. */
    private List<Response> race(String administration, IntFunction<Map<String, Object>> body) {
        int racers = 4;
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> answers = IntStream.range(0, racers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return as("planner", administration).post("/api/legislatures", body.apply(i));
                    }, threads))
                    .toList();
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private void assertOneCreatedAndTheOthersRefused(List<Response> answers, String administration, String field, String rule) {
        assertThat(answers.stream().map(Response::status).sorted().toList()).containsExactly(201, 409, 409, 409);
        answers.stream().filter(answer -> answer.status() == 409).forEach(answer -> assertProblem(answer, field, rule));
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.LegislatureCreated'"
                        + " AND payload LIKE :tenant").param("tenant", "%\"" + administration + "\"%").query(Long.class).single())
                .as("one legislature stored").isEqualTo(1);
    }

    @Test
    void legislaturesCreatedBeforeTheRuleStayDuplicatedAndANewOneIsCheckedAgainstThem() {
        String administration = newAdministration("before");
        // as the migration registers them from their events: two alike, unchecked
        for (String id : List.of("old-a-" + UUID.randomUUID(), "old-b-" + UUID.randomUUID())) {
            jdbc.sql("INSERT INTO legislature_register VALUES (:id, :tenant, 'Oud', 2014, 2019, FALSE)")
                    .param("id", id).param("tenant", administration).update();
        }
        ApiClient planner = as("planner", administration);

        assertProblem(planner.post("/api/legislatures", legislature("oud", 2020, 2025)), "name", "legislature-name-taken");
        assertProblem(planner.post("/api/legislatures", legislature("Nieuw", 2019, 2024)), "firstYear", "legislature-years-overlap");
        assertThat(planner.post("/api/legislatures", legislature("Nieuw", 2020, 2025)).status()).isEqualTo(201);
    }

    @Test
    void theMigrationRegistersTheLegislaturesStoredBeforeItDuplicatesIncluded() {
        try (FreshDatabase database = FreshDatabase.create("legislature-register")) {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), FreshDatabase.USER,
                    FreshDatabase.PASSWORD);
            migrate(dataSource, "2");
            JdbcClient before = JdbcClient.create(dataSource);
            // two alike, one of them with a NUL stored before the input rules, and one of another administration
            storeLegislatureCreated(before, "old-a", "koersbeke", "Oud", 2014, 2019);
            storeLegislatureCreated(before, "old-b", "koersbeke", " oud\\u0000 ", 2016, 2021);
            storeLegislatureCreated(before, "old-c", "zandhoven", "Oud", 2014, 2019);

            migrate(dataSource, "latest");

            assertThat(before.sql("SELECT legislature_id || ' ' || tenant || ' ' || name || ' ' || first_year || '-'"
                            + " || last_year || ' ' || checked FROM legislature_register ORDER BY 1").query(String.class).list())
                    .containsExactly("old-a koersbeke Oud 2014-2019 false", "old-b koersbeke oud\uFFFD 2016-2021 false",
                            "old-c zandhoven Oud 2014-2019 false");
        }
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).target(target).load().migrate();
    }

    private static void storeLegislatureCreated(JdbcClient jdbc, String id, String tenant, String jsonName,
                                                int firstYear, int lastYear) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload)
                        VALUES (:id, :id, 0, 'Legislature', '2019-01-02T10:00:00Z',
                            'be.koers.planning.api.legislature.LegislatureCreated', '1', :payload)""")
                .param("id", id)
                .param("payload", "{\"tenant\":\"" + tenant + "\",\"legislatureId\":\"" + id + "\",\"name\":\""
                        + jsonName + "\",\"firstYear\":" + firstYear + ",\"lastYear\":" + lastYear + "}")
                .update();
    }

    private static Map<String, Object> legislature(String name, int firstYear, int lastYear) {
        return Map.of("name", name, "firstYear", firstYear, "lastYear", lastYear);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static void assertProblem(Response response, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("rule").asText()).isEqualTo(rule);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
