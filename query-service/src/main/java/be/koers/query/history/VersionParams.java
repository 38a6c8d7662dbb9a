package be.koers.query.history;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.ZoneOffset;
import java.util.Map;

/** The parameters every history statement binds: the plan, and the event that begins or ends a version. */
final class VersionParams {

    private VersionParams() {
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PlanEvent event, EventEnvelope envelope) {
        return spec.param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("sequence", envelope.sequenceNumber())
                .param("at", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("type", envelope.type());
    }

    /** Columns and their values as a JSON object, for {@code jsonb_populate_record}. */
    static String json(ObjectMapper json, Map<String, Object> columns) {
        try {
            return json.writeValueAsString(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a version's columns as JSON", e);
        }
    }
}
