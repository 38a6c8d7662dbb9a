package be.koers.query.history.audit;

import be.koers.planning.api.EventCatalog;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.problem.QueryRefusal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Which audit lines of a plan to show; a criterion left null does not filter. {@code from} and {@code to} bound the
 * event's instant, both included.
 */
record AuditFilter(String where, Map<String, Object> params) {

    static AuditFilter of(TenantId tenant, PlanId planId, String elementId, String actor, String type, Instant from, Instant to) {
        if (type != null && !EventCatalog.types().contains(type)) {
            throw QueryRefusal.unknownValue("type", type, "unknown-event-type");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw QueryRefusal.notBefore("to", "from");
        }
        StringBuilder where = new StringBuilder("tenant = :tenant AND plan_id = :planId");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant.value());
        params.put("planId", planId.value());
        add(where, params, "element_id = :elementId", "elementId", elementId);
        add(where, params, "actor = :actor", "actor", actor);
        add(where, params, "type = :type", "type", type);
        add(where, params, "occurred_at >= :from", "from", from == null ? null : from.atOffset(ZoneOffset.UTC));
        add(where, params, "occurred_at <= :to", "to", to == null ? null : to.atOffset(ZoneOffset.UTC));
        return new AuditFilter(where.toString(), Map.copyOf(params));
    }

    private static void add(StringBuilder where, Map<String, Object> params, String condition, String param, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(param, value);
        }
    }
}
