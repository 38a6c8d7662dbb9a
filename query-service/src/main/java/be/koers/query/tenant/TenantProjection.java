package be.koers.query.tenant;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;
import be.koers.projection.OwnsTables;
import be.koers.projection.SqlArrays;
import be.koers.projection.TableProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;

/** One row per registered administration with its settings, and one per department it keeps. */
@Component
@OwnsTables({"tenant", "tenant_department"})
class TenantProjection extends TableProjection {

    private final JdbcClient jdbc;

    TenantProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        on(TenantCreated.class, this::created);
        on(TenantSettingsChanged.class, (event, envelope) -> settingsChanged(event));
        on(DepartmentDefined.class, this::departmentDefined);
        on(DepartmentRevised.class, (event, envelope) -> departmentRevised(event));
        on(DepartmentRemoved.class, (event, envelope) -> departmentRemoved(event));
        ignores(LegislatureEvent.class, PlanEvent.class, IndicatorEvent.class);
    }

    private void created(TenantCreated event, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO tenant (tenant, name_nl, name_en, department_match, public_page, registered_at)
                        VALUES (:tenant, :nl, :en, :match, :publicPage, :at)""")
                .param("tenant", event.tenant().value())
                .param("nl", event.name().nl())
                .param("en", event.name().en())
                .param("match", event.departmentMatch().name())
                .param("publicPage", event.publicPage())
                .param("at", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .update();
    }

    private void settingsChanged(TenantSettingsChanged event) {
        jdbc.sql("""
                        UPDATE tenant SET name_nl = :nl, name_en = :en, department_match = :match, public_page = :publicPage
                        WHERE tenant = :tenant""")
                .param("tenant", event.tenant().value())
                .param("nl", event.name().nl())
                .param("en", event.name().en())
                .param("match", event.departmentMatch().name())
                .param("publicPage", event.publicPage())
                .update();
    }

    private void departmentDefined(DepartmentDefined event, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO tenant_department (tenant, department_id, position, name_nl, name_en, groups)
                        VALUES (:tenant, :departmentId, :position, :nl, :en, :groups)""")
                .param("tenant", event.tenant().value())
                .param("departmentId", event.departmentId().value())
                .param("position", envelope.sequenceNumber())
                .param("nl", event.name().nl())
                .param("en", event.name().en())
                .param("groups", groups(event.groups()))
                .update();
    }

    private void departmentRevised(DepartmentRevised event) {
        jdbc.sql("""
                        UPDATE tenant_department SET name_nl = :nl, name_en = :en, groups = :groups
                        WHERE tenant = :tenant AND department_id = :departmentId""")
                .param("tenant", event.tenant().value())
                .param("departmentId", event.departmentId().value())
                .param("nl", event.name().nl())
                .param("en", event.name().en())
                .param("groups", groups(event.groups()))
                .update();
    }

    private void departmentRemoved(DepartmentRemoved event) {
        jdbc.sql("DELETE FROM tenant_department WHERE tenant = :tenant AND department_id = :departmentId")
                .param("tenant", event.tenant().value())
                .param("departmentId", event.departmentId().value())
                .update();
    }

    /** An event written without groups has none. */
    private static String[] groups(List<String> groups) {
        return SqlArrays.of(groups == null ? List.of() : groups);
    }
}
