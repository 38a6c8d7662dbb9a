package be.koers.system;

import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.KoersSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, as the README's "Who may do what" table says: each family's example request sent by every role,
 * of the resource's own administration and of another, with real tokens of the local issuer, against the three real
 * services. The expected answers are read from the table; no cell may differ.
 */
class AccessMatrixTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern REQUEST = Pattern.compile("`(GET|POST|PUT|DELETE) ([^`]+)`");
    private static final String OWN = "matrix-own";
    private static final String OTHER = "matrix-other";
    /** The roles of the table's columns, each as a test user of an administration: {@code %s} is the administration. */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("PLANNER", "planner@%s");
        USERS.put("SCORER", "scorer+parks@%s");
        USERS.put("AUDITOR", "auditor@%s");
        USERS.put("VIEWER", "viewer@%s");
        USERS.put("TENANT_ADMIN", "tenant-admin@%s");
        USERS.put("OPERATOR", "operator");
        USERS.put("FINANCE", "finance@%s");
    }

    private static KoersSystem koers;
    private static Map<String, String> ids;
    private static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void twoAdministrationsAndAnAdoptedPlanInOne() {
        koers = SharedKoers.get();
        koers.register(OWN);
        koers.register(OTHER);
        for (String tenant : List.of(OWN, OTHER)) {
            ApiClient tenantAdmin = koers.commands("tenant-admin@" + tenant, "tenant-admin");
            ok(tenantAdmin.put("/api/tenant", Map.of("name", Map.of("nl", tenant, "en", tenant), "departmentMatch", "ID")));
            Response parks = tenantAdmin.post("/api/tenant/departments", Map.of("departmentId", "parks",
                    "name", Map.of("nl", "Parken", "en", "Parks")));
            assertThat(parks.status()).as(parks.toString()).isIn(201, 409);
        }
        ApiClient planner = koers.commands("planner@" + OWN, "planner");
        String legislature = created(planner.post("/api/legislatures", Map.of("name", "Matrix", "firstYear", 2026, "lastYear", 2031)));
        String plan = created(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "GHENT")));
        String api = "/api/plans/" + plan;
        String main = created(planner.post(api + "/goals", Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "Green pillar")));
        String strategic = created(planner.post(api + "/goals", Map.of("level", "STRATEGIC_GOAL", "parentId", main, "title", "Green space")));
        String goal = created(planner.post(api + "/goals", Map.of("level", "OPERATIONAL_GOAL", "parentId", strategic, "title", "Parks")));
        String item = created(planner.post(api + "/items", Map.of("parentId", goal, "level", "ACTION", "title", "Lay out a park",
                "owner", Map.of("department", "Parks", "politicalOwner", "Alderman"), "actionType", "OPERATIONAL",
                "period", Map.of("start", "2026-04-01", "end", "2027-03-31"))));
        String indicator = created(planner.post(api + "/indicators", Map.of("name", "Park visits", "unit", "visits",
                "kind", "NUMBER", "direction", "HIGHER_IS_BETTER", "frequency", "MONTHLY", "ownerDepartment", "parks",
                "targets", List.of(Map.of("period", "2031-12", "value", 100)), "linkedElements", List.of(goal))));
        ok(planner.post(api + "/adoption", Map.of("decisionDate", "2026-03-01", "decisionReference", "Council 2026/1")));
        created(planner.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2027-01", "value", 5)));
        ids = Map.of("{plan}", plan, "{indicator}", indicator, "{item}", item, "{goal}", goal);
        await("the read sides have the plan").atMost(Duration.ofSeconds(60)).until(() ->
                koers.queries("planner@" + OWN, "planner").get(api + "/indicators").json().size() == 1
                        && koers.reports("planner@" + OWN, "planner").get(api + "/realisation").status() == 200);
    }

    @Test
    void everyRoleOfEveryAdministrationGetsWhatTheReadmeSays() throws IOException {
        List<Row> rows = table();
        assertThat(rows).as("rows of the README's access matrix").isNotEmpty();
        List<String> differences = new ArrayList<>();
        StringBuilder matrix = new StringBuilder(String.format("%-58s %s%n", "family", String.join(" ", USERS.keySet().stream()
                .map(role -> String.format("%-12s", role)).toList())));
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-58s", abbreviated(row.family())));
            for (String role : USERS.keySet()) {
                Expected expected = row.expected().get(role);
                String own = answer(row, role, OWN);
                String other = answer(row, role, OTHER);
                line.append(String.format(" %-12s", own.equals(other) ? own : own + "/" + other));
                if (!own.equals(expected.own())) {
                    differences.add(row.family() + " as " + role + " of the administration: " + own + ", the README says " + expected.own());
                }
                if (!other.equals(expected.other())) {
                    differences.add(row.family() + " as " + role + " of another administration: " + other + ", the README says " + expected.other());
                }
            }
            matrix.append(line).append('\n');
        }
        System.out.printf("Access matrix, %d families x %d roles x own/other administration, %d requests:%n%s",
                rows.size(), USERS.size(), requests.get(), matrix);
        assertThat(differences).as("cells that differ from the README's table").isEmpty();
    }

    /** What the role of that administration gets for the row's request: ok, or the refusal's status. */
    private static String answer(Row row, String role, String tenant) {
        String user = String.format(USERS.get(role), tenant);
        String password = user.replaceFirst("[+@].*", "");
        String path = row.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        ApiClient client = switch (row.service()) {
            case "command" -> koers.commands(user, password);
            case "query" -> koers.queries(user, password);
            case "reporting" -> koers.reports(user, password);
            default -> throw new IllegalArgumentException("No service " + row.service() + " in the README's table");
        };
        requests.incrementAndGet();
        Response response = client.exchange(row.method(), path, body(row).get(),
                path.endsWith("/stream") ? "text/event-stream" : "*/*");
        assertThat(response.status()).as(row.method() + " " + path + " as " + user + ": " + response.body()).isLessThan(500);
        return switch (response.status()) {
            case 401, 403, 404 -> String.valueOf(response.status());
            default -> "ok";
        };
    }

    /** A body the request's own administration would accept, new each time where a request creates something. */
    private static Supplier<String> body(Row row) {
        AtomicInteger next = requests;
        return switch (row.method() + " " + row.path()) {
            case "PUT /api/tenant" -> () -> "{\"name\":{\"nl\":\"Gemeente\",\"en\":\"Municipality\"},\"departmentMatch\":\"ID\"}";
            case "PUT /api/plans/{plan}/mission" -> () -> "{\"mission\":\"A green municipality\"}";
            case "POST /api/indicators/{indicator}/scores" ->
                    () -> "{\"period\":\"" + (2028 + next.get() / 12) + "-" + String.format("%02d", next.get() % 12 + 1) + "\",\"value\":7}";
            case "PUT /api/indicators/{indicator}/scores/2027-01" -> () -> "{\"value\":6,\"reason\":\"Recount\",\"correctsRevision\":1}";
            case "PUT /api/plans/{plan}/elements/{item}/budget/2027/actuals" -> () -> "{\"operatingExpenditure\":1000.50}";
            case "PUT /api/plans/{plan}/items/{item}/progress" -> () -> "{\"status\":\"STARTED\",\"percentComplete\":10}";
            case "POST /api/plans/{plan}/unplanned-work" -> () -> "{\"parentId\":\"" + ids.get("{goal}") + "\",\"level\":\"ACTION\","
                    + "\"title\":\"Clean-up\",\"owner\":{\"department\":\"Parks\",\"politicalOwner\":\"Mayor\"},\"actionType\":\"OPERATIONAL\","
                    + "\"period\":{\"start\":\"2026-04-01\",\"end\":\"2026-06-30\"},\"cause\":\"OPPORTUNITY\",\"causeExplanation\":\"A subsidy\"}";
            case "POST /admin/tenants" -> () -> "{\"tenant\":\"matrix-new-" + next.incrementAndGet() + "\",\"name\":{\"nl\":\"N\",\"en\":\"N\"}}";
            default -> {
                assertThat(row.method()).as("a body for " + row.method() + " " + row.path()).isEqualTo("GET");
                yield () -> null;
            }
        };
    }

    private static List<Row> table() throws IOException {
        String readme = Files.readString(README);
        String table = readme.substring(readme.indexOf("<!-- access-matrix"), readme.indexOf("<!-- /access-matrix -->"));
        List<String> lines = table.lines().filter(line -> line.startsWith("|")).toList();
        List<String> header = cells(lines.get(0));
        assertThat(header.subList(3, header.size())).as("the table's role columns").containsExactlyElementsOf(USERS.keySet());
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = cells(line);
            Matcher request = REQUEST.matcher(cells.get(1));
            assertThat(request.matches()).as("an example request in " + line).isTrue();
            Map<String, Expected> expected = new LinkedHashMap<>();
            for (int column = 3; column < cells.size(); column++) {
                expected.put(header.get(column), Expected.of(cells.get(column)));
            }
            rows.add(new Row(cells.get(0), request.group(1), request.group(2), cells.get(2), expected));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
    }

    private static String abbreviated(String family) {
        return family.length() <= 57 ? family : family.substring(0, 54) + "...";
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private record Row(String family, String method, String path, String service, Map<String, Expected> expected) {
    }

    /** A cell: {@code ok/404} is the answer for the resource's own administration and another's; one value is both. */
    private record Expected(String own, String other) {

        static Expected of(String cell) {
            String[] parts = cell.split("/");
            return new Expected(parts[0].strip(), parts[parts.length - 1].strip());
        }
    }
}
