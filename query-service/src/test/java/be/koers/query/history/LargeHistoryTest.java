package be.koers.query.history;

import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import be.koers.projection.DirectProjection;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.Timeline;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Ghent-scale history (seed 002: about 2000 activities and actions; here 2125 elements and 50 000 events over 19
 * revisions, every fifth discarded) applied through the projections' own path on PostgreSQL, then the history read
 * back over HTTP. It prints the latency of as-of, edition, diff and audit reads (median of five, after a warm-up),
 * the history's size and the as-of query plan; timings are printed, not asserted: they depend on the machine.
 */
class LargeHistoryTest extends QueryServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LargeHistoryTest.class);
    private static final TenantId TENANT = TenantId.of("koersbeke");
    private static final int EVENTS = 50_000;
    private static final int REVISIONS = 19;
    private static final Instant START = Instant.parse("2025-01-06T08:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(5);

    @Autowired
    private ApplicationContext context;

    private final PlanId planId = PlanId.generate();

    @AfterEach
    void forgetThePlan() {
        // its events are not on the topics: a rebuild elsewhere in the suite must not find its rows
        new DirectProjection(context).forget(planId.value(), PROJECTION_TABLES);
    }

    @Test
    void answersAsOfAndDiffOfAGhentScaleHistoryQuickly() {
        Timeline timeline = new Timeline(START, STEP);
        events.at(timeline);
        History history = new History(planId, new Random(2026));
        List<DirectProjection.Applied> applied = history.events().stream()
                .map(event -> new DirectProjection.Applied(events.envelope(event), event))
                .toList();
        long projecting = System.nanoTime();
        new DirectProjection(context).apply(applied, 500);
        log.info("Large history: projected {} events of a plan of {} elements in {} ms", applied.size(), history.elements(),
                (System.nanoTime() - projecting) / 1_000_000);

        String plan = "/api/plans/" + planId;
        Instant middle = applied.get(applied.size() / 2).envelope().timestamp().plusSeconds(1);
        Instant late = applied.get(applied.size() * 9 / 10).envelope().timestamp().plusSeconds(1);
        int lastEdition = history.editions();
        JsonNode now = auditor().get(plan + "?view=draft&includeRetired=true").json();
        assertThat(now.path("version").asLong()).isEqualTo(applied.size() - 1);
        assertThat(auditor().get(plan + "/as-of?instant=" + timeline.last().plusSeconds(1) + "&includeRetired=true").json()
                .path("elements")).isEqualTo(now.path("elements"));
        assertThat(countNodes(auditor().get(plan + "/as-of?instant=" + middle).json().path("elements"))).isEqualTo(history.elements());

        log.info("Large history: {} element versions ({}), {} statement versions, {} audit lines ({}), {} editions",
                count("element_version"), size("element_version"), count("statement_version"), count("audit_line"),
                size("audit_line"), lastEdition);
        log.info("Large history: as-of query plan\n{}", String.join("\n", jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM"
                        + " element_version WHERE tenant = :tenant AND plan_id = :planId AND valid_from <= :at"
                        + " AND (valid_to IS NULL OR valid_to > :at) ORDER BY position")
                .param("tenant", TENANT.value()).param("planId", planId.value())
                .param("at", middle.atOffset(ZoneOffset.UTC)).query(String.class).list()));
        time("plan tree (adopted, current)", plan);
        time("as-of instant (middle of the history)", plan + "/as-of?instant=" + middle);
        time("as-of instant (late in the history)", plan + "/as-of?instant=" + late);
        time("as-of date (edition in force)", plan + "/as-of?date=" + history.decisionDate(lastEdition / 2));
        time("edition tree (last edition)", plan + "/editions/" + lastEdition + "/tree");
        time("diff edition 1 → last edition (JSON)", plan + "/diff?fromEdition=1&toEdition=" + lastEdition);
        time("diff edition 1 → last edition (Markdown)", plan + "/diff?fromEdition=1&toEdition=" + lastEdition + "&format=markdown");
        time("diff instant → instant (JSON)", plan + "/diff?from=" + middle + "&to=" + late);
        time("audit, newest page of 100", plan + "/audit");
        time("element history", plan + "/elements/" + history.busiestAction() + "/history");
    }

    private void time(String what, String path) {
        ApiClient auditor = auditor();
        ApiClient.Response response = auditor.get(path);
        assertThat(response.status()).as(what + ": " + response).isEqualTo(200);
        long[] nanos = new long[5];
        for (int run = 0; run < nanos.length; run++) {
            long started = System.nanoTime();
            response = auditor.get(path);
            nanos[run] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        log.info("Large history: {} in {} ms (median of {}; {} KB)", what, String.format("%.1f", nanos[2] / 1e6), nanos.length,
                response.body().length() / 1024);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE plan_id = :planId").param("planId", planId.value())
                .query(Long.class).single();
    }

    private String size(String table) {
        return jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size(:table::regclass))").param("table", table)
                .query(String.class).single() + " with indexes, all plans";
    }

    private static int countNodes(JsonNode nodes) {
        int count = 0;
        for (JsonNode node : nodes) {
            count += 1 + countNodes(node.path("children"));
        }
        return count;
    }

    /**
     * The plan's stream: drafted, 5 main strategic goals × 4 strategic × 5 operational, each with 4 activities of 4
     * actions, adopted; then revisions of about 2500 changes each (titles, owners, tags, moves of actions between
     * activities, now and then a statement), adopted as the next edition or, every fifth, discarded.
     */
    private static final class History {

        private final PlanId planId;
        private final Random random;
        private final List<PlanEvent> events = new ArrayList<>();
        private final List<ElementId> goals = new ArrayList<>();
        private final List<ElementId> activities = new ArrayList<>();
        private final List<ElementId> actions = new ArrayList<>();
        private final List<LocalDate> decisionDates = new ArrayList<>();
        private final Period period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        private final int[] changesPerAction;

        History(PlanId planId, Random random) {
            this.planId = planId;
            this.random = random;
            draft();
            int perRevision = (EVENTS - events.size()) / REVISIONS - 2;
            this.changesPerAction = new int[actions.size()];
            for (int revision = 1; revision <= REVISIONS; revision++) {
                revise(revision, perRevision);
            }
        }

        List<PlanEvent> events() {
            return events;
        }

        int elements() {
            return goals.size() + activities.size() + actions.size();
        }

        int editions() {
            return decisionDates.size();
        }

        LocalDate decisionDate(int edition) {
            return decisionDates.get(Math.max(edition, 1) - 1);
        }

        ElementId busiestAction() {
            int busiest = 0;
            for (int i = 1; i < changesPerAction.length; i++) {
                busiest = changesPerAction[i] > changesPerAction[busiest] ? i : busiest;
            }
            return actions.get(busiest);
        }

        private void draft() {
            events.add(new PlanDrafted(TENANT, planId, LegislatureId.generate(), "Gent 2025-2030", PlanTemplate.GHENT, 2025, 2030));
            events.add(new MissionSet(TENANT, planId, "Gent is een stad voor iedereen."));
            events.add(new VisionSet(TENANT, planId, "Een groene, leefbare stad."));
            events.add(new CoreValuesSet(TENANT, planId, List.of("Openheid", "Verbinding")));
            for (int main = 0; main < 5; main++) {
                ElementId mainId = goal(null, Level.MAIN_STRATEGIC_GOAL, "Pijler " + main);
                for (int strategic = 0; strategic < 4; strategic++) {
                    ElementId strategicId = goal(mainId, Level.STRATEGIC_GOAL, "SD " + main + "." + strategic);
                    for (int operational = 0; operational < 5; operational++) {
                        ElementId operationalId = goal(strategicId, Level.OPERATIONAL_GOAL, "OD " + main + "." + strategic + "." + operational);
                        for (int activity = 0; activity < 4; activity++) {
                            ElementId activityId = item(operationalId, Level.ACTIVITY, "Activiteit " + activity, owner(activity));
                            activities.add(activityId);
                            for (int action = 0; action < 4; action++) {
                                actions.add(item(activityId, Level.ACTION, "Actie " + action, owner(activity)));
                            }
                        }
                    }
                }
            }
            events.add(new PlanAdopted(TENANT, planId, LocalDate.of(2025, 12, 18), "GR-2025-1218"));
            decisionDates.add(LocalDate.of(2025, 12, 18));
        }

        private void revise(int revision, int changes) {
            events.add(new RevisionOpened(TENANT, planId, revision, "Aanpassing " + revision, null));
            for (int change = 0; change < changes; change++) {
                int action = random.nextInt(actions.size());
                ElementId id = actions.get(action);
                changesPerAction[action]++;
                int kind = random.nextInt(100);
                if (kind < 45) {
                    events.add(new ItemRevised(TENANT, planId, id, "Actie " + action + " (r" + revision + "." + change + ")",
                            "Herzien in aanpassing " + revision, ActionType.OPERATIONAL, null, period));
                } else if (kind < 55) {
                    ElementId goal = goals.get(random.nextInt(goals.size()));
                    events.add(new GoalRevised(TENANT, planId, goal, "Doel (r" + revision + "." + change + ")", null,
                            "Resultaat " + change, false));
                } else if (kind < 70) {
                    events.add(new OwnerReassigned(TENANT, planId, id, null, owner(random.nextInt(40))));
                } else if (kind < 85) {
                    events.add(new ElementRetagged(TENANT, planId, id, GhentPlan.tags(Set.of("Werkveld " + random.nextInt(12)),
                            Set.of("Bewoners"), Set.of("Wijk " + random.nextInt(25)), Set.of(1 + random.nextInt(17)))));
                } else if (kind < 99) {
                    events.add(new ElementMoved(TENANT, planId, id, null, activities.get(random.nextInt(activities.size()))));
                } else {
                    events.add(new MissionSet(TENANT, planId, "Missie, aanpassing " + revision + "." + change));
                }
            }
            if (revision % 5 == 0) {
                // as stored before revision 2, what it voids unknown: the read side restores the edition from its own copy
                events.add(new RevisionDiscarded(TENANT, planId, revision, "Niet gesteund", null, null, null));
            } else {
                LocalDate decided = LocalDate.of(2026, 1, 1).plusWeeks(revision * 4L);
                events.add(new RevisionAdopted(TENANT, planId, revision, decisionDates.size() + 1, "Aanpassing " + revision,
                        decided, "GR-" + revision, List.of(), List.of(), List.of()));
                decisionDates.add(decided);
            }
        }

        private ElementId goal(ElementId parentId, Level level, String title) {
            ElementId id = ElementId.generate();
            events.add(new GoalDefined(TENANT, planId, id, parentId, level, title, null, null, false,
                    GhentPlan.tags(Set.of("Milieu"), Set.of(), Set.of(), Set.of())));
            goals.add(id);
            return id;
        }

        private ElementId item(ElementId parentId, Level level, String title, Owner owner) {
            ElementId id = ElementId.generate();
            events.add(new ItemDefined(TENANT, planId, id, parentId, level, title, null, owner,
                    level == Level.ACTION ? ActionType.OPERATIONAL : null, null, level == Level.ACTION ? period : null,
                    GhentPlan.tags(Set.of("Werkveld"), Set.of("Bewoners"), Set.of(), Set.of(11))));
            return id;
        }

        private static Owner owner(int department) {
            return new Owner("Dienst " + department, "Schepen " + department % 9);
        }
    }
}
