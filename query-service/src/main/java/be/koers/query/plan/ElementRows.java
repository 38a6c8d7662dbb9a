package be.koers.query.plan;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads elements from the working tables or the adopted copy: all of one plan, one element, or a page of a search. */
@Component
class ElementRows {

    private final JdbcClient jdbc;

    ElementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every element of the plan in the order they were defined. */
    List<ElementRow> ofPlan(TenantId tenant, PlanId planId, ElementTables tables) {
        return jdbc.sql(select(tables) + " WHERE e.tenant = :tenant AND e.plan_id = :planId ORDER BY e.position")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .query(ElementRow::map)
                .list();
    }

    Optional<ElementRow> one(String tenant, String planId, String elementId) {
        return jdbc.sql(select(ElementTables.WORKING)
                        + " WHERE e.tenant = :tenant AND e.plan_id = :planId AND e.element_id = :elementId")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("elementId", elementId)
                .query(ElementRow::map)
                .optional();
    }

    long count(ElementCriteria criteria) {
        return jdbc.sql("SELECT count(*) FROM " + criteria.tables().elements() + " e WHERE " + criteria.where())
                .params(criteria.params())
                .query(Long.class)
                .single();
    }

    List<ElementRow> find(ElementCriteria criteria, Paging paging) {
        return jdbc.sql(select(criteria.tables()) + " WHERE " + criteria.where()
                        + " ORDER BY e.position LIMIT :limit OFFSET :offset")
                .params(criteria.params())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(ElementRow::map)
                .list();
    }

    /** The elements {@code e} of the tables with their continuations, ready for a WHERE. */
    private static String select(ElementTables tables) {
        return "SELECT e.*, " + ContinuationColumns.SELECT + " FROM " + tables.elements() + " e" + ContinuationColumns.JOIN;
    }
}
