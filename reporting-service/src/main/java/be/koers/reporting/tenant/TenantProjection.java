package be.koers.reporting.tenant;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The display names of every registered administration, as it was created and last renamed. */
@Component
@OwnsTables("report_tenant")
class TenantProjection extends TableProjection {

    private final JdbcClient jdbc;

    TenantProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        on(TenantCreated.class, (event, envelope) -> named(event.tenant(), event.name()));
        on(TenantSettingsChanged.class, (event, envelope) -> named(event.tenant(), event.name()));
        ignores(DepartmentDefined.class, DepartmentRevised.class, DepartmentRemoved.class);
        ignores(LegislatureEvent.class, PlanEvent.class, IndicatorEvent.class);
    }

    private void named(TenantId tenant, LocalisedName name) {
        jdbc.sql("""
                        INSERT INTO report_tenant (tenant, name_nl, name_en) VALUES (:tenant, :nl, :en)
                        ON CONFLICT (tenant) DO UPDATE SET name_nl = EXCLUDED.name_nl, name_en = EXCLUDED.name_en""")
                .param("tenant", tenant.value())
                .param("nl", name.nl())
                .param("en", name.en())
                .update();
    }
}
