package be.koers.projection;

import be.koers.planning.api.EventCatalog;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads the JSON envelope the command-service publishes and the event record inside it. */
@Component
class EnvelopeDecoder {

    private final ObjectMapper json;

    EnvelopeDecoder(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The envelope, with the characters PostgreSQL cannot store replaced in its fields and payload
     * ({@link UnstorableText}): all that reaches a table comes from here. One published in an earlier revision of its
     * event that the catalog can read is rewritten to the current revision, its version too
     * ({@link EventCatalog#inCurrentRevision}).
     */
    Decoded envelope(String value) {
        if (value == null) {
            throw new MalformedEventException("record has no value");
        }
        EventEnvelope envelope;
        List<String> replaced;
        try {
            JsonNode tree = json.readTree(value);
            replaced = UnstorableText.replaceIn(tree);
            envelope = json.treeToValue(tree, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not an event envelope: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("not an event envelope: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.type() == null || envelope.aggregateId() == null || envelope.tenant() == null
                || envelope.aggregateType() == null || envelope.timestamp() == null
                || envelope.payload() == null || !envelope.payload().isObject()) {
            throw new MalformedEventException("envelope lacks type, tenant, aggregate, timestamp or payload object");
        }
        return new Decoded(EventCatalog.inCurrentRevision(envelope), replaced);
    }

    /**
     * @param replacedTexts the JSON paths of the texts in which unstorable characters were replaced; empty for
     *                      almost every event
     */
    record Decoded(EventEnvelope envelope, List<String> replacedTexts) {
    }

    /**
     * The event, or empty when this service does not know its type or revision. Reading a revision as another would
     * silently misread it, so both must match the event class this service was built with.
     */
    Optional<TenantScoped> event(EventEnvelope envelope) {
        Optional<Class<? extends TenantScoped>> eventClass = EventCatalog.eventClass(envelope.type())
                .filter(type -> revisionOf(type).equals(envelope.version()));
        if (eventClass.isEmpty()) {
            return Optional.empty();
        }
        TenantScoped event;
        try {
            event = json.treeToValue(envelope.payload(), eventClass.get());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("payload of " + envelope.type() + " " + envelope.eventId()
                    + " cannot be read: " + e.getMessage(), e);
        }
        // every write is scoped by the payload's tenant: one that disagrees with its envelope is not to be trusted
        if (event.tenant() == null || !event.tenant().value().equals(envelope.tenant())) {
            throw new MalformedEventException("payload of " + envelope.type() + " " + envelope.eventId()
                    + " names tenant " + event.tenant() + " but its envelope " + envelope.tenant());
        }
        return Optional.of(event);
    }

    private static String revisionOf(Class<?> eventClass) {
        Revision revision = eventClass.getAnnotation(Revision.class);
        return revision == null ? "0" : revision.value();
    }
}
