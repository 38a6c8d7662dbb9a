package be.koers.command.eventstore;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.Owner;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An ItemDefined stored in its old shape (revision 0, loose owner fields) is read in the current shape. */
class ItemDefinedOwnerUpcasterTest extends CommandServiceIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    @Test
    void aRevisionZeroItemIsReadWithItsOwner() {
        String plan = "upcast-" + UUID.randomUUID();
        String oldShape = """
                {"tenant":"koersbeke","planId":"%s","itemId":"parks","parentId":"quality","level":"ACTIVITY",\
                "title":"Maintain parks","department":"Green service","politicalOwner":"Alderman for environment",\
                "preconditions":[],"tags":{"policyFields":["Environment"],"targetGroups":[],"subAreas":[],"sdgs":[15]}}""".formatted(plan);
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'Plan', '2019-03-01T09:00:00Z', ?, '0', ?, '{"actor":"pilot-import"}')""",
                UUID.randomUUID().toString(), plan, ItemDefined.class.getName(), oldShape);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(plan, 0).asStream().toList();

        assertThat(events).hasSize(1);
        ItemDefined item = (ItemDefined) events.get(0).getPayload();
        assertThat(item.owner()).isEqualTo(new Owner("Green service", "Alderman for environment"));
        assertThat(item.itemId()).isEqualTo(ElementId.of("parks"));
        assertThat(item.tags().sdgs()).containsExactly(15);
        // The stored row keeps its original shape: upcasting happens when it is read.
        assertThat(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, plan))
                .contains("\"department\":\"Green service\"");
    }
}
