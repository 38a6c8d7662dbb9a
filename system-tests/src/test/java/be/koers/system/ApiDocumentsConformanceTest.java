package be.koers.system;

import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.KoersSystem;
import be.koers.testing.LocalIssuer;
import be.koers.testing.SseStream;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services' OpenAPI documents tell the truth. Each names its service and the security scheme, documents
 * no internal argument as a parameter, shows the change headers on every command, and gives every operation its
 * problem responses. Then Koers with the demo plan is driven through a small planning scenario, every read of every
 * service and a refusal of each kind, and every answer is held against the document: its status and media type are
 * documented and its JSON body matches the documented schema, read as closed (no undocumented fields).
 */
class ApiDocumentsConformanceTest {

    static final String DEMO_PLAN = "koersbeke-plan-2026-2031";
    static final String DEMO_PREVIOUS_PLAN = "koersbeke-plan-2020-2025";
    static final String DEMO_INDICATOR = "koersbeke-residents-near-a-park";
    static final Set<String> CHANGE_HEADERS = Set.of("X-Change-Reason", "If-Match", "X-Correlation-Id");
    static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");

    static KoersSystem koers;
    static DocumentedApi commandApi;
    static DocumentedApi queryApi;
    static DocumentedApi reportingApi;

    @BeforeAll
    static void start() {
        // Its own Koers, with the demo plan loaded: the reads then have a closed plan, continuations and unplanned work
        // to show. Few connections each: one request at a time needs no more, and the other tests share the server.
        koers = new KoersSystem(new KoersSystem.Launch(true, 3, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"),
                List.of("--koers.demo.enabled=true", "--spring.datasource.hikari.maximum-pool-size=4"), "apidocs"));
        ApiClient anonymousCommands = ApiClient.anonymous(koers.commandService.url());
        commandApi = new DocumentedApi("command-service", anonymousCommands.get("/v3/api-docs").body());
        queryApi = new DocumentedApi("query-service", ApiClient.anonymous(koers.queryService.url()).get("/v3/api-docs").body());
        reportingApi = new DocumentedApi("reporting-service", ApiClient.anonymous(koers.reportingService.url()).get("/v3/api-docs").body());
    }

    @AfterAll
    static void stop() throws Exception {
        koers.close();
    }

    @Test
    void everyDocumentNamesItsServiceItsSecurityAndTheRefusalsOfEveryOperation() {
        for (DocumentedApi api : List.of(commandApi, queryApi, reportingApi)) {
            JsonNode document = api.document;
            assertThat(document.at("/info/title").asText()).as(api.service).startsWith("Koers ").contains(api.service)
                    .doesNotContain("OpenAPI definition");
            assertThat(document.at("/info/description").asText()).as(api.service).isNotBlank();
            String scheme = document.at("/security/0").fieldNames().next();
            assertThat(document.at("/components/securitySchemes/" + scheme + "/type").asText()).isEqualTo("openIdConnect");
            assertThat(document.at("/components/securitySchemes/" + scheme + "/openIdConnectUrl").asText())
                    .isEqualTo(LocalIssuer.shared().issuerUri() + "/.well-known/openid-configuration");
            assertThat(api.operations()).as(api.service).isNotEmpty();
            for (DocumentedApi.Operation operation : api.operations()) {
                JsonNode node = operation.node();
                assertThat(parameterNames(node, p -> true)).as(api.service + " " + operation).doesNotContain("context", "user", "filter");
                assertThat(node.has("security") ? node.get("security") : document.get("security")).as(operation + " security")
                        .anySatisfy(requirement -> assertThat(requirement.has(scheme)).isTrue());
                List<String> refusals = new ArrayList<>(List.of("400", "401", "403", "406", "500"));
                if (node.path("parameters").findValuesAsText("in").contains("path")) {
                    refusals.add("404");
                }
                if (node.has("requestBody")) {
                    refusals.addAll(List.of("415", "422"));
                }
                if (WRITES.contains(operation.method())) {
                    refusals.add("409");
                }
                for (String status : refusals) {
                    assertThat(node.at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asText())
                            .as(api.service + " " + operation + " " + status).isEqualTo("#/components/schemas/Problem");
                }
                assertThat(node.path("responses").fieldNames()).toIterable().as(api.service + " " + operation)
                        .anyMatch(status -> status.startsWith("2"));
            }
        }
        List<DocumentedApi.Operation> commands = commandApi.operations().stream()
                .filter(o -> WRITES.contains(o.method()) && o.path().startsWith("/api/")).toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(34);
        commands.forEach(command -> assertThat(parameterNames(command.node(), p -> p.path("in").asText().equals("header")))
                .as(command.toString()).containsAll(CHANGE_HEADERS));
        assertThat(commandApi.document.at("/paths/~1api~1legislatures/post/responses/201").isMissingNode()).isFalse();
    }

    @Test
    void everyAnswerMatchesTheSchemaItsOperationDocuments() {
        Scenario scenario = new Scenario();
        scenario.plan();
        scenario.awaitReadModels();
        for (String plan : List.of(DEMO_PLAN, DEMO_PREVIOUS_PLAN, scenario.plan)) {
            readCommandSide(plan);
            readQuerySide(plan);
            readReports(plan);
        }
        readIndicator(DEMO_INDICATOR);
        readIndicator(scenario.indicator);
        refusals(scenario);
        scenario.operate();

        int operations = 0;
        int answers = 0;
        List<String> violations = new ArrayList<>();
        for (DocumentedApi api : List.of(commandApi, queryApi, reportingApi)) {
            List<DocumentedApi.Check> checks = api.checks();
            Set<DocumentedApi.Operation> answered = checks.stream().filter(c -> c.status() / 100 == 2)
                    .map(DocumentedApi.Check::operation).collect(Collectors.toSet());
            Set<String> statuses = checks.stream().map(c -> c.operation() + " " + c.status()).collect(Collectors.toSet());
            System.out.printf("%s: %d of %d documented operations answered successfully; %d answers checked, %d distinct operation and status pairs%n",
                    api.service, answered.size(), api.operations().size(), checks.size(), statuses.size());
            List<DocumentedApi.Operation> mustAnswer = api == commandApi
                    ? api.operations()
                    : api.operations().stream().filter(o -> o.method().equals("GET")).toList();
            assertThat(answered).as(api.service + ": operations never answered successfully").containsAll(mustAnswer);
            operations += answered.size();
            answers += checks.size();
            checks.forEach(check -> violations.addAll(check.violations()));
        }
        System.out.printf("API documents: %d operations and %d answers checked against their schemas, %d violations%n",
                operations, answers, violations.size());
        assertThat(violations).as("answers that do not match their documented schema").isEmpty();
    }

    private void readCommandSide(String plan) {
        ApiClient viewer = koers.commands("auditor", "auditor");
        ok(commandApi, "GET", "/api/plans/" + plan + "/integrity", viewer.get("/api/plans/" + plan + "/integrity"));
        download(commandApi, koers.commands("auditor", "auditor"), "/api/plans/" + plan + "/events", "application/x-ndjson");
    }

    private void readIndicator(String indicator) {
        ApiClient commands = koers.commands("auditor", "auditor");
        ok(commandApi, "GET", "/api/indicators/" + indicator + "/integrity", commands.get("/api/indicators/" + indicator + "/integrity"));
        download(commandApi, commands, "/api/indicators/" + indicator + "/events", "application/x-ndjson");
        ok(queryApi, "GET", "/api/indicators/" + indicator, koers.queries("auditor", "auditor").get("/api/indicators/" + indicator));
        stream("/api/indicators/" + indicator + "/stream");
    }

    private void readQuerySide(String plan) {
        ApiClient viewer = koers.queries("auditor", "auditor");
        String api = "/api/plans/" + plan;
        ok(queryApi, viewer, "/api/tenant");
        ok(queryApi, koers.queries("scorer", "scorer"), api + "/mine");
        ok(queryApi, koers.queries("operator", "operator"), "/admin/tenants");
        JsonNode elements = ok(queryApi, viewer, "/api/plans/" + plan + "/elements?view=draft&size=1000").json().path("elements");
        for (String path : List.of("/api/legislatures", api, api + "?view=draft&includeRetired=true", api + "/status",
                api + "/status?view=draft", api + "/budget", api + "/budget?view=draft", api + "/indicators", api + "/editions",
                api + "/revisions", api + "/editions/1/tree?includeRetired=true", api + "/as-of?instant=" + Instant.now(),
                api + "/audit", api + "/audit?size=5&page=1", api + "/elements?status=RETIRED&view=draft")) {
            ok(queryApi, viewer, path);
        }
        JsonNode editions = ok(queryApi, viewer, api + "/editions").json();
        if (editions.size() > 1) {
            ok(queryApi, viewer, api + "/diff?fromEdition=1&toEdition=" + editions.size());
            check(queryApi, "GET", api + "/diff?fromEdition=1&toEdition=2",
                    viewer.withHeader("Accept", "text/markdown").get(api + "/diff?fromEdition=1&toEdition=2"), 200);
            ok(queryApi, viewer, api + "/as-of?date=" + editions.get(0).path("decisionDate").asText());
        }
        for (JsonNode element : elements) {
            String id = element.path("elementId").asText();
            ok(queryApi, viewer, api + "/elements/" + id + "?view=draft");
            ok(queryApi, viewer, api + "/elements/" + id + "/history");
            ok(queryApi, viewer, api + "/elements/" + id + "/budget");
            if (Set.of("ACTION", "ACTIVITY").contains(element.path("level").asText())) {
                ok(queryApi, viewer, api + "/elements/" + id + "/progress");
            }
        }
        download(queryApi, viewer, api + "/audit/export", "text/csv");
        download(queryApi, viewer, api + "/audit/export?format=json", "application/json");
        stream(api + "/stream");
    }

    private void readReports(String plan) {
        ApiClient viewer = koers.reports("auditor", "auditor");
        String api = "/api/plans/" + plan;
        JsonNode planView = ok(queryApi, koers.queries("auditor", "auditor"), api).json();
        String legislature = planView.path("legislatureId").asText();
        for (String path : List.of("/api/activity", "/api/realisation", api + "/realisation", api + "/realisation?view=DRAFT",
                api + "/realisation/items", api + "/realisation/matrix?rows=DEPARTMENT&columns=POLICY_FIELD",
                api + "/realisation?policyField=Environment", "/api/legislatures/" + legislature + "/realisation")) {
            ok(reportingApi, viewer, path);
        }
        if (!plan.equals(DEMO_PREVIOUS_PLAN)) {
            ok(reportingApi, viewer, api + "/comparison");
            ok(reportingApi, viewer, "/api/legislatures/" + legislature + "/comparison");
        }
        String year = "year=" + planView.path("firstYear").asInt();
        download(reportingApi, viewer, api + "/reports/follow-up?" + year + "&lang=en", "application/pdf");
        download(reportingApi, viewer, api + "/reports/follow-up?format=xlsx&" + year,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        download(reportingApi, viewer, api + "/reports/follow-up/tables/summary?" + year, "text/csv");
        download(reportingApi, viewer, api + "/reports/strategic-note?lang=en", "application/pdf");
        download(reportingApi, viewer, api + "/reports/strategic-note/tables/goals?lang=en", "text/csv");
    }

    /** A refusal of every kind each service gives, each a problem body of the documented shape. */
    private void refusals(Scenario scenario) {
        ApiClient planner = koers.commands("planner", "planner");
        String api = "/api/plans/" + scenario.plan;
        check(commandApi, "POST", "/api/legislatures", ApiClient.anonymous(koers.commandService.url())
                .post("/api/legislatures", Map.of("name", "Anonymous")), 401);
        check(commandApi, "POST", "/api/legislatures", koers.commands("auditor", "auditor")
                .post("/api/legislatures", Map.of("name", "Viewer")), 403);
        check(commandApi, "PUT", "/api/plans/no-such-plan/mission", planner.put("/api/plans/no-such-plan/mission",
                Map.of("mission", "Nowhere")), 404);
        check(commandApi, "POST", api + "/goals", planner.postRaw(api + "/goals", "{\"title\": "), 400);
        check(commandApi, "PUT", api + "/mission", planner.withHeader("If-Match", "yesterday").put(api + "/mission",
                Map.of("mission", "Stale")), 400);
        check(commandApi, "PUT", api + "/mission", planner.put(api + "/mission", Map.of("mission", "Outside a revision")), 409);
        check(commandApi, "POST", "/api/scores/bulk", koers.commands("scorer", "scorer").post("/api/scores/bulk",
                Map.of("rows", List.of(Map.of("indicatorId", scenario.indicator, "period", "2034", "value", 1),
                        Map.of("indicatorId", "no-such-indicator", "period", "2034", "value", 2)))), 422);

        ApiClient viewer = koers.queries("auditor", "auditor");
        check(queryApi, "GET", "/api/legislatures", ApiClient.anonymous(koers.queryService.url()).get("/api/legislatures"), 401);
        check(queryApi, "GET", "/admin/projections/status", viewer.get("/admin/projections/status"), 403);
        check(queryApi, "GET", "/api/plans/no-such-plan", viewer.get("/api/plans/no-such-plan"), 404);
        check(queryApi, "GET", api + "/audit?page=first", viewer.get(api + "/audit?page=first"), 400);
        check(queryApi, "GET", api + "/audit?size=5000", viewer.get(api + "/audit?size=5000"), 422);

        ApiClient reader = koers.reports("auditor", "auditor");
        check(reportingApi, "GET", "/api/activity", ApiClient.anonymous(koers.reportingService.url()).get("/api/activity"), 401);
        check(reportingApi, "POST", "/admin/projections/rebuild", reader.post("/admin/projections/rebuild", null), 403);
        check(reportingApi, "GET", "/api/plans/no-such-plan/realisation", reader.get("/api/plans/no-such-plan/realisation"), 404);
        check(reportingApi, "GET", api + "/realisation?view=SIDEWAYS", reader.get(api + "/realisation?view=SIDEWAYS"), 400);
        ApiClient.Download unknownTable = reader.download(api + "/reports/follow-up/tables/no-such-table?year=2032");
        assertThat(reportingApi.check("GET", api + "/reports/follow-up/tables/no-such-table?year=2032", unknownTable.status(),
                unknownTable.contentType(), unknownTable.body()).status()).isEqualTo(404);
    }

    /**
     * A legislature after the demo's with its plan, written through every command the API has: the plan's content,
     * its adoption and a revision, monitoring (budget, indicator, scores, progress, unplanned work) and continuations.
     */
    final class Scenario {

        final ApiClient planner = koers.commands("planner", "planner").withHeader("X-Change-Reason", "Conformance scenario");
        final ApiClient staff = koers.commands("scorer", "scorer").withHeader("X-Correlation-Id", "conformance-scorer");
        String legislature;
        String plan;
        String goal;
        String indicator;
        String action;

        void plan() {
            legislature = created(planner, "/api/legislatures", Map.of("name", "Conformance 2032-2037", "firstYear", 2032, "lastYear", 2037));
            plan = created(planner, "/api/legislatures/" + legislature + "/plan", Map.of("title", "Conformance plan", "template", "BBC"));
            String api = "/api/plans/" + plan;
            put(planner, api + "/mission", Map.of("mission", "A municipality that keeps its word"));
            put(planner, api + "/vision", Map.of("vision", "Every promise traceable"));
            put(planner, api + "/core-values", Map.of("coreValues", List.of("Open", "Exact")));
            goal = created(planner, api + "/goals", Map.of("level", "POLICY_GOAL", "title", "Enough green space",
                    "intendedResult", "A park within 400 m of every home", "priority", true,
                    "tags", Map.of("policyFields", List.of("Environment"), "sdgs", List.of(11))));
            String otherGoal = created(planner, api + "/goals", Map.of("level", "POLICY_GOAL", "title", "Safe streets"));
            put(planner, api + "/goals/" + goal, Map.of("title", "Enough green and blue space", "description", "Parks and ponds",
                    "intendedResult", "A park within 400 m of every home", "priority", true));
            String actionPlan = created(planner, api + "/action-plans", Map.of("parentId", goal, "title", "Parks",
                    "realisationTerm", Map.of("start", "2032-01-01", "end", "2037-12-31")));
            String otherActionPlan = created(planner, api + "/action-plans", Map.of("parentId", otherGoal, "title", "School routes",
                    "realisationTerm", Map.of("start", "2032-01-01", "end", "2035-12-31")));
            put(planner, api + "/action-plans/" + actionPlan, Map.of("title", "Parks and ponds",
                    "realisationTerm", Map.of("start", "2032-01-01", "end", "2037-12-31")));
            Map<String, String> owner = Map.of("department", "Green service", "politicalOwner", "Alderman for environment");
            action = created(planner, api + "/items", Map.of("parentId", actionPlan, "level", "ACTION", "title", "Construct the park",
                    "owner", owner, "actionType", "OPERATIONAL", "period", Map.of("start", "2032-03-01", "end", "2034-10-31")));
            String other = created(planner, api + "/items", Map.of("parentId", actionPlan, "level", "ACTION", "title", "Mark the routes",
                    "owner", owner, "actionType", "OPERATIONAL", "period", Map.of("start", "2032-01-01", "end", "2032-12-31")));
            put(planner, api + "/items/" + action, Map.of("title", "Construct the Bloemekespark", "actionType", "OPERATIONAL",
                    "period", Map.of("start", "2032-03-01", "end", "2034-10-31")));
            put(planner, api + "/items/" + other + "/owner", Map.of("department", "Mobility", "politicalOwner", "Alderman for mobility"));
            put(planner, api + "/elements/" + other + "/parent", Map.of("parentId", otherActionPlan));
            put(planner, api + "/elements/" + goal + "/tags", Map.of("policyFields", List.of("Environment"),
                    "targetGroups", List.of("Residents"), "subAreas", List.of("Centre"), "sdgs", List.of(11, 15)));
            String previousGoal = demoElement("STRATEGIC_GOAL");
            put(planner, api + "/elements/" + goal + "/continuation", Map.of("previousPlanId", DEMO_PLAN, "previousElementId", previousGoal));
            check(commandApi, "DELETE", api + "/elements/" + goal + "/continuation?reason=Wrong goal",
                    planner.delete(api + "/elements/" + goal + "/continuation?reason=Wrong%20goal"), 200);
            put(planner, api + "/elements/" + goal + "/continuation", Map.of("previousPlanId", DEMO_PLAN, "previousElementId", previousGoal));
            put(planner, api + "/elements/" + action + "/budget/2033", Map.of("figures", Map.of("operatingExpenditure", "125000.50",
                    "investmentExpenditure", "900000.00", "operatingReceipts", "15000.00", "staffFte", "2.5"), "reason", "First estimate"));
            indicator = created(planner, api + "/indicators", Map.of("name", "Residents within 400 m of a park", "unit", "%",
                    "kind", "PERCENTAGE", "direction", "HIGHER_IS_BETTER", "frequency", "YEARLY", "ownerDepartment", "Green service",
                    "baseline", Map.of("value", 61, "date", "2031-12-31"), "targets", List.of(Map.of("period", "2037", "value", 80)),
                    "linkedElements", List.of(goal)));
            String retired = created(planner, api + "/indicators", Map.of("name", "Ponds", "unit", "count", "kind", "NUMBER",
                    "direction", "HIGHER_IS_BETTER", "frequency", "YEARLY", "ownerDepartment", "Green service",
                    "targets", List.of(Map.of("period", "2037", "value", 12)), "linkedElements", List.of(goal)));
            put(planner, "/api/indicators/" + indicator, Map.of("name", "Residents within 400 m of a park or pond", "unit", "%",
                    "dataSource", "Land register", "ownerDepartment", "Green service", "reason", "Ponds count too"));
            put(planner, "/api/indicators/" + indicator + "/targets", Map.of("baseline", Map.of("value", 61, "date", "2031-12-31"),
                    "targets", List.of(Map.of("period", "2035", "value", 70), Map.of("period", "2037", "value", 80)), "reason", "A midway target"));
            put(planner, "/api/indicators/" + indicator + "/continuation", Map.of("previousIndicatorId", DEMO_INDICATOR));
            post(planner, "/api/indicators/" + retired + "/retirement", Map.of("reason", "Counted in the other indicator"), 200);
            post(planner, api + "/adoption", Map.of("decisionDate", "2032-01-20", "decisionReference", "GR-2032-01-20/01"), 200);

            created(staff, "/api/indicators/" + indicator + "/scores", Map.of("period", "2032", "value", 63.5, "comment", "Survey"));
            put(staff, "/api/indicators/" + indicator + "/scores/2032", Map.of("value", 64, "reason", "Recounted", "correctsRevision", 1));
            post(staff, "/api/scores/bulk", Map.of("rows", List.of(Map.of("indicatorId", indicator, "period", "2033", "value", 66))), 200);
            put(staff, api + "/items/" + action + "/progress", Map.of("status", "STARTED", "percentComplete", 20, "comment", "Earthworks"));
            put(planner, api + "/elements/" + action + "/budget/2033/actuals", Map.of("operatingExpenditure", "120000.00",
                    "investmentExpenditure", "450000.00"));
            created(staff, api + "/unplanned-work", Map.of("parentId", actionPlan, "level", "ACTION", "title", "Pocket park",
                    "owner", owner, "actionType", "OPERATIONAL", "period", Map.of("start", "2032-05-01", "end", "2032-11-30"),
                    "cause", "OPPORTUNITY", "causeExplanation", "A site came free"));

            created(planner, api + "/revisions", Map.of("name", "Aanpassing meerjarenplan 2033", "description", "Yearly revision"));
            put(planner, api + "/goals/" + otherGoal, Map.of("title", "Safe streets and school routes", "priority", false));
            post(planner, api + "/elements/" + other + "/retirement", Map.of("reason", "Done by the region"), 200);
            post(planner, api + "/revisions/current/adoption", Map.of("decisionDate", "2032-12-16", "decisionReference", "GR-2032-12-16/05"), 200);
            created(planner, api + "/revisions", Map.of("name", "Aanpassing meerjarenplan 2034"));
            post(planner, api + "/revisions/current/discard", Map.of("reason", "Postponed"), 200);
        }

        /** Both read sides have applied the scenario once its last change shows on each. */
        void awaitReadModels() {
            ApiClient queries = koers.queries("auditor", "auditor");
            ApiClient reports = koers.reports("auditor", "auditor");
            await("query-service has the scenario").atMost(Duration.ofSeconds(60)).until(() ->
                    queries.get("/api/plans/" + plan + "/revisions").json().findValuesAsText("status").contains("DISCARDED")
                            && queries.get("/api/plans/" + DEMO_PLAN + "/elements/koersbeke-unplanned-vacancy-register/progress").status() == 200);
            await("reporting-service has the scenario").atMost(Duration.ofSeconds(60)).until(() ->
                    reports.get("/api/plans/" + plan + "/realisation/items").json().size() >= 2
                            && reports.get("/api/realisation").json().size() == 3);
        }

        /** The operators' endpoints, last: a rebuild empties the read models while it replays. */
        void operate() {
            ApiClient admin = koers.commands("operator", "operator");
            created(admin, "/admin/tenants", Map.of("tenant", "conformance", "name", Map.of("nl", "Gemeente C", "en", "Municipality of C")));
            ApiClient tenantAdmin = koers.commands("tenant-admin", "tenant-admin");
            put(tenantAdmin, "/api/tenant", Map.of("name", Map.of("nl", "Gemeente Koersbeke", "en", "Municipality of Koersbeke"),
                    "departmentMatch", "NAME", "publicPage", false));
            created(tenantAdmin, "/api/tenant/departments", Map.of("departmentId", "conformance-office",
                    "name", Map.of("nl", "Conformiteitsdienst", "en", "Conformance office"), "groups", List.of("group-1")));
            put(tenantAdmin, "/api/tenant/departments/conformance-office", Map.of("name",
                    Map.of("nl", "Conformiteitsdienst", "en", "Conformance office"), "groups", List.of()));
            check(commandApi, "DELETE", "/api/tenant/departments/conformance-office",
                    tenantAdmin.delete("/api/tenant/departments/conformance-office"), 200);
            check(commandApi, "POST", "/admin/publication/replay", admin.post("/admin/publication/replay", null), 202);
            for (DocumentedApi api : List.of(queryApi, reportingApi)) {
                ApiClient client = ApiClient.as(api == queryApi ? koers.queryService.url() : koers.reportingService.url(), "operator", "operator");
                check(api, "GET", "/admin/projections/status", client.get("/admin/projections/status"), 200);
                check(api, "GET", "/admin/projections/parked", client.get("/admin/projections/parked"), 200);
                check(api, "POST", "/admin/projections/parked/nothing-parked/retry",
                        client.post("/admin/projections/parked/nothing-parked/retry", null), 404);
                check(api, "POST", "/admin/projections/parked/nothing-parked/skip", client.post("/admin/projections/parked/nothing-parked/skip",
                        Map.of("eventId", "no-such-event", "reason", "Conformance")), 404);
                check(api, "POST", "/admin/projections/rebuild", client.post("/admin/projections/rebuild", null), 202);
                await(api.service + " rebuilt").atMost(Duration.ofSeconds(60))
                        .until(() -> !client.get("/admin/projections/status").json().path("rebuilding").asBoolean());
                check(api, "GET", "/admin/projections/status", client.get("/admin/projections/status"), 200);
                check(api, "GET", "/admin/projections/operations", client.get("/admin/projections/operations"), 200);
            }
            post(planner, "/api/plans/" + plan + "/closure", Map.of("reason", "End of the legislature"), 200);
        }

        private String demoElement(String level) {
            return ok(queryApi, koers.queries("auditor", "auditor"), "/api/plans/" + DEMO_PLAN + "/elements?level=" + level)
                    .json().at("/elements/0/elementId").asText();
        }
    }

    private static String created(ApiClient client, String path, Object body) {
        return check(commandApi, "POST", path, client.post(path, body), 201).json().path("id").asText();
    }

    private static void put(ApiClient client, String path, Object body) {
        check(commandApi, "PUT", path, client.put(path, body), 200);
    }

    private static void post(ApiClient client, String path, Object body, int status) {
        check(commandApi, "POST", path, client.post(path, body), status);
    }

    private static Response ok(DocumentedApi api, ApiClient client, String path) {
        return ok(api, "GET", path, client.get(path));
    }

    private static Response ok(DocumentedApi api, String method, String path, Response response) {
        return check(api, method, path, response, 200);
    }

    /** Holds an answer against the document of its service; the status is the one the step expects. */
    private static Response check(DocumentedApi api, String method, String path, Response response, int status) {
        assertThat(response.status()).as(method + " " + path + ": " + response).isEqualTo(status);
        api.check(method, path, response.status(), response.contentType(), response.body().getBytes(StandardCharsets.UTF_8));
        return response;
    }

    private static void download(DocumentedApi api, ApiClient client, String path, String mediaType) {
        ApiClient.Download download = client.download(path);
        assertThat(download.status()).as("GET " + path + ": " + download.text()).isEqualTo(200);
        assertThat(download.contentType()).as("GET " + path).startsWith(mediaType);
        api.check("GET", path, download.status(), download.contentType(), download.body());
    }

    private static void stream(String path) {
        try (SseStream stream = SseStream.open(koers.queryService.url() + path, "viewer", "viewer", null)) {
            assertThat(stream.status()).as("GET " + path).isEqualTo(200);
            queryApi.check("GET", path, stream.status(), stream.contentType(), new byte[0]);
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path, e);
        }
    }

    private static List<String> parameterNames(JsonNode operation, Predicate<JsonNode> which) {
        return Stream.of(operation.path("parameters")).flatMap(parameters -> {
            List<String> names = new ArrayList<>();
            parameters.forEach(p -> {
                if (which.test(p)) {
                    names.add(p.path("name").asText());
                }
            });
            return names.stream();
        }).toList();
    }
}
