package be.koers.command.eventstore;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A RevisionDiscarded stored before it said what it voids (revision 1) is read in revision 2, the lists unknown. */
class RevisionDiscardedVoidsUpcasterTest extends CommandServiceIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    Configuration axon;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void aRevisionOneDiscardIsReadWithWhatItVoidsUnknown() {
        String plan = "upcast-" + UUID.randomUUID();
        String oldShape = """
                {"tenant":"koersbeke","planId":"%s","revisionNumber":2,"reason":"Niet gesteund door het college"}""".formatted(plan);
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'Plan', '2026-12-05T02:19:15Z', ?, '1', ?, '{"actor":"planner"}')""",
                UUID.randomUUID().toString(), plan, RevisionDiscarded.class.getName(), oldShape);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(plan, 0).asStream().toList();

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayload()).isEqualTo(new RevisionDiscarded(TenantId.of("koersbeke"), PlanId.of(plan), 2,
                "Niet gesteund door het college", null, null, null));
        // Jackson alone would read the missing lists as null too; the upcaster makes it revision 2, the lists null by decision.
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Plan", plan, 0, UUID.randomUUID().toString(),
                "2026-12-05T02:19:15Z", RevisionDiscarded.class.getName(), "1", oldShape, "{}");
        List<IntermediateEventRepresentation> upcast = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, eventSerializer))).toList();
        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            JsonNode payload = event.getData(JsonNode.class).getData();
            assertThat(List.of("removed", "restored", "statementsRestored")).allMatch(list -> payload.path(list).isNull());
        });
        // The stored row keeps its original shape and revision: upcasting happens when it is read.
        assertThat(jdbc.queryForMap("SELECT payload, payload_revision FROM domain_event_entry WHERE aggregate_identifier = ?", plan))
                .containsEntry("payload", oldShape).containsEntry("payload_revision", "1");
    }
}
