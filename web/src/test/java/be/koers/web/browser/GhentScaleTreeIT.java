package be.koers.web.browser;

import be.koers.testing.ApiClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Ghent-scale plan (2 000 elements on the Ghent template: 5 main strategic goals, 20 strategic, 100 operational
 * goals, 600 activities and 1 275 actions across 10 departments), made through the command-service's API in
 * parallel, then opened in the browser. Prints how long the goal tree takes to open and to filter by department:
 * figures, not assertions (they depend on the machine).
 */
class GhentScaleTreeIT extends WebAppTest {

    private static final List<String> DEPARTMENTS = List.of("Green service", "Mobility service", "Housing service",
            "Culture service", "Youth service", "Sports service", "Education service", "Welfare service",
            "Economy service", "Facility service");
    private static final List<String> POLICY_FIELDS = List.of("Environment", "Mobility", "Housing", "Culture", "Welfare");

    @Test
    void aGhentScaleTreeOpensQuickly() throws Exception {
        String tenant = SharedKoers.newAdministration();
        String planner = SharedKoers.user("planner", tenant);
        ApiClient commands = koers().commands(planner, "planner");
        ApiClient queries = koers().queries(planner, "planner");
        String legislature = created(commands.post("/api/legislatures", Map.of("name", "2032-2037", "firstYear", 2032, "lastYear", 2037)));
        String plan = created(commands.post("/api/legislatures/" + legislature + "/plan",
                Map.of("title", "Meerjarenplan Gent 2032-2037", "template", "GHENT")));

        long made = System.nanoTime();
        int elements = build(commands, plan);
        await("the query-service has all " + elements + " elements").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> queries.get("/api/plans/" + plan + "/elements?view=draft&size=1").json().path("total").asInt() == elements);
        System.out.printf("Ghent-scale plan: %d elements made through the command-service API in %.1f s%n",
                elements, (System.nanoTime() - made) / 1e9);

        try (Browser browser = browser(Locale.forLanguageTag("nl-BE"))) {
            browser.signIn(SharedKoers.user("planner", tenant), "planner");
            Opening cold = open(browser, "/plans/" + plan + "/tree");
            Opening warm = open(browser, "/plans/" + plan + "/tree");
            int rendered = browser.all("#tree-region li.node").size();
            browser.screenshot("tree-ghent-scale");

            // down one branch to an action: each level is fetched when opened (the browser's own timing of htmx's request)
            List<Double> levels = new ArrayList<>();
            String item = "#tree-region > ul.tree > li.node:first-child";
            for (int depth = 0; depth < 4; depth++) {
                browser.click(item + " > details > summary");
                browser.find(item + " > details > .node-body > ul.children > li.node");
                levels.add(((Number) browser.script("const fetched = performance.getEntriesByType('resource')"
                        + ".filter(r => r.name.includes('/tree/children/')); return fetched[fetched.length - 1].duration;")).doubleValue());
                item = item + " > details > .node-body > ul.children > li.node:first-child";
            }

            long filtering = System.nanoTime();
            browser.chooseValue("#filter-department", "Green service");
            browser.click("#filters button[type=submit]");
            browser.find("#results-heading");
            double filtered = (System.nanoTime() - filtering) / 1e6;
            int matches = browser.all("ol.results > li").size();

            long searching = System.nanoTime();
            queries.get("/api/plans/" + plan + "/elements?view=draft&size=1000&department=Green%20service");
            double search = (System.nanoTime() - searching) / 1e6;
            long reading = System.nanoTime();
            queries.get("/api/plans/" + plan + "?view=draft");
            double tree = (System.nanoTime() - reading) / 1e6;

            System.out.printf("%nGhent-scale goal tree (%d elements) in Chromium, %d of them rendered when it opens:%n"
                            + "  first open:  %s%n  second open: %s%n"
                            + "  opening a level (main strategic goal > strategic > operational > activity): %s ms%n"
                            + "  filter by department (%d matches, htmx swap): %.0f ms%n"
                            + "  for comparison, the query-service alone: the whole tree %.0f ms, the department's elements %.0f ms%n%n",
                    elements, rendered, cold, warm,
                    levels.stream().map(ms -> String.format("%.0f", ms)).collect(java.util.stream.Collectors.joining(" / ")),
                    matches, filtered, tree, search);
            assertThat(rendered).isEqualTo(5);
            assertThat(matches).isEqualTo(queries.get("/api/plans/" + plan + "/elements?view=draft&size=1&department=Green%20service")
                    .json().path("total").asInt());
        }
    }

    /** The page's own timings (Navigation Timing) beside the wall time of the driver's navigation. */
    private static Opening open(Browser browser, String path) {
        long start = System.nanoTime();
        browser.open(path);
        browser.find("#tree-region");
        double wall = (System.nanoTime() - start) / 1e6;
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) browser.script("const n = performance.getEntriesByType('navigation')[0];"
                + " return {response: n.responseStart - n.requestStart, received: n.responseEnd - n.requestStart,"
                + " ready: n.domContentLoadedEventEnd - n.startTime, loaded: n.loadEventEnd - n.startTime,"
                + " transfer: n.transferSize, size: n.decodedBodySize};");
        Function<String, Double> value = name -> ((Number) timing.get(name)).doubleValue();
        return new Opening(wall, value.apply("response"), value.apply("received"), value.apply("ready"),
                value.apply("loaded"), value.apply("transfer") / 1024, value.apply("size") / 1024);
    }

    private record Opening(double wall, double firstByte, double received, double ready, double loaded,
                           double transferKb, double htmlKb) {
        @Override
        public String toString() {
            return String.format("%.0f ms until usable (server's first byte after %.0f ms, page received %.0f ms,"
                            + " DOM ready %.0f ms, loaded %.0f ms; HTML %.0f KB, %.0f KB gzip-compressed on the wire)",
                    wall, firstByte, received, ready, loaded, htmlKb, transferKb);
        }
    }

    /** The tree, level by level, each level's elements in parallel; its size. */
    private static int build(ApiClient commands, String plan) throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(16);
        try {
            List<String> mains = level(lanes, commands, plan, "/goals", 5, null, index -> Map.of("level", "MAIN_STRATEGIC_GOAL",
                    "title", "Pillar " + index, "tags", Map.of("policyFields", List.of(POLICY_FIELDS.get(index % POLICY_FIELDS.size())))));
            List<String> strategic = level(lanes, commands, plan, "/goals", 4, mains, index -> Map.of("level", "STRATEGIC_GOAL",
                    "title", "Strategic goal " + index));
            List<String> operational = level(lanes, commands, plan, "/goals", 5, strategic, index -> Map.of("level", "OPERATIONAL_GOAL",
                    "title", "Operational goal " + index));
            List<String> activities = level(lanes, commands, plan, "/items", 6, operational, index -> item("ACTIVITY", "Activity " + index, index));
            List<String> actions = level(lanes, commands, plan, "/items", 2, activities, index -> item("ACTION", "Action " + index, index));
            // the rest straight under operational goals, as Ghent's template allows, up to 2 000
            int rest = 2000 - mains.size() - strategic.size() - operational.size() - activities.size() - actions.size();
            List<String> direct = level(lanes, commands, plan, "/items", 1, operational.subList(0, rest),
                    index -> item("ACTION", "Direct action " + index, index));
            return mains.size() + strategic.size() + operational.size() + activities.size() + actions.size() + direct.size();
        } finally {
            lanes.shutdownNow();
        }
    }

    private static Map<String, Object> item(String level, String title, int index) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("level", level, "title", title,
                "owner", Map.of("department", DEPARTMENTS.get(index % DEPARTMENTS.size()), "politicalOwner", "Alderman " + index % 7)));
        if (level.equals("ACTION")) {
            item.put("actionType", "OPERATIONAL");
            item.put("period", Map.of("start", "2033-01-01", "end", "2035-12-31"));
        }
        return item;
    }

    /** {@code perParent} elements under each parent (or at the top when there is none), in parallel; their ids. */
    private static List<String> level(ExecutorService lanes, ApiClient commands, String plan, String path, int perParent,
                                      List<String> parents, Function<Integer, Map<String, Object>> element) throws Exception {
        List<Future<String>> made = new ArrayList<>();
        List<String> under = parents == null ? java.util.Collections.singletonList(null) : parents;
        int index = 0;
        for (String parent : under) {
            for (int i = 0; i < perParent; i++) {
                Map<String, Object> body = new java.util.HashMap<>(element.apply(index++));
                if (parent != null) {
                    body.put("parentId", parent);
                }
                made.add(lanes.submit(() -> created(commands.post("/api/plans/" + plan + path, body))));
            }
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> future : made) {
            ids.add(future.get());
        }
        return ids;
    }

    private static String created(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }
}
