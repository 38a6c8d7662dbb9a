package be.koers.query;

import be.koers.planning.api.shared.TenantId;
import be.koers.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An administration sees its own plans only; another's plan is as unknown as one that does not exist. */
class TenantIsolationTest extends QueryServiceIntegrationTest {

    private GhentPlan koersbeke;
    private GhentMonitoring monitoring;
    private ApiClient zandhoven;

    @BeforeEach
    void publishAKoersbekePlan() {
        koersbeke = new GhentPlan(TenantId.of("koersbeke"));
        monitoring = new GhentMonitoring(koersbeke);
        events.publish(koersbeke.legislatureEvents());
        events.publish(koersbeke.planEvents());
        events.publish(monitoring.planEvents());
        publishAndAwait(monitoring.indicatorEvents());
        awaitPlanVersion(koersbeke.planId.value(), GhentPlan.VERSION + monitoring.planEvents().size());
        zandhoven = as("zandhoven-planner", "zandhoven");
    }

    @Test
    void anotherAdministrationGets404ForThePlanAndItsElements() {
        for (String path : new String[]{
                "/api/plans/" + koersbeke.planId,
                "/api/plans/" + koersbeke.planId + "/elements/" + koersbeke.pillar,
                "/api/plans/" + koersbeke.planId + "/elements?level=ACTION",
                "/api/plans/" + koersbeke.planId + "/indicators",
                "/api/plans/" + koersbeke.planId + "/status",
                "/api/plans/" + koersbeke.planId + "/budget",
                "/api/plans/" + koersbeke.planId + "/elements/" + koersbeke.maintainParks + "/budget",
                "/api/plans/" + koersbeke.planId + "/elements/" + koersbeke.bloemekespark + "/progress",
                "/api/plans/" + koersbeke.planId + "?view=draft",
                "/api/plans/" + koersbeke.planId + "/editions",
                "/api/plans/" + koersbeke.planId + "/revisions",
                "/api/plans/" + koersbeke.planId + "/editions/1/tree",
                "/api/plans/" + koersbeke.planId + "/as-of?date=2026-01-01",
                "/api/plans/" + koersbeke.planId + "/as-of?instant=2030-01-01T00:00:00Z",
                "/api/plans/" + koersbeke.planId + "/diff?fromEdition=1&to=2030-01-01T00:00:00Z",
                "/api/plans/" + koersbeke.planId + "/audit",
                "/api/plans/" + koersbeke.planId + "/audit/export?format=json",
                "/api/plans/" + koersbeke.planId + "/elements/" + koersbeke.bloemekespark + "/history"}) {
            assertThat(auditor().get(path).status()).as("own tenant: " + path).isEqualTo(200);
            ApiClient.Response response = zandhoven.get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().path("field").asText()).isEqualTo("planId");
            assertThat(response.json().path("rule").asText()).isEqualTo("unknown-plan");
        }
    }

    @Test
    void anotherAdministrationGets404ForTheIndicator() {
        assertThat(viewer().get("/api/indicators/" + monitoring.greenPerResident).status()).isEqualTo(200);

        ApiClient.Response response = zandhoven.get("/api/indicators/" + monitoring.greenPerResident);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("field").asText()).isEqualTo("indicatorId");
        assertThat(response.json().path("rule").asText()).isEqualTo("unknown-indicator");
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
