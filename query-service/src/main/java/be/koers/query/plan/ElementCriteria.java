package be.koers.query.plan;

import be.koers.planning.api.plan.FindElements;

import java.util.HashMap;
import java.util.Map;

/**
 * The SQL condition for a {@link FindElements} question on the elements table {@code e} of the view's tables;
 * criteria left null do not filter. {@code planned} is asked beside the question: true for plan content only, false
 * for unplanned work only.
 */
record ElementCriteria(ElementTables tables, String where, Map<String, Object> params) {

    static ElementCriteria of(FindElements question, Boolean planned, ElementTables tables) {
        StringBuilder where = new StringBuilder("e.tenant = :tenant AND e.plan_id = :planId");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", question.tenant().value());
        params.put("planId", question.planId().value());
        column(where, params, "level", question.level() == null ? null : question.level().name());
        column(where, params, "status", question.status() == null ? null : question.status().name());
        column(where, params, "department", question.department());
        column(where, params, "political_owner", question.politicalOwner());
        column(where, params, "planned", planned);
        tag(where, params, tables, TagDimension.POLICY_FIELD, question.policyField());
        tag(where, params, tables, TagDimension.TARGET_GROUP, question.targetGroup());
        tag(where, params, tables, TagDimension.SUB_AREA, question.subArea());
        tag(where, params, tables, TagDimension.SDG, question.sdg() == null ? null : question.sdg().toString());
        return new ElementCriteria(tables, where.toString(), Map.copyOf(params));
    }

    private static void column(StringBuilder where, Map<String, Object> params, String column, Object value) {
        if (value != null) {
            where.append(" AND e.").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private static void tag(StringBuilder where, Map<String, Object> params, ElementTables tables, TagDimension dimension,
                            String value) {
        if (value != null) {
            String param = "tag_" + dimension.name().toLowerCase();
            where.append(" AND EXISTS (SELECT 1 FROM ").append(tables.tags()).append(" t WHERE t.tenant = e.tenant AND t.plan_id = e.plan_id")
                    .append(" AND t.element_id = e.element_id AND t.dimension = '").append(dimension.name())
                    .append("' AND t.value = :").append(param).append(')');
            params.put(param, value);
        }
    }
}
