package be.koers.query;

import be.koers.planning.api.shared.TenantId;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refused request answers problem+json naming the field and the rule. */
class RefusedRequestsTest extends QueryServiceIntegrationTest {

    private GhentPlan ghent;

    @BeforeEach
    void publishAPlan() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        events.publish(ghent.planEvents());
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION);
    }

    @Test
    void withoutAValidToken401() {
        assertProblem(anonymous().get("/api/plans/" + ghent.planId), 401, "Authorization", "authentication-required");
        assertProblem(anonymous().get("/api/legislatures"), 401, "Authorization", "authentication-required");
        assertProblem(ApiClient.withToken(baseUrl(), "not-a-token").get("/api/legislatures"), 401, "Authorization", "invalid-token");
    }

    @Test
    void unknownPlanOrElement404() {
        assertProblem(viewer().get("/api/plans/no-such-plan"), 404, "planId", "unknown-plan");
        assertProblem(viewer().get("/api/plans/no-such-plan/elements"), 404, "planId", "unknown-plan");
        assertProblem(viewer().get("/api/plans/" + ghent.planId + "/elements/no-such-element"), 404, "elementId", "unknown-element");
        assertProblem(viewer().get("/api/plans/no-such-plan/status"), 404, "planId", "unknown-plan");
        assertProblem(viewer().get("/api/plans/no-such-plan/indicators"), 404, "planId", "unknown-plan");
        assertProblem(viewer().get("/api/plans/no-such-plan/budget"), 404, "planId", "unknown-plan");
        assertProblem(viewer().get("/api/plans/" + ghent.planId + "/elements/no-such-element/budget"), 404, "elementId", "unknown-element");
        assertProblem(viewer().get("/api/plans/" + ghent.planId + "/elements/no-such-element/progress"), 404, "elementId", "unknown-element");
        assertProblem(viewer().get("/api/indicators/no-such-indicator"), 404, "indicatorId", "unknown-indicator");
    }

    @Test
    void malformedQueryParameters400() {
        String elements = "/api/plans/" + ghent.planId + "/elements";
        assertProblem(viewer().get(elements + "?level=NO_SUCH_LEVEL"), 400, "level", "malformed-value");
        assertProblem(viewer().get(elements + "?status=active"), 400, "status", "malformed-value");
        assertProblem(viewer().get(elements + "?sdg=three"), 400, "sdg", "malformed-value");
        assertProblem(viewer().get(elements + "?size=many"), 400, "size", "malformed-value");
        assertProblem(viewer().get("/api/plans/" + ghent.planId + "?includeRetired=maybe"), 400, "includeRetired", "malformed-value");
    }

    @Test
    void outOfRangeQueryParameters422() {
        String elements = "/api/plans/" + ghent.planId + "/elements";
        assertProblem(viewer().get(elements + "?size=0"), 422, "size", "out-of-range");
        assertProblem(viewer().get(elements + "?size=1001"), 422, "size", "out-of-range");
        assertProblem(viewer().get(elements + "?page=-1"), 422, "page", "out-of-range");
        assertProblem(viewer().get(elements + "?sdg=18"), 422, "sdg", "out-of-range");
        assertThat(viewer().get(elements + "?size=1000").status()).isEqualTo(200);
    }

    @Test
    void controlCharactersAndMalformedIdsInParameters400() {
        String plan = "/api/plans/" + ghent.planId;
        assertProblem(auditor().get(plan + "/audit?actor=a%00b"), 400, "actor", "no-control-characters");
        assertProblem(auditor().get(plan + "/audit?elementId=a%00b"), 400, "elementId", "no-control-characters");
        assertProblem(auditor().get(plan + "/audit?elementId=..%2F..%2Fx"), 400, "elementId", "id-format");
        assertProblem(viewer().get(plan + "/elements?department=Green%00service"), 400, "department", "no-control-characters");
        assertProblem(viewer().get("/api/plans/" + "p".repeat(101)), 400, "planId", "id-format");
        assertThat(viewer().get(plan + "/elements?department=Green%09service").status()).isEqualTo(200);
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("field").asText()).isEqualTo(field);
        assertThat(problem.path("rule").asText()).isEqualTo(rule);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }
}
