package be.koers.reporting.report;

import be.koers.planning.api.shared.TenantId;
import be.koers.reporting.tenant.TenantNames;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** What reports call the administration they are about: its display name, in the reader's language. */
@Component
class ReportNames {

    private final TenantNames tenants;

    ReportNames(TenantNames tenants) {
        this.tenants = tenants;
    }

    String administration(TenantId tenant, Locale locale) {
        // Only for an administration the read model does not know (no operator registered it yet, or its events are
        // not consumed yet): its plans are still reported on, under its id as a name ("koersbeke": "Koersbeke").
        return tenants.of(tenant).map(name -> name.in(locale)).orElseGet(() -> capitalised(tenant.value()));
    }

    private static String capitalised(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
