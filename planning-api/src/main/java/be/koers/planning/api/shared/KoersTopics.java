package be.koers.planning.api.shared;

import java.util.List;

/** Kafka topics the command-service publishes to, one per aggregate type, keyed by aggregate id. */
public final class KoersTopics {

    public static final String LEGISLATURE_EVENTS = "koers.legislature.events";
    public static final String PLAN_EVENTS = "koers.plan.events";
    public static final String INDICATOR_EVENTS = "koers.indicator.events";
    public static final String TENANT_EVENTS = "koers.tenant.events";

    public static final List<String> ALL = List.of(TENANT_EVENTS, LEGISLATURE_EVENTS, PLAN_EVENTS, INDICATOR_EVENTS);

    private KoersTopics() {
    }

    public static String forAggregateType(String aggregateType) {
        return switch (aggregateType) {
            case "Legislature" -> LEGISLATURE_EVENTS;
            case "Plan" -> PLAN_EVENTS;
            case "Indicator" -> INDICATOR_EVENTS;
            case "Tenant" -> TENANT_EVENTS;
            default -> throw new IllegalArgumentException("No topic for aggregate type " + aggregateType);
        };
    }
}
