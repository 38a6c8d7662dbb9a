package be.koers.query.history.audit;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.IndicatorRetargeted;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanStatement;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentMonitoring;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRealisation;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.Timeline;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event has an audit line with who, when, why and what changed from what to what; lines can be filtered,
 * paged, exported and followed per element.
 */
class AuditTrailTest extends QueryServiceIntegrationTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    /** PlanAttachedToLegislature, 19 plan events, 4 monitoring plan events, 6 indicator events, 2 in a revision. */
    private static final int LINES = 1 + 19 + 4 + 6 + 2;

    private static final String BOM = "\uFEFF";

    @Autowired
    private PlatformTransactionManager transactions;

    private GhentPlan ghent;
    private GhentMonitoring monitoring;
    private String audit;

    @BeforeEach
    void publishAPlanWithMonitoringAndARevision() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        monitoring = new GhentMonitoring(ghent);
        audit = "/api/plans/" + ghent.planId + "/audit";
        events.at(new Timeline(START, Duration.ofMinutes(1)));
        events.publish(ghent.legislatureEvents());
        List<PlanEvent> plan = ghent.planEvents();
        events.publish(plan.subList(0, 17));
        events.by("strategist", "Bestuursakkoord").publish(plan.get(17));
        events.by("planner", null).publish(plan.subList(18, 19));
        events.by("scorer", null).publish(monitoring.planEvents().get(0));
        events.by("planner", null).publish(monitoring.planEvents().subList(1, 4));
        events.by("scorer", null).publish(monitoring.indicatorEvents());
        events.by("planner", "Jaarlijkse aanpassing").publish(List.of(
                new RevisionOpened(ghent.tenant, ghent.planId, 1, "Aanpassing 2027", null),
                new GoalRevised(ghent.tenant, ghent.planId, ghent.pillar, "Ecologische pijler", "Gent bouwt aan een duurzame stad",
                        null, false)));
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION + 4 + 2);
        awaitJson(audit, page -> page.path("total").asLong() == LINES);
    }

    @Test
    void linesSayWhoChangedWhatFromWhatToWhatAndWhy() {
        JsonNode page = auditor().get(audit + "?size=1000").json();

        assertThat(page.path("total").asLong()).isEqualTo(LINES);
        JsonNode lines = page.path("lines");
        assertThat(lines).hasSize(LINES);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(Instant.parse(lines.get(i).path("occurredAt").asText()))
                    .isBeforeOrEqualTo(Instant.parse(lines.get(i - 1).path("occurredAt").asText()));
        }

        JsonNode revised = only(lines, "GoalRevised", ghent.greenSpace.value());
        assertThat(revised.path("summary").asText()).isEqualTo("Goal 'Voldoende en kwaliteitsvol groen' revised:"
                + " title 'Voldoende groen' → 'Voldoende en kwaliteitsvol groen';"
                + " intended result 'Elke Gentenaar vindt groen op wandelafstand' → 'Elke Gentenaar vindt groen binnen 400 meter'");
        assertThat(revised.path("actor").asText()).isEqualTo("strategist");
        assertThat(revised.path("reason").asText()).isEqualTo("Bestuursakkoord");
        assertThat(revised.path("occurredAt").asText()).isEqualTo("2026-01-05T09:19:00Z");
        assertThat(revised.path("aggregateType").asText()).isEqualTo("Plan");
        assertThat(revised.path("aggregateId").asText()).isEqualTo(ghent.planId.value());
        assertThat(revised.path("sequence").asLong()).isEqualTo(17);
        assertThat(revised.path("eventId").asText()).isNotBlank();
        assertThat(revised.path("correlationId").asText()).isNotBlank();
        assertThat(revised.has("revisionNumber")).isFalse();
        assertThat(revised.path("changes").toString()).isEqualTo("[{\"field\":\"title\",\"from\":\"Voldoende groen\","
                + "\"to\":\"Voldoende en kwaliteitsvol groen\"},{\"field\":\"intendedResult\",\"from\":\"Elke Gentenaar vindt"
                + " groen op wandelafstand\",\"to\":\"Elke Gentenaar vindt groen binnen 400 meter\"}]");

        assertThat(only(lines, "ElementMoved", ghent.cycleRoute.value()).path("summary").asText())
                .isEqualTo("Action 'Fietsroute door het park' moved from 'Kwaliteitsbeheer en aanleg' to"
                        + " 'Parken en groenzones aanleggen, beheren en onderhouden'");
        assertThat(only(lines, "OwnerReassigned", ghent.cycleRoute.value()).path("summary").asText())
                .isEqualTo("Action 'Fietsroute door het park' reassigned: department 'Mobiliteitsbedrijf' → 'Stedenbouw';"
                        + " political owner 'Schepen van Mobiliteit' → 'Schepen van Ruimte'");
        JsonNode retired = only(lines, "ElementRetired", ghent.mowing.value());
        assertThat(retired.path("summary").asText()).isEqualTo("Activity 'Bermen maaien' retired: Overgedragen aan de wijkwerking");
        assertThat(retired.path("reason").asText()).isEqualTo("Overgedragen aan de wijkwerking");
        assertThat(retired.path("changes").toString()).isEqualTo("[{\"field\":\"status\",\"from\":\"ACTIVE\",\"to\":\"RETIRED\"}]");
        assertThat(only(lines, "ProgressReported", ghent.bloemekespark.value()).path("summary").asText())
                .isEqualTo("Progress of Action 'Aanleg en opening Bloemekespark' reported: status 'NOT_STARTED' → 'STARTED';"
                        + " percent complete '' → '40'; comment '' → 'Graafwerken gestart'");
        JsonNode budget = only(lines, "BudgetEstimateRevised", ghent.maintainParks.value());
        assertThat(budget.path("summary").asText()).isEqualTo("Budget 2026 of Activity 'Parken en groenzones aanleggen,"
                + " beheren en onderhouden' revised: operating expenditure '1250000.10' → '1300000.10'; staff FTE '12.50' → '13.00'");
        assertThat(budget.path("reason").asText()).isEqualTo("Extra maaibeurten");

        JsonNode corrected = only(lines, "ScoreCorrected", null);
        assertThat(corrected.path("summary").asText()).isEqualTo("Score of 'Publiek groen per inwoner' for 2027-Q1 corrected"
                + " from 13.20 to 13.35 (revision 2): Het Bloemekespark ontbrak in de telling");
        assertThat(corrected.path("actor").asText()).isEqualTo("scorer");
        assertThat(corrected.path("indicatorId").asText()).isEqualTo(monitoring.greenPerResident.value());
        assertThat(corrected.path("aggregateType").asText()).isEqualTo("Indicator");
        assertThat(corrected.path("changes").toString()).isEqualTo("[{\"field\":\"value\",\"from\":\"13.20\",\"to\":\"13.35\"}]");
        assertThat(only(lines, "IndicatorRevised", null).path("summary").asText()).isEqualTo("Indicator 'Publiek groen"
                + " binnen 400 m per inwoner' revised: name 'Publiek groen per inwoner' → 'Publiek groen binnen 400 m per inwoner'");

        // inside the revision, lines name it
        JsonNode newest = lines.get(0);
        assertThat(newest.path("type").asText()).isEqualTo("GoalRevised");
        assertThat(newest.path("revisionNumber").asInt()).isEqualTo(1);
        assertThat(newest.path("reason").asText()).isEqualTo("Jaarlijkse aanpassing");
        assertThat(newest.path("summary").asText()).isEqualTo("Goal 'Ecologische pijler' revised:"
                + " title 'Ecologische en ruimtelijke pijler' → 'Ecologische pijler'");
        assertThat(lines.get(1).path("summary").asText()).isEqualTo("Revision 1 'Aanpassing 2027' opened");
        assertThat(lines.get(1).path("revisionNumber").asInt()).isEqualTo(1);
    }

    @Test
    void aDiscardLineSaysWhatTheDiscardVoided() {
        events.by("planner", null).publish(new RevisionDiscarded(ghent.tenant, ghent.planId, 1, "Niet gesteund", List.of(),
                List.of(ghent.pillar), List.of(PlanStatement.MISSION, PlanStatement.CORE_VALUES)));
        awaitJson(audit, page -> page.path("total").asLong() == LINES + 1);

        assertThat(auditor().get(audit + "?type=RevisionDiscarded").json().path("lines").get(0).path("summary").asText())
                .isEqualTo("Revision 1 'Aanpassing 2027' discarded, its changes void (0 added elements removed, 1 element restored,"
                        + " mission restored, core values restored): Niet gesteund");
    }

    @Test
    void aLinesFromValuesAreWhatTheTrailLastSaidOfTheSubject() {
        events.by("scorer", null).publish(new IndicatorRetargeted(ghent.tenant, monitoring.greenPerResident, ghent.planId,
                new Baseline(new BigDecimal("12.40"), LocalDate.of(2025, 1, 1)),
                List.of(GhentMonitoring.target("2026", "13.00"), GhentMonitoring.target("2027", "15.00")), "Ambitieuzer"));
        events.by("planner", null).publish(List.of(
                new ProgressReported(ghent.tenant, ghent.planId, ghent.bloemekespark, ProgressStatus.STARTED,
                        ProgressStatus.STARTED, 70, "Beplanting aangelegd", null, null),
                new BudgetActualsRecorded(ghent.tenant, ghent.planId, ghent.maintainParks, 2026,
                        GhentMonitoring.figures("1310000.00", "19000.00", "280000.01", "0.00", "12.75")),
                new PlanClosed(ghent.tenant, ghent.planId, "Einde legislatuur")));
        awaitJson(audit, page -> page.path("total").asLong() == LINES + 4);

        assertThat(newest("IndicatorRetargeted").path("summary").asText()).isEqualTo("Targets of indicator 'Publiek groen"
                + " binnen 400 m per inwoner' changed: target 2027 '14.50' → '15.00'; target 2027-Q2 '13.75' → ''");
        assertThat(newest("ProgressReported").path("summary").asText()).isEqualTo("Progress of Action 'Aanleg en opening"
                + " Bloemekespark' reported: percent complete '40' → '70'; comment 'Graafwerken gestart' → 'Beplanting aangelegd'");
        assertThat(newest("BudgetActualsRecorded").path("summary").asText()).isEqualTo("Budget 2026 of Activity 'Parken en"
                + " groenzones aanleggen, beheren en onderhouden' actuals recorded: operating expenditure '1299999.99' → '1310000.00'");
        assertThat(newest("PlanClosed").path("changes").toString())
                .isEqualTo("[{\"field\":\"status\",\"from\":\"ADOPTED\",\"to\":\"CLOSED\"}]");
    }

    /**
     * A database with lines from before the trail kept its own values gets them from the read models, once. Tried in
     * a transaction that is rolled back, as the database is shared with the other tests.
     */
    @Test
    void theUpgradeTakesTheTrailsValuesFromTheReadModelsAsTheFoldWouldHaveThem() throws IOException {
        Map<String, String> folded = subjectValues();
        assertThat(folded).containsKeys("plan:" + ghent.planId, "indicator:" + monitoring.greenPerResident,
                "progress:" + ghent.planId + ":" + ghent.bloemekespark,
                "budget:" + ghent.planId + ":" + ghent.maintainParks + ":2026:estimate",
                "budget:" + ghent.planId + ":" + ghent.maintainParks + ":2026:actual");
        String migration = new ClassPathResource("db/migration/V8__audit_keeps_its_own_state.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.indexOf("INSERT INTO audit_subject"));

        Map<String, String> filled = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("DELETE FROM audit_subject").update();
            for (String statement : backfill.split(";\n")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
            return subjectValues();
        });

        assertThat(filled).isEqualTo(folded);
    }

    /** What the trail keeps of this test's plan and indicator. */
    private Map<String, String> subjectValues() {
        Map<String, String> values = new TreeMap<>();
        jdbc.sql("SELECT subject, said::text FROM audit_subject WHERE plan_id = :planId")
                .param("planId", ghent.planId.value())
                .query((RowCallbackHandler) rs -> values.put(rs.getString(1), rs.getString(2)));
        return values;
    }

    private JsonNode newest(String type) {
        return auditor().get(audit + "?type=" + type).json().path("lines").get(0);
    }

    @Test
    void filtersByElementActorTypeAndPeriodAndPages() {
        assertThat(types(auditor().get(audit + "?elementId=" + ghent.bloemekespark).json()))
                .containsExactly("ProgressReported", "ElementRetagged", "ItemRevised", "ItemDefined");
        JsonNode byScorer = auditor().get(audit + "?actor=scorer").json();
        assertThat(byScorer.path("total").asLong()).isEqualTo(7);
        byScorer.path("lines").forEach(line -> assertThat(line.path("actor").asText()).isEqualTo("scorer"));
        assertThat(auditor().get(audit + "?type=ScoreRecorded").json().path("total").asLong()).isEqualTo(3);
        // events 3 to 5 of the plan's stream: 09:05 to 09:07, both included
        assertThat(types(auditor().get(audit + "?from=2026-01-05T09:05:00Z&to=2026-01-05T09:07:00Z").json()))
                .containsExactly("GoalDefined", "GoalDefined", "CoreValuesSet");
        assertThat(auditor().get(audit + "?actor=scorer&type=ScoreCorrected").json().path("total").asLong()).isEqualTo(1);

        JsonNode all = auditor().get(audit + "?size=1000").json().path("lines");
        JsonNode second = auditor().get(audit + "?page=1&size=5").json();
        assertThat(second.path("total").asLong()).isEqualTo(LINES);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(5);
        assertThat(second.path("lines")).hasSize(5);
        assertThat(second.path("lines").get(0)).isEqualTo(all.get(5));
        assertThat(auditor().get(audit + "?page=6&size=5").json().path("lines")).hasSize(2);

        assertProblem(auditor().get(audit + "?size=0"), 422, "size", "out-of-range");
        assertProblem(auditor().get(audit + "?size=1001"), 422, "size", "out-of-range");
        assertProblem(auditor().get(audit + "?page=-1"), 422, "page", "out-of-range");
        assertProblem(auditor().get(audit + "?type=GoalInvented"), 422, "type", "unknown-event-type");
        assertProblem(auditor().get(audit + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), 422, "to", "not-before-from");
        assertProblem(auditor().get(audit + "?from=yesterday"), 400, "from", "malformed-value");
        assertProblem(auditor().get(audit + "/export?format=xml"), 400, "format", "malformed-value");
    }

    @Test
    void exportsTheFilteredLinesAsCsvAndJson() throws IOException {
        JsonNode all = auditor().get(audit + "?size=1000").json().path("lines");

        ApiClient.Response csv = auditor().get(audit + "/export?format=csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"audit-" + ghent.planId + ".csv\"");
        List<Map<String, String>> rows = readCsv(csv.body());
        assertThat(rows).hasSize(LINES);
        assertThat(rows.get(0).keySet()).containsExactly("occurredAt", "type", "summary", "actor", "reason", "elementId",
                "indicatorId", "revisionNumber", "aggregateType", "aggregateId", "sequence", "eventId", "correlationId", "changes");
        for (int i = 0; i < LINES; i++) {
            assertThat(rows.get(i).get("eventId")).isEqualTo(all.get(i).path("eventId").asText());
            assertThat(rows.get(i).get("summary")).isEqualTo(all.get(i).path("summary").asText());
            assertThat(readJson(rows.get(i).get("changes"))).isEqualTo(all.get(i).path("changes"));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.get("summary")).contains("'m²'"));

        ApiClient.Response json = auditor().get(audit + "/export?format=json&type=ScoreRecorded");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.header("Content-Disposition")).isEqualTo("attachment; filename=\"audit-" + ghent.planId + ".json\"");
        assertThat(json.json()).isEqualTo(auditor().get(audit + "?type=ScoreRecorded").json().path("lines"));
        assertThat(readCsv(auditor().get(audit + "/export?actor=strategist").body())).hasSize(1);
    }

    @Test
    void theCsvExportNeutralisesFormulasAndSeparatesAsTheLanguageDoes() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\";\"Klik\")";
        events.by("planner", formula).publish(new GoalRevised(ghent.tenant, ghent.planId, ghent.pillar, "Ecologische pijler",
                "Gent bouwt aan een groene stad", null, false));
        awaitJson(audit, page -> page.path("total").asLong() == LINES + 1);

        String dutch = auditor().get(audit + "/export?format=csv").body();
        assertThat(dutch).startsWith(BOM + "occurredAt;type;summary;actor;reason;");
        assertThat(reasons(readCsv(dutch, ';'))).contains("'" + formula).doesNotContain(formula);

        String english = auditor().get(audit + "/export?format=csv&lang=en").body();
        assertThat(english).startsWith(BOM + "occurredAt,type,summary,actor,reason,");
        assertThat(reasons(readCsv(english, ','))).contains("'" + formula).doesNotContain(formula);

        ApiClient britishBrowser = auditor().withHeader("Accept-Language", "en-GB,en;q=0.9,nl;q=0.8");
        assertThat(britishBrowser.get(audit + "/export?format=csv").body()).startsWith(BOM + "occurredAt,type,");
        assertThat(britishBrowser.get(audit + "/export?format=csv&lang=nl").body()).startsWith(BOM + "occurredAt;type;");
        assertProblem(auditor().get(audit + "/export?format=csv&lang=fr"), 422, "lang", "supported-language");
    }

    @Test
    void anElementsHistoryIsEveryLineOfItOldestFirst() {
        JsonNode history = auditor().get("/api/plans/" + ghent.planId + "/elements/" + ghent.bloemekespark + "/history").json();

        assertThat(history.path("elementId").asText()).isEqualTo(ghent.bloemekespark.value());
        assertThat(types(history)).containsExactly("ItemDefined", "ItemRevised", "ElementRetagged", "ProgressReported");
        assertThat(history.path("lines").get(0).path("summary").asText())
                .isEqualTo("Action 'Aanleg Bloemekespark' defined under 'Parken en groenzones aanleggen, beheren en onderhouden'");
        assertThat(history.path("lines").get(2).path("summary").asText()).isEqualTo("Action 'Aanleg en opening Bloemekespark'"
                + " retagged: policy fields 'Groen' → 'Groen, Sport'; target groups '' → 'Kinderen'; sub-areas 'Parken' → '';"
                + " SDGs '' → '3'");
        assertProblem(auditor().get("/api/plans/" + ghent.planId + "/elements/no-such-element/history"), 404, "elementId",
                "unknown-element");
    }

    @Test
    void linesForUnplannedWorkAndContinuitiesAreInThePageTheExportAndTheElementsHistory() throws IOException {
        GhentRealisation realisation = new GhentRealisation(ghent);
        String previousGreenSpace = "element " + realisation.previousGreenSpace + " of plan " + realisation.previousPlan;
        String previousParks = "element " + realisation.previousParks + " of plan " + realisation.previousPlan;
        String previousIndicator = "indicator " + realisation.previousIndicator + " of plan " + realisation.previousPlan;
        events.by("planner", null);
        publishAndAwaitPlan(List.of(realisation.popUpParkRecorded(),
                realisation.continues(ghent.greenSpace, realisation.previousGreenSpace),
                realisation.continues(ghent.greenSpace, realisation.previousParks),
                realisation.withdrawn(ghent.greenSpace, realisation.previousParks, "Verkeerd gekoppeld")));
        publishAndAwait(List.of(realisation.indicatorContinues(monitoring.greenPerResident)));
        JsonNode lines = awaitJson(audit + "?size=1000", page -> page.path("total").asLong() == LINES + 5).path("lines");

        JsonNode unplanned = only(lines, "UnplannedWorkRecorded", realisation.popUpPark.value());
        assertThat(unplanned.path("summary").asText()).isEqualTo("Unplanned action 'Pop-uppark op de Oude Dokken' recorded"
                + " under 'Parken en groenzones aanleggen, beheren en onderhouden' (cause: opportunity): "
                + GhentRealisation.POP_UP_PARK_CAUSE);
        // recorded while revision 1 was open, though it is no change of that revision
        assertThat(unplanned.path("revisionNumber").asInt()).isEqualTo(1);
        assertThat(changes(unplanned)).contains("level:null→ACTION", "title:null→" + GhentRealisation.POP_UP_PARK,
                "department:null→Groendienst", "period:null→2026-04-01 to 2026-10-31", "unplannedCause:null→OPPORTUNITY",
                "causeExplanation:null→" + GhentRealisation.POP_UP_PARK_CAUSE, "sdgs:null→11");

        List<JsonNode> declared = all(lines, "ContinuationDeclared", ghent.greenSpace.value());
        assertThat(declared).hasSize(2);
        // newest first: the redeclaration replaced the first one
        assertThat(declared.get(1).path("summary").asText())
                .isEqualTo("Goal 'Voldoende en kwaliteitsvol groen' declared to continue " + previousGreenSpace);
        assertThat(changes(declared.get(1))).containsExactly("continues:null→" + previousGreenSpace);
        assertThat(changes(declared.get(0))).containsExactly("continues:" + previousGreenSpace + "→" + previousParks);
        JsonNode withdrawn = only(lines, "ContinuationWithdrawn", ghent.greenSpace.value());
        assertThat(withdrawn.path("summary").asText()).isEqualTo("Goal 'Voldoende en kwaliteitsvol groen' no longer"
                + " declared to continue " + previousParks + ": Verkeerd gekoppeld");
        assertThat(withdrawn.path("reason").asText()).isEqualTo("Verkeerd gekoppeld");
        assertThat(changes(withdrawn)).containsExactly("continues:" + previousParks + "→null");
        JsonNode indicator = only(lines, "IndicatorContinuationDeclared", null);
        assertThat(indicator.path("summary").asText()).isEqualTo("Indicator 'Publiek groen binnen 400 m per inwoner'"
                + " declared to continue " + previousIndicator);
        assertThat(indicator.path("indicatorId").asText()).isEqualTo(monitoring.greenPerResident.value());
        assertThat(changes(indicator)).containsExactly("continues:null→" + previousIndicator);

        List<Map<String, String>> csv = readCsv(auditor().get(audit + "/export?format=csv").body());
        assertThat(csv).hasSize(LINES + 5);
        assertThat(csv).anySatisfy(row -> assertThat(row.get("summary")).isEqualTo(unplanned.path("summary").asText()));
        assertThat(csv).anySatisfy(row -> assertThat(row.get("summary")).isEqualTo(withdrawn.path("summary").asText()));
        assertThat(auditor().get(audit + "/export?format=json&type=ContinuationDeclared").json())
                .isEqualTo(auditor().get(audit + "?type=ContinuationDeclared").json().path("lines"));
        assertThat(auditor().get(audit + "/export?format=json&type=IndicatorContinuationDeclared").json()).hasSize(1);
        assertThat(types(auditor().get("/api/plans/" + ghent.planId + "/elements/" + ghent.greenSpace + "/history").json()))
                .endsWith("ContinuationDeclared", "ContinuationDeclared", "ContinuationWithdrawn");
        assertThat(types(auditor().get("/api/plans/" + ghent.planId + "/elements/" + realisation.popUpPark + "/history").json()))
                .containsExactly("UnplannedWorkRecorded");
    }

    private static List<String> changes(JsonNode line) {
        List<String> changes = new ArrayList<>();
        line.path("changes").forEach(change -> changes.add(change.path("field").asText() + ":"
                + change.path("from").asText("null") + "→" + change.path("to").asText("null")));
        return changes;
    }

    private static JsonNode only(JsonNode lines, String type, String elementId) {
        List<JsonNode> found = all(lines, type, elementId);
        assertThat(found).as(type + " " + elementId).hasSize(1);
        return found.get(0);
    }

    /** The lines of the type, of the element unless it is null. */
    private static List<JsonNode> all(JsonNode lines, String type, String elementId) {
        List<JsonNode> found = new ArrayList<>();
        lines.forEach(line -> {
            if (line.path("type").asText().equals(type) && (elementId == null || elementId.equals(line.path("elementId").asText()))) {
                found.add(line);
            }
        });
        return found;
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.path("lines").forEach(line -> types.add(line.path("type").asText()));
        return types;
    }

    private static List<String> reasons(List<Map<String, String>> rows) {
        return rows.stream().map(row -> row.get("reason")).toList();
    }

    /** A Dutch export, as without lang or Accept-Language. */
    private static List<Map<String, String>> readCsv(String csv) throws IOException {
        return readCsv(csv, ';');
    }

    private static List<Map<String, String>> readCsv(String csv, char separator) throws IOException {
        assertThat(csv).startsWith(BOM);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator)).readValues(csv.substring(1))) {
            return rows.readAll();
        }
    }

    private static JsonNode readJson(String text) throws IOException {
        return ApiClient.JSON.readTree(text);
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(response.json().path("rule").asText()).as(response.toString()).isEqualTo(rule);
    }
}
