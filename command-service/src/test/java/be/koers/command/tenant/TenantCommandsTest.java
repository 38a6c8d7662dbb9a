package be.koers.command.tenant;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.LocalIssuer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrations as data: the operator registers them, their tenant admin keeps them, nobody else does. */
class TenantCommandsTest extends CommandServiceIntegrationTest {

    private static Map<String, Object> names(String nl, String en) {
        return Map.of("nl", nl, "en", en);
    }

    @Test
    void theOperatorRegistersAnAdministrationOnceAndItsPeopleCanThenWork() {
        String tenant = newAdministration("registered");
        ApiClient planner = ApiClient.as("http://127.0.0.1:" + port, "planner@" + tenant, "planner");
        Map<String, Object> legislature = Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031);

        assertProblem(planner.post("/api/legislatures", legislature), 403, "tenant", "tenant-not-registered");
        assertThat(operator().post("/admin/tenants", Map.of("tenant", tenant, "name", names("Gemeente X", "Municipality of X"))).status())
                .isEqualTo(201);
        assertThat(operator().post("/admin/tenants", Map.of("tenant", tenant, "name", names("Gemeente X", "Municipality of X"))).status())
                .isEqualTo(409);
        assertThat(planner.post("/api/legislatures", legislature).status()).isEqualTo(201);
    }

    @Test
    void onlyTheOperatorRegistersAdministrations() {
        String tenant = newAdministration("self-made");
        Response byPlanner = as("planner", tenant).post("/admin/tenants", Map.of("tenant", tenant + "-2", "name", names("A", "A")));
        Response byTenantAdmin = as("tenant-admin", tenant).post("/admin/tenants", Map.of("tenant", tenant + "-3", "name", names("A", "A")));

        assertProblem(byPlanner, 403, "role", "role-not-allowed");
        assertProblem(byTenantAdmin, 403, "role", "role-not-allowed");
    }

    @Test
    void anAdministrationNeedsItsNamesInBothLanguagesAndAWellFormedId() {
        assertProblem(operator().post("/admin/tenants", Map.of("tenant", newAdministration("no-en"), "name", Map.of("nl", "Gemeente"))),
                422, "name.en", "not-blank");
        assertProblem(operator().post("/admin/tenants", Map.of("tenant", "a b", "name", names("A", "A"))), 400, "tenant", "id-format");
    }

    @Test
    void theTenantAdminKeepsTheDepartmentsAndNoOtherRoleDoes() {
        String tenant = newAdministration("departments");
        ApiClient tenantAdmin = as("tenant-admin", tenant);
        Map<String, Object> parks = Map.of("departmentId", "parks", "name", names("Groendienst", "Green service"),
                "groups", List.of("9f1c2e7a-entra-group"));

        assertThat(tenantAdmin.post("/api/tenant/departments", parks).status()).isEqualTo(201);
        assertProblem(tenantAdmin.post("/api/tenant/departments", parks), 409, "departmentId", "department-exists");
        assertProblem(tenantAdmin.post("/api/tenant/departments", Map.of("departmentId", "green",
                "name", names("GROENDIENST", "Parks"))), 409, "name", "department-name-taken");
        assertThat(tenantAdmin.put("/api/tenant/departments/parks", Map.of("name", names("Dienst Groen", "Green service"))).status())
                .isEqualTo(200);
        assertProblem(tenantAdmin.put("/api/tenant/departments/nowhere", Map.of("name", names("N", "N"))), 404,
                "departmentId", "unknown-department");
        assertThat(tenantAdmin.put("/api/tenant", Map.of("name", names("Stad X", "City of X"), "departmentMatch", "GROUP",
                "publicPage", true)).status()).isEqualTo(200);
        assertThat(tenantAdmin.delete("/api/tenant/departments/parks").status()).isEqualTo(200);

        assertProblem(as("planner", tenant).post("/api/tenant/departments", Map.of("departmentId", "x", "name", names("X", "X"))),
                403, "role", "role-not-allowed");
    }

    @Test
    void anOperatorTokenCarriesNoAdministrationAndOpensNoAdministrationsData() {
        String token = LocalIssuer.shared().tokens().signIn("operator", "operator");

        Response response = ApiClient.withToken("http://127.0.0.1:" + port, token).post("/api/legislatures",
                Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031));

        assertProblem(response, 403, "role", "role-not-allowed");
    }

    private static void assertProblem(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().toString()).as(response.toString()).contains("\"" + field + "\"").contains("\"" + rule + "\"");
    }
}
