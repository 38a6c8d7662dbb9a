package be.koers.query;

import be.koers.planning.api.shared.TenantId;
import be.koers.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An administration sees its own plans only; another's plan is as unknown as one that does not exist. */
class TenantIsolationTest extends QueryServiceIntegrationTest {

    private GhentPlan koersbeke;
    private ApiClient zandhoven;

    @BeforeEach
    void publishAKoersbekePlan() {
        koersbeke = new GhentPlan(TenantId.of("koersbeke"));
        events.publish(koersbeke.legislatureEvents());
        events.publish(koersbeke.planEvents());
        awaitPlanVersion(koersbeke.planId.value(), GhentPlan.VERSION);
        zandhoven = as("zandhoven-planner", "zandhoven");
    }

    @Test
    void anotherAdministrationGets404ForThePlanAndItsElements() {
        for (String path : new String[]{
                "/api/plans/" + koersbeke.planId,
                "/api/plans/" + koersbeke.planId + "/elements/" + koersbeke.pillar,
                "/api/plans/" + koersbeke.planId + "/elements?level=ACTION"}) {
            ApiClient.Response response = zandhoven.get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().path("field").asText()).isEqualTo("planId");
            assertThat(response.json().path("rule").asText()).isEqualTo("unknown-plan");
        }
    }

    @Test
    void anotherAdministrationListsNoneOfTheLegislatures() {
        assertThat(viewer().get("/api/legislatures").json()).isNotEmpty();

        ApiClient.Response response = zandhoven.get("/api/legislatures");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json()).isEmpty();
    }
}
