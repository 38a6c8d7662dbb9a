package be.koers.query.history.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * What the trail last said of each subject ({@code audit_subject}): per field the "to" of the latest line that
 * changed it, folded from the trail's own lines. The next line's "from" values are read back from it, so a field's
 * changes follow on from each other, and no other read model is asked what stood before.
 */
@Component
class SubjectValues {

    static final String TABLE = "audit_subject";
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SubjectValues(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The subject's fields, empty when no line has said anything of it yet. */
    Optional<Map<String, String>> of(String tenant, AuditSubject subject) {
        return jdbc.sql("SELECT said::text FROM audit_subject WHERE tenant = :tenant AND subject = :subject")
                .param("tenant", tenant)
                .param("subject", subject.key())
                .query(String.class)
                .optional()
                .map(this::read);
    }

    /** Sets the fields to these values; a null value means the field has none any more. */
    void remember(String tenant, AuditSubject subject, Map<String, String> fields) {
        jdbc.sql("""
                        INSERT INTO audit_subject (tenant, subject, plan_id, said)
                        VALUES (:tenant, :subject, :planId, jsonb_strip_nulls(CAST(:said AS jsonb)))
                        ON CONFLICT (tenant, subject) DO UPDATE SET said = jsonb_strip_nulls(audit_subject.said || CAST(:said AS jsonb))""")
                .param("tenant", tenant)
                .param("subject", subject.key())
                .param("planId", subject.planId().value())
                .param("said", write(fields))
                .update();
    }

    private Map<String, String> read(String said) {
        try {
            return json.readValue(said, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable values of an audit subject: " + said, e);
        }
    }

    private String write(Map<String, String> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the values of an audit subject", e);
        }
    }
}
