package be.koers.reporting.activity;

import be.koers.planning.api.shared.EventEnvelope;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads the JSON {@link EventEnvelope} of a Kafka record. A record that is not a usable envelope can never be
 * applied, however often it is retried: it is logged with its position and left out, so it does not block the
 * events behind it.
 */
@Component
class EnvelopeReader {

    private static final Logger log = LoggerFactory.getLogger(EnvelopeReader.class);

    private final ObjectMapper json;

    EnvelopeReader(ObjectMapper json) {
        this.json = json;
    }

    Optional<EventEnvelope> read(ConsumerRecord<String, String> record) {
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("the record has no value");
            }
            EventEnvelope envelope = json.readValue(record.value(), EventEnvelope.class);
            String missing = missingField(envelope);
            if (missing != null) {
                throw new IllegalArgumentException("the envelope has no " + missing);
            }
            return Optional.of(envelope);
        } catch (Exception e) {
            log.warn("Skipping the record at {}-{}@{} (key {}): it is not a Koers event envelope: {}",
                    record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String missingField(EventEnvelope envelope) {
        if (isBlank(envelope.type())) {
            return "type";
        }
        if (isBlank(envelope.tenant())) {
            return "tenant";
        }
        if (isBlank(envelope.aggregateId())) {
            return "aggregateId";
        }
        if (envelope.timestamp() == null) {
            return "timestamp";
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
