package be.koers.command.audit;

import be.koers.command.common.Refusal;
import be.koers.planning.api.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether an aggregate's stream exists, is of the expected type and belongs to the caller's administration. */
@Component
class StreamOwnership {

    private final JdbcClient jdbc;

    StreamOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void require(String aggregateType, String aggregateId, TenantId caller, String field, String rule) {
        boolean owned = jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0 AND type = ?
                          AND payload::json ->> 'tenant' = ?""")
                .params(aggregateId, aggregateType, caller.value())
                .query(Long.class).single() > 0;
        if (!owned) {
            throw Refusal.unknown(field, rule, "There is no " + aggregateType.toLowerCase() + " " + aggregateId + ".");
        }
    }
}
