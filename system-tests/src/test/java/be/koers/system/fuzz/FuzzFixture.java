package be.koers.system.fuzz;

import be.koers.system.fuzz.Caller.Tenant;
import be.koers.testing.ApiClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The data the fuzzer's valid values name, created through the API before it starts: in Koersbeke a current Ghent
 * plan and a current BBC plan, each with goals, items (or action plans) and indicators, the previous legislature's
 * adopted plan, and legislatures without a plan yet; in Zandhoven a plan of its own, for ids of another tenant.
 * Its ids are chosen here, so that one seed repeats the same requests.
 */
final class FuzzFixture {

    /** A plan with what it holds, within its legislature's years. */
    record PlanData(Tenant tenant, String legislatureId, String planId, int firstYear, int lastYear, List<String> goals,
                    List<String> actionPlans, List<String> items, List<String> indicators, PlanData previous) {

        List<String> elements() {
            return Stream.of(goals, actionPlans, items).flatMap(List::stream).toList();
        }
    }

    record TenantData(List<PlanData> plans, List<String> legislaturesWithoutPlan) {

        List<String> legislatures() {
            return Stream.concat(plans.stream().flatMap(p -> Stream.of(p, p.previous())).filter(p -> p != null)
                    .map(PlanData::legislatureId), legislaturesWithoutPlan.stream()).distinct().toList();
        }
    }

    final TenantData koersbeke;
    final TenantData zandhoven;

    private FuzzFixture(TenantData koersbeke, TenantData zandhoven) {
        this.koersbeke = koersbeke;
        this.zandhoven = zandhoven;
    }

    TenantData of(Tenant tenant) {
        return tenant == Tenant.KOERSBEKE ? koersbeke : zandhoven;
    }

    static FuzzFixture create(ApiClient commands) {
        ApiClient koersbeke = Caller.PLANNER.on(commands);
        PlanData previous = new Builder(koersbeke, Tenant.KOERSBEKE, "fz-prev", 2020, 2025, "GHENT", null).ghentTree().adopted();
        PlanData ghent = new Builder(koersbeke, Tenant.KOERSBEKE, "fz-ghent", 2026, 2031, "GHENT", previous).ghentTree().build();
        PlanData bbc = new Builder(koersbeke, Tenant.KOERSBEKE, "fz-bbc", 2032, 2037, "BBC", null).bbcTree().build();
        List<String> spare = List.of(legislature(koersbeke, "fz-spare-1", 2038, 2043), legislature(koersbeke, "fz-spare-2", 2044, 2049));
        ApiClient zandhoven = Caller.ZANDHOVEN_PLANNER.on(commands);
        PlanData other = new Builder(zandhoven, Tenant.ZANDHOVEN, "fz-z", 2026, 2031, "GHENT", null).ghentTree().build();
        return new FuzzFixture(new TenantData(List.of(ghent, bbc), spare),
                new TenantData(List.of(other), List.of(legislature(zandhoven, "fz-z-spare", 2032, 2037))));
    }

    private static String legislature(ApiClient planner, String id, int firstYear, int lastYear) {
        return created(planner.post("/api/legislatures", Map.of("legislatureId", id, "name", "Fuzz " + id,
                "firstYear", firstYear, "lastYear", lastYear)));
    }

    private static String created(ApiClient.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("The fuzz fixture was refused: " + response);
        }
        return response.json().get("id").asText();
    }

    private static void accepted(ApiClient.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("The fuzz fixture was refused: " + response);
        }
    }

    private static final class Builder {

        private final ApiClient planner;
        private final Tenant tenant;
        private final String prefix;
        private final int firstYear;
        private final int lastYear;
        private final PlanData previous;
        private final String legislatureId;
        private final String planId;
        private final List<String> goals = new ArrayList<>();
        private final List<String> actionPlans = new ArrayList<>();
        private final List<String> items = new ArrayList<>();
        private final List<String> indicators = new ArrayList<>();

        Builder(ApiClient planner, Tenant tenant, String prefix, int firstYear, int lastYear, String template, PlanData previous) {
            this.planner = planner;
            this.tenant = tenant;
            this.prefix = prefix;
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.previous = previous;
            legislatureId = legislature(planner, prefix + "-legislature", firstYear, lastYear);
            planId = created(planner.post("/api/legislatures/" + legislatureId + "/plan", Map.of("planId", prefix + "-plan",
                    "title", "Fuzz plan " + prefix, "template", template)));
        }

        Builder ghentTree() {
            String main = goal("MAIN_STRATEGIC_GOAL", null, "-g1");
            String strategic = goal("STRATEGIC_GOAL", main, "-g2");
            String operational = goal("OPERATIONAL_GOAL", strategic, "-g3");
            String activity = item(Map.of("level", "ACTIVITY", "parentId", operational, "title", "Maintain parks",
                    "owner", owner()), "-i1");
            item(Map.of("level", "ACTION", "parentId", activity, "title", "Build a park", "actionType", "OPERATIONAL",
                    "period", Map.of("start", firstYear + 1 + "-01-01", "end", firstYear + 2 + "-12-31"), "owner", owner()), "-i2");
            return indicators(operational);
        }

        Builder bbcTree() {
            String policy = goal("POLICY_GOAL", null, "-g1");
            String actionPlan = path("/action-plans", Map.of("id", prefix + "-ap1", "parentId", policy, "title", "Roof subsidies",
                    "realisationTerm", Map.of("start", firstYear + "-01-01", "end", lastYear + "-12-31")));
            actionPlans.add(actionPlan);
            item(Map.of("level", "ACTION", "parentId", actionPlan, "title", "Subsidise green roofs", "actionType", "OPERATIONAL",
                    "period", Map.of("start", firstYear + "-03-01", "end", firstYear + 1 + "-06-30"), "owner", owner()), "-i1");
            return indicators(policy);
        }

        private Builder indicators(String goal) {
            indicator(goal, "-ind1", "NUMBER", "YEARLY");
            indicator(goal, "-ind2", "PERCENTAGE", "QUARTERLY");
            indicator(goal, "-ind3", "MONEY", "MONTHLY");
            return this;
        }

        private void indicator(String goal, String suffix, String kind, String frequency) {
            String id = created(planner.post("/api/plans/" + planId + "/indicators", Map.of("id", prefix + suffix,
                    "name", "Fuzz indicator " + suffix, "unit", "units", "kind", kind, "direction", "HIGHER_IS_BETTER",
                    "frequency", frequency, "ownerDepartment", "Green service",
                    "baseline", Map.of("value", 10, "date", firstYear - 1 + "-12-31"),
                    "targets", List.of(Map.of("period", String.valueOf(firstYear + 1), "value", 40)),
                    "linkedElements", List.of(goal))));
            indicators.add(id);
        }

        private String goal(String level, String parentId, String suffix) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("id", prefix + suffix, "level", level, "title", "Goal " + suffix,
                    "tags", Map.of("policyFields", List.of("Environment"), "sdgs", List.of(11))));
            if (parentId != null) {
                body.put("parentId", parentId);
            }
            String id = path("/goals", body);
            goals.add(id);
            return id;
        }

        private String item(Map<String, Object> body, String suffix) {
            Map<String, Object> withId = new java.util.HashMap<>(body);
            withId.put("id", prefix + suffix);
            String id = path("/items", withId);
            items.add(id);
            return id;
        }

        private String path(String collection, Map<String, ?> body) {
            return created(planner.post("/api/plans/" + planId + collection, body));
        }

        private static Map<String, String> owner() {
            return Map.of("department", "Green service", "politicalOwner", "Alderman for environment");
        }

        PlanData adopted() {
            accepted(planner.post("/api/plans/" + planId + "/adoption", Map.of("decisionDate", firstYear - 1 + "-12-18",
                    "decisionReference", "GR-" + prefix)));
            return build();
        }

        PlanData build() {
            return new PlanData(tenant, legislatureId, planId, firstYear, lastYear, List.copyOf(goals), List.copyOf(actionPlans),
                    List.copyOf(items), List.copyOf(indicators), previous);
        }
    }
}
