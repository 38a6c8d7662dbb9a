package be.koers.command.eventstore;

import be.koers.planning.api.plan.ItemDefined;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 0 of {@link ItemDefined} (the first pilot's shape) had the owning department and the political owner as
 * two loose fields; revision 1 groups them into an {@code owner}, because every item has exactly one of each and
 * reassigning changes them together. Events stored in revision 0 are read as revision 1.
 */
@Component
@Order(0)
public class ItemDefinedOwnerUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_0 = new SimpleSerializedType(ItemDefined.class.getTypeName(), "0");
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ItemDefined.class.getTypeName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_0);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_1, JsonNode.class, payload -> {
            ObjectNode item = (ObjectNode) payload;
            ObjectNode owner = item.putObject("owner");
            owner.set("department", item.remove("department"));
            owner.set("politicalOwner", item.remove("politicalOwner"));
            return item;
        });
    }
}
