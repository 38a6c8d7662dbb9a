package be.koers.query.tenant;

import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.planning.api.tenant.TenantSettingsChanged;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.RegisteredTenant;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrations as the tenant events made them: each administration's users read their own (GET /api/tenant),
 * never another's; an operator lists them all (GET /admin/tenants).
 */
class TenantReadModelTest extends QueryServiceIntegrationTest {

    private static final DepartmentId SOCIAL = DepartmentId.of("social");
    private static final LocalisedName RENAMED = new LocalisedName("Stad Koersbeke", "City of Koersbeke");
    private static final LocalisedName SPATIAL = new LocalisedName("Ruimtelijke ordening", "Spatial planning");

    private RegisteredTenant kept;
    private RegisteredTenant other;

    @BeforeEach
    void registerTwoAdministrations() {
        kept = new RegisteredTenant("kept", DepartmentMatch.ID);
        other = new RegisteredTenant("other", DepartmentMatch.GROUP);
        List<TenantEvent> keptEvents = new ArrayList<>(kept.events());
        keptEvents.addAll(List.of(
                new TenantSettingsChanged(kept.tenant, RENAMED, DepartmentMatch.NAME, true),
                new DepartmentRevised(kept.tenant, RegisteredTenant.URBAN, SPATIAL, List.of("group-spatial", "group-urban")),
                new DepartmentDefined(kept.tenant, SOCIAL, new LocalisedName("Sociale dienst", "Social services"), null),
                new DepartmentRemoved(kept.tenant, SOCIAL)));
        List<TenantEvent> all = new ArrayList<>(keptEvents);
        all.add(new TenantCreated(other.tenant, other.name, other.departmentMatch, false));
        publishAndAwait(all);
    }

    @Test
    void theAdministrationsUsersReadItsSettingsAndDepartmentsAsTheLastEventsLeftThem() {
        JsonNode tenant = read(kept, "tenant-admin");

        assertThat(tenant.path("id").asText()).isEqualTo(kept.tenant.value());
        assertThat(tenant.path("name").path("nl").asText()).isEqualTo("Stad Koersbeke");
        assertThat(tenant.path("name").path("en").asText()).isEqualTo("City of Koersbeke");
        assertThat(tenant.path("departmentMatch").asText()).isEqualTo("NAME");
        assertThat(tenant.path("publicPage").asBoolean()).isTrue();
        JsonNode departments = tenant.path("departments");
        assertThat(departments).hasSize(2);
        assertThat(departments.get(0).path("departmentId").asText()).isEqualTo("green");
        assertThat(departments.get(0).path("name").path("nl").asText()).isEqualTo("Groendienst");
        assertThat(departments.get(0).path("name").path("en").asText()).isEqualTo("Green service");
        assertThat(departments.get(0).path("groups")).extracting(JsonNode::asText).containsExactly(RegisteredTenant.GREEN_GROUP);
        assertThat(departments.get(1).path("departmentId").asText()).isEqualTo("urban");
        assertThat(departments.get(1).path("name").path("en").asText()).isEqualTo("Spatial planning");
        assertThat(departments.get(1).path("groups")).extracting(JsonNode::asText).containsExactly("group-spatial", "group-urban");
        for (String role : List.of("planner", "scorer", "auditor", "viewer", "finance")) {
            assertThat(read(kept, role)).as(role).isEqualTo(tenant);
        }
    }

    @Test
    void anotherAdministrationsUsersSeeOnlyTheirOwn() {
        JsonNode theirs = read(other, "viewer");

        assertThat(theirs.path("id").asText()).isEqualTo(other.tenant.value());
        assertThat(theirs.path("name").path("nl").asText()).isEqualTo(other.name.nl());
        assertThat(theirs.path("departmentMatch").asText()).isEqualTo("GROUP");
        assertThat(theirs.path("departments")).isEmpty();
        assertThat(theirs.toString()).doesNotContain(kept.tenant.value(), "Koersbeke", "Groendienst");
    }

    @Test
    void anAdministrationNoOperatorRegisteredIsNotFound() {
        ApiClient.Response response = as("viewer@never-registered", "viewer").get("/api/tenant");

        assertProblem(response, 404, "tenant", "tenant-not-registered");
    }

    @Test
    void anOperatorListsEveryRegisteredAdministrationAndNobodyElseMay() {
        ApiClient operator = as("operator", "operator");

        ApiClient.Response list = operator.get("/admin/tenants");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode keptEntry = entryOf(list.json(), kept.tenant.value());
        assertThat(keptEntry.path("name").path("nl").asText()).isEqualTo("Stad Koersbeke");
        assertThat(keptEntry.path("name").path("en").asText()).isEqualTo("City of Koersbeke");
        assertThat(keptEntry.path("publicPage").asBoolean()).isTrue();
        assertThat(keptEntry.path("registeredAt").asText()).isNotEmpty();
        assertThat(entryOf(list.json(), other.tenant.value()).path("name").path("en").asText()).isEqualTo(other.name.en());
        assertProblem(as(kept.user("planner"), "planner").get("/admin/tenants"), 403, "role", "role-not-allowed");
        assertProblem(as(kept.user("tenant-admin"), "tenant-admin").get("/admin/tenants"), 403, "role", "role-not-allowed");
        // an operator works for no administration: it has none of its own to read
        assertProblem(operator.get("/api/tenant"), 403, "role", "role-not-allowed");
    }

    private JsonNode read(RegisteredTenant tenant, String role) {
        ApiClient.Response response = as(tenant.user(role), role).get("/api/tenant");
        assertThat(response.status()).as(role + ": " + response).isEqualTo(200);
        return response.json();
    }

    private static JsonNode entryOf(JsonNode list, String tenant) {
        List<JsonNode> entries = new ArrayList<>();
        list.forEach(entry -> {
            if (entry.path("id").asText().equals(tenant)) {
                entries.add(entry);
            }
        });
        assertThat(entries).as("entries of " + tenant + " in " + list).hasSize(1);
        return entries.get(0);
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("rule").asText()).isEqualTo(rule);
    }
}
