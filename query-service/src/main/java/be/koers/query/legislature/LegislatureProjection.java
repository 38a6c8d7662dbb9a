package be.koers.query.legislature;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per legislature, with the plan attached to it once there is one. */
@Component
@OwnsTables("legislature")
class LegislatureProjection extends TableProjection {

    private final JdbcClient jdbc;

    LegislatureProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        on(LegislatureCreated.class, this::created);
        on(PlanAttachedToLegislature.class, this::planAttached);
        ignores(TenantEvent.class, PlanEvent.class, IndicatorEvent.class);
    }

    private void created(LegislatureCreated event, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO legislature (tenant, legislature_id, name, first_year, last_year)
                        VALUES (:tenant, :legislatureId, :name, :firstYear, :lastYear)""")
                .param("tenant", event.tenant().value())
                .param("legislatureId", event.legislatureId().value())
                .param("name", event.name())
                .param("firstYear", event.firstYear())
                .param("lastYear", event.lastYear())
                .update();
    }

    private void planAttached(PlanAttachedToLegislature event, EventEnvelope envelope) {
        jdbc.sql("UPDATE legislature SET plan_id = :planId WHERE tenant = :tenant AND legislature_id = :legislatureId")
                .param("planId", event.planId().value())
                .param("tenant", event.tenant().value())
                .param("legislatureId", event.legislatureId().value())
                .update();
    }
}
