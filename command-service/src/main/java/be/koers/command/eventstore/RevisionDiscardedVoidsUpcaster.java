package be.koers.command.eventstore;

import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.EarlierRevision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link RevisionDiscarded} did not say what the discard voids; revision 2 lists it. Events stored in
 * revision 1 are read as revision 2 with the lists unknown (null), by the same rewrite the read side applies to the
 * envelopes published in revision 1 ({@link RevisionDiscarded#REVISION_1}).
 */
@Component
@Order(0)
public class RevisionDiscardedVoidsUpcaster extends SingleEventUpcaster {

    private static final EarlierRevision EARLIER = RevisionDiscarded.REVISION_1;
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(RevisionDiscarded.class.getTypeName(), EARLIER.revision());
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(RevisionDiscarded.class.getTypeName(), EARLIER.nextRevision());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> EARLIER.toNext().apply((ObjectNode) payload));
    }
}
