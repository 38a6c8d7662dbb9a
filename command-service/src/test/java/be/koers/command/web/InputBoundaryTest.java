package be.koers.command.web;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.LocalIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input boundary, one regression per finding of the review that asked for it: nothing malformed is stored, every
 * refusal is problem+json naming the field and the rule, and an id of the wrong type or tenant is simply unknown.
 */
class InputBoundaryTest extends CommandServiceIntegrationTest {

    @Value("${koers.input.max-body-size}")
    DataSize maxBodySize;

    private String administration;
    private ApiClient planner;
    private ApiClient staff;
    private String plan;
    private String goal;
    private String indicator;

    @BeforeEach
    void aPlanWithAGoalAndAnIndicator() {
        administration = newAdministration("input");
        planner = as("planner", administration);
        staff = scorerOf(administration, "Green");
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031))
                .json().get("id").asText();
        plan = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "GHENT"))
                .json().get("id").asText();
        goal = planner.post(plan("/goals"), Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "Green")).json().get("id").asText();
        indicator = defineIndicator("NUMBER");
    }

    // finding 1: accepted, then lost
    @Test
    void aNulInATextIsRefusedAndNothingIsStored() {
        long before = events(plan);
        Response goalWithNul = planner.postRaw(plan("/goals"), "{\"level\":\"MAIN_STRATEGIC_GOAL\",\"title\":\"Gr\\u0000een\"}");
        assertRefused(goalWithNul, 400, "title", "no-control-characters");
        assertThat(events(plan)).isEqualTo(before);

        Response scoreWithNul = staff.postRaw("/api/indicators/" + indicator + "/scores",
                "{\"period\":\"2027\",\"value\":5,\"comment\":\"a\\u0000b\"}");
        assertRefused(scoreWithNul, 400, "comment", "no-control-characters");
        // the period was not taken by the refused score
        assertThat(staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2027", "value", 5, "comment", "tab\tand\r\nnewline"))
                .status()).isEqualTo(201);
    }

    @Test
    void loneSurrogatesAndOtherControlCharactersAreRefused() {
        assertRefused(planner.postRaw(plan("/goals"), "{\"level\":\"MAIN_STRATEGIC_GOAL\",\"title\":\"x\\ud800y\"}"),
                400, "title", "valid-unicode");
        assertRefused(planner.postRaw(plan("/goals"), "{\"level\":\"MAIN_STRATEGIC_GOAL\",\"title\":\"x\",\"tags\":{\"policyFields\":[\"a\\u001bb\"]}}"),
                400, "tags.policyFields[0]", "no-control-characters");
        assertRefused(planner.withHeader("X-Correlation-Id", "x".repeat(201)).post(plan("/goals"),
                Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "x")), 400, "X-Correlation-Id", "max-length");
    }

    @Test
    void aFieldTheEndpointDoesNotKnowIsRefused() {
        assertRefused(planner.put(plan("/elements/" + goal + "/budget/2027/actuals"), Map.of("figures", Map.of("operatingExpenditure", 5))),
                400, "figures", "unknown-field");
        assertRefused(planner.postRaw(plan("/goals"), "{\"level\":\"MAIN_STRATEGIC_GOAL\",\"title\":\"x\"} {}"),
                400, "body", "malformed-json");
        assertRefused(planner.postRaw(plan("/goals"), "{\"level\":\"MAIN_STRATEGIC_GOAL\",\"title\":true}"),
                400, "title", "malformed-value");
        assertRefused(planner.get("/error"), 404, "request", "not-found");
        assertRefused(planner.putRaw(plan("/core-values"), "{\"coreValues\":[true]}"), 400, "coreValues[0]", "malformed-value");
    }

    // finding 2: 500 instead of 404, and an existence oracle across tenants
    @Test
    void anIdOfAnotherAggregateTypeIsUnknown() {
        assertRefused(planner.put("/api/indicators/" + plan + "/targets", Map.of("targets", List.of(), "reason", "r")),
                404, "indicatorId", "unknown-indicator");
        assertRefused(staff.post("/api/indicators/" + plan + "/scores", Map.of("period", "2027", "value", 1)),
                404, "indicatorId", "unknown-indicator");
        assertRefused(planner.post("/api/indicators/" + plan + "/retirement", Map.of("reason", "r")),
                404, "indicatorId", "unknown-indicator");
        assertRefused(planner.put("/api/plans/" + indicator + "/mission", Map.of("mission", "m")), 404, "planId", "unknown-plan");
        assertRefused(planner.post("/api/legislatures/" + plan + "/plan", Map.of("title", "t", "template", "GHENT")),
                404, "legislatureId", "unknown-legislature");
        Response planAsIndicator = staff.post("/api/scores/bulk", Map.of("rows", List.of(Map.of("indicatorId", plan, "period", "2027", "value", 1))));
        Response unknown = staff.post("/api/scores/bulk", Map.of("rows", List.of(Map.of("indicatorId", "nothing-" + UUID.randomUUID(), "period", "2027", "value", 1))));
        assertThat(planAsIndicator.status()).isEqualTo(unknown.status()).isEqualTo(422);
        assertThat(planAsIndicator.json().get("rule").asText()).isEqualTo(unknown.json().get("rule").asText()).isEqualTo("unknown-indicator");
    }

    @Test
    void anotherTenantsIdAnswersLikeAnUnknownOne() {
        ApiClient zandhoven = planner.as("zandhoven-planner", registered("zandhoven"));
        Response theirs = zandhoven.put("/api/indicators/" + plan + "/targets", Map.of("targets", List.of(), "reason", "r"));
        Response nobodys = zandhoven.put("/api/indicators/nothing-" + UUID.randomUUID() + "/targets", Map.of("targets", List.of(), "reason", "r"));
        assertThat(theirs.status()).isEqualTo(nobodys.status()).isEqualTo(404);
        assertThat(theirs.json().get("rule").asText()).isEqualTo(nobodys.json().get("rule").asText());
        assertThat(zandhoven.put("/api/indicators/" + indicator + "/targets", Map.of("targets", List.of(), "reason", "r")).status()).isEqualTo(404);
        assertThat(zandhoven.put("/api/plans/" + plan + "/mission", Map.of("mission", "m")).status()).isEqualTo(404);
    }

    // finding 3: 503 for long or NUL ids, unaddressable ids stored
    @Test
    void clientChosenIdsFollowTheIdRule() {
        long before = events(plan);
        assertRefused(planner.post(plan("/goals"), Map.of("id", "../../x/y", "level", "MAIN_STRATEGIC_GOAL", "title", "x")),
                400, "id", "id-format");
        assertRefused(planner.post(plan("/goals"), Map.of("id", "a".repeat(101), "level", "MAIN_STRATEGIC_GOAL", "title", "x")),
                400, "id", "id-format");
        assertRefused(planner.postRaw(plan("/goals"), "{\"id\":\"a\\u0000b\",\"level\":\"MAIN_STRATEGIC_GOAL\",\"title\":\"x\"}"),
                400, "id", "no-control-characters");
        assertRefused(planner.post("/api/legislatures", Map.of("legislatureId", "x".repeat(256), "name", "n", "firstYear", 2040, "lastYear", 2045)),
                400, "legislatureId", "id-format");
        assertRefused(planner.put(plan("/elements/" + goal + "/continuation"), Map.of("previousPlanId", "a b", "previousElementId", "e")),
                400, "previousPlanId", "id-format");
        assertRefused(staff.post("/api/scores/bulk", Map.of("rows", List.of(Map.of("indicatorId", "..", "period", "2027", "value", 1)))),
                400, "rows[0].indicatorId", "id-format");
        assertThat(events(plan)).isEqualTo(before);
        assertThat(planner.post(plan("/goals"), Map.of("id", "goal_2.a-B", "level", "MAIN_STRATEGIC_GOAL", "title", "x")).status()).isEqualTo(201);
    }

    // finding 4: 500 for NUL in query parameters (here the command-service's; the read sides have their own test)
    @Test
    void queryParametersAndPathVariablesFollowTheRules() {
        ApiClient auditor = as("auditor", administration).withHeader("Accept", "application/x-ndjson");
        assertRefused(auditor.get(plan("/events?elementId=a%00b")), 400, "elementId", "no-control-characters");
        assertRefused(auditor.get(plan("/events?elementId=a%20b")), 400, "elementId", "id-format");
        assertRefused(planner.put(plan("/goals/a%20b"), Map.of("title", "x")), 400, "goalId", "id-format");
    }

    // finding 5: no bounds
    @Test
    void numbersHaveBounds() {
        assertRefused(staff.postRaw("/api/indicators/" + indicator + "/scores", "{\"period\":\"2027\",\"value\":1e309}"),
                422, "value", "number-at-most-10-to-the-12");
        assertRefused(staff.postRaw("/api/indicators/" + indicator + "/scores", "{\"period\":\"2027\",\"value\":1.0000001}"),
                422, "value", "number-at-most-six-decimals");
        String money = defineIndicator("MONEY");
        assertRefused(staff.postRaw("/api/indicators/" + money + "/scores", "{\"period\":\"2027\",\"value\":1e20}"),
                422, "value", "money-at-most-999999999999.99");
        assertRefused(planner.postRaw(plan("/indicators"), indicatorJson("NUMBER", "{\"value\":1e400,\"date\":\"2025-12-31\"}")),
                422, "baseline.value", "number-at-most-10-to-the-12");
        assertRefused(planner.putRaw("/api/indicators/" + indicator + "/targets",
                        "{\"reason\":\"r\",\"targets\":[{\"period\":\"2027\",\"value\":5,\"lower\":1e309}]}"),
                422, "targets[0].lower", "number-at-most-10-to-the-12");
        assertRefused(planner.put(plan("/elements/" + goal + "/budget/2027"), Map.of("figures", Map.of("operatingExpenditure", -1))),
                422, "figures.operatingExpenditure.amount", "positive-or-zero");
        assertRefused(planner.put(plan("/elements/" + goal + "/budget/2027/actuals"), Map.of("investmentReceipts", new java.math.BigDecimal("1000000000000"))),
                422, "figures.investmentReceipts.amount", "digits");
        assertThat(planner.put(plan("/elements/" + goal + "/budget/2027"), Map.of("figures", Map.of("operatingExpenditure", new java.math.BigDecimal("999999999999.99"))))
                .status()).isEqualTo(200);
    }

    @Test
    void listsAndLinksHaveBounds() {
        List<String> tags = IntStream.range(0, 51).mapToObj(i -> "tag " + i).toList();
        assertRefused(planner.post(plan("/goals"), Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "x", "tags", Map.of("policyFields", tags))),
                422, "tags.count", "max");
        assertRefused(planner.post(plan("/goals"), Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "x", "tags", Map.of("subAreas", List.of("x".repeat(101))))),
                422, "tags.subAreas[]", "size");
        assertRefused(staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2028", "value", 1, "evidenceLink", "javascript:alert(1)")),
                422, "evidenceLink", "web-link");
        assertThat(staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2028", "value", 1, "evidenceLink", "https://example.be/a.pdf"))
                .status()).isEqualTo(201);
        List<Map<String, Object>> rows = IntStream.range(0, 10_001).mapToObj(i -> Map.<String, Object>of("indicatorId", indicator, "period", "2029", "value", i)).toList();
        assertRefused(staff.post("/api/scores/bulk", Map.of("rows", rows)), 422, "rows", "size");
    }

    // finding 6: Tomcat's own refusals answered HTML
    @Test
    void theWebServersOwnRefusalsAreProblems() throws IOException {
        String encodedSlash = raw("GET /api/plans/a%2Fb/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(encodedSlash).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json").contains("\"rule\":\"bad-request\"");
        String hugeHeader = raw("GET /api/legislatures HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(hugeHeader).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json").contains("\"field\":\"request\"");
    }

    @Test
    void pathsTheFirewallRejectsAreProblems() {
        assertRefused(planner.put("/api/plans//mission", Map.of("mission", "m")), 400, "request", "malformed-path");
        assertRefused(planner.put("/api/plans/" + plan + ";x=1/mission", Map.of("mission", "m")), 400, "request", "malformed-path");
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedUnreadAndNothingIsStored() throws IOException {
        long justOver = maxBodySize.toBytes() + 1;
        String answer = rawScore("2030", "Content-Length: " + justOver, out ->
                // the head of the body only: the service answers without reading it, and closes the connection
                out.write("{\"period\":\"2030\",\"value\":1,\"comment\":\"".getBytes(StandardCharsets.UTF_8)));

        assertTooLarge(answer);
        assertThat(staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2030", "value", 1)).status())
                .as("the period was not taken").isEqualTo(201);
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsCutOffAndNothingIsStored() throws IOException {
        long limit = maxBodySize.toBytes();
        String answer = rawScore("2031", "Transfer-Encoding: chunked", out -> {
            chunk(out, "{\"period\":\"2031\",\"value\":1,\"comment\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] text = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (long sent = 0; sent <= limit; sent += text.length) {
                chunk(out, text);
            }
            chunk(out, "\"}".getBytes(StandardCharsets.UTF_8));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        });

        assertTooLarge(answer);
        assertThat(staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2031", "value", 1)).status())
                .as("the period was not taken").isEqualTo(201);
    }

    @Test
    void aClientThatWaitsForContinueGetsTheRefusalInsteadAndSendsNoBody() throws IOException {
        String answer = rawScore("2032", "Content-Length: " + (maxBodySize.toBytes() + 1) + "\r\nExpect: 100-continue", out -> {
            // nothing: the client waits for 100 Continue before it sends the body, and must get the 413 instead
        });

        assertTooLarge(answer);
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A score for the indicator as its scorer, its body written by hand: a size no client library would send. */
    private String rawScore(String period, String framing, BodyWriter body) throws IOException {
        String token = LocalIssuer.shared().tokens().signIn("scorer+green@" + administration, "scorer");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            out.write(("POST /api/indicators/" + indicator + "/scores HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\n" + framing + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            body.write(out);
            out.flush();
            return oneAnswer(socket.getInputStream());
        }
    }

    /**
     * The answer's head and its Content-Length of body (when it has one), not up to the end of the stream: the service
     * answers a body declared too large at once, then drains what the client goes on sending, which this one does not.
     */
    private static String oneAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).as("the answer so far: " + head).isNotNegative();
            head.append((char) b);
        }
        Matcher length = Pattern.compile("Content-Length: (\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
        return head + new String(body, StandardCharsets.UTF_8);
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertTooLarge(String answer) {
        assertThat(answer).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json")
                .contains("\"field\":\"body\"").contains("\"rule\":\"max-size\"");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String defineIndicator(String kind) {
        return planner.postRaw(plan("/indicators"), indicatorJson(kind, "{\"value\":0,\"date\":\"2025-12-31\"}")).json().get("id").asText();
    }

    private String indicatorJson(String kind, String baseline) {
        return "{\"name\":\"Trees\",\"unit\":\"trees\",\"kind\":\"" + kind + "\",\"direction\":\"HIGHER_IS_BETTER\",\"frequency\":\"YEARLY\","
                + "\"ownerDepartment\":\"Green\",\"baseline\":" + baseline + ",\"targets\":[],\"linkedElements\":[\"" + goal + "\"]}";
    }

    private long events(String aggregate) {
        Response events = as("auditor", administration).withHeader("Accept", "application/x-ndjson").get("/api/plans/" + aggregate + "/events");
        assertThat(events.status()).isEqualTo(200);
        return events.body().lines().filter(line -> !line.isBlank()).count();
    }

    private static void assertRefused(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        List<String> fields = problem.has("errors")
                ? problem.get("errors").findValuesAsText("field") : List.of(problem.get("field").asText());
        List<String> rules = problem.has("errors")
                ? problem.get("errors").findValuesAsText("rule") : List.of(problem.get("rule").asText());
        assertThat(fields).as(response.body()).contains(field);
        assertThat(rules).as(response.body()).contains(rule);
    }

    private String plan(String path) {
        return "/api/plans/" + plan + path;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
