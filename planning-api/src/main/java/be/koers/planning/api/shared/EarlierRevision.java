package be.koers.planning.api.shared;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.UnaryOperator;

/**
 * An earlier revision of an event and how its JSON reads as the next revision. The command-service applies it to
 * the events stored in it (through an upcaster), the read side to the envelopes published in it before the event
 * changed: one rewrite for both, so an event reads the same from the store and from Kafka.
 *
 * @param event        the event's record, which has {@code nextRevision} or a later one
 * @param revision     the earlier revision
 * @param nextRevision the revision the rewritten JSON has
 * @param toNext       rewrites the payload in place and returns it
 */
public record EarlierRevision(Class<? extends TenantScoped> event, String revision, String nextRevision,
                              UnaryOperator<ObjectNode> toNext) {

    public boolean isOf(EventEnvelope envelope) {
        return event.getSimpleName().equals(envelope.type()) && revision.equals(envelope.version());
    }

    /** The envelope in the next revision: the payload rewritten (a copy: the given envelope stays as it was) and its version. */
    public EventEnvelope readAsNext(EventEnvelope envelope) {
        ObjectNode payload = toNext.apply(envelope.payload().deepCopy());
        return new EventEnvelope(envelope.eventId(), envelope.type(), nextRevision, envelope.tenant(), envelope.aggregateType(),
                envelope.aggregateId(), envelope.sequenceNumber(), envelope.timestamp(), envelope.actor(),
                envelope.correlationId(), envelope.reason(), payload);
    }
}
