package be.koers.command.publication;

import be.koers.command.common.ChangeMetadata;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Wraps a stored domain event in the JSON envelope consumers read without Axon. */
@Component
public class EnvelopeFactory {

    private final ObjectMapper json;

    public EnvelopeFactory(ObjectMapper json) {
        this.json = json;
    }

    public EventEnvelope envelope(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        return new EventEnvelope(
                event.getIdentifier(),
                payload.getClass().getSimpleName(),
                Optional.ofNullable(payload.getClass().getAnnotation(Revision.class)).map(Revision::value).orElse("0"),
                ((TenantScoped) payload).tenant().value(),
                event.getType(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getTimestamp(),
                (String) event.getMetaData().get(ChangeMetadata.ACTOR),
                (String) event.getMetaData().get(ChangeMetadata.CORRELATION_ID),
                (String) event.getMetaData().get(ChangeMetadata.REASON),
                json.valueToTree(payload));
    }

    public String toJson(EventEnvelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write envelope of event " + envelope.eventId(), e);
        }
    }
}
