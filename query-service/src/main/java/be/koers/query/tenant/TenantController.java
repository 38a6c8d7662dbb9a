package be.koers.query.tenant;

import be.koers.planning.api.tenant.FindTenant;
import be.koers.query.problem.QueryRefusal;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Reading the administrations: the caller's own, or (an operator) every registered one. */
@RestController
class TenantController {

    private final TenantQueries queries;

    TenantController(TenantQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "The caller's administration: its display names in nl and en, how tokens name its departments,"
            + " its public-page switch and its departments",
            description = "404 tenant-not-registered while no operator has created the administration.")
    @GetMapping("/api/tenant")
    TenantView tenant(@AuthenticationPrincipal KoersUser user) {
        return queries.answer(new FindTenant(user.tenant()))
                .orElseThrow(() -> QueryRefusal.tenantNotRegistered(user.tenant()));
    }

    @Operation(summary = "Every registered administration with its display names (operators)")
    @GetMapping("/admin/tenants")
    List<TenantSummary> tenants() {
        return queries.registered();
    }
}
