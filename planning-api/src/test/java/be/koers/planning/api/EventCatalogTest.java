package be.koers.planning.api;

import be.koers.planning.api.plan.*;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract consumers rely on: every event is registered, versioned and reads back from its JSON, also one published
 * in an earlier revision.
 */
class EventCatalogTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyEventIsRegisteredUnderItsSimpleNameWithARevision() {
        assertThat(EventCatalog.types()).contains("TenantCreated", "DepartmentDefined", "LegislatureCreated", "PlanAttachedToLegislature", "PlanDrafted",
                "GoalDefined", "ItemDefined", "ElementMoved", "ElementRetired", "PlanAdopted", "PlanClosed");
        EventCatalog.types().forEach(type ->
                assertThat(EventCatalog.eventClass(type).orElseThrow().getAnnotation(Revision.class)).as(type).isNotNull());
        assertThat(EventCatalog.eventClass("NoSuchEvent")).isEmpty();
    }

    @Test
    void anEventReadsBackFromItsJsonWithTypedIdsAsPlainStrings() throws Exception {
        ItemDefined event = new ItemDefined(TenantId.of("koersbeke"), PlanId.of("p"), ElementId.of("a"), ElementId.of("o"),
                Level.ACTION, "Construct the Bloemekespark", null, new Owner("Green", "Alderman"), ActionType.CONDITIONAL_OPERATIONAL,
                List.of("Subsidy granted"), new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2028, 10, 31)),
                new Tags(new TreeSet<>(Set.of("Environment")), null, null, new TreeSet<>(Set.of(15, 11))));

        String text = json.writeValueAsString(event);

        assertThat(text).contains("\"tenant\":\"koersbeke\"", "\"itemId\":\"a\"", "\"start\":\"2026-03-01\"", "\"sdgs\":[11,15]")
                .doesNotContain("endNotBeforeStart");
        assertThat(json.readValue(text, EventCatalog.eventClass("ItemDefined").orElseThrow())).isEqualTo(event);
    }

    @Test
    void aDiscardPublishedInRevisionOneReadsInRevisionTwoWithWhatItVoidsUnknown() throws Exception {
        EventEnvelope published = new EventEnvelope("event-1", "RevisionDiscarded", "1", "koersbeke", "Plan", "p", 38,
                Instant.parse("2026-12-05T02:19:15Z"), "planner", null, null,
                json.readTree("{\"tenant\":\"koersbeke\",\"planId\":\"p\",\"revisionNumber\":2,\"reason\":\"Niet gesteund\"}"));

        EventEnvelope read = EventCatalog.inCurrentRevision(published);

        assertThat(read.version()).isEqualTo(RevisionDiscarded.class.getAnnotation(Revision.class).value());
        assertThat(json.treeToValue(read.payload(), EventCatalog.eventClass(read.type()).orElseThrow()))
                .isEqualTo(new RevisionDiscarded(TenantId.of("koersbeke"), PlanId.of("p"), 2, "Niet gesteund", null, null, null));
        assertThat(read).usingRecursiveComparison().ignoringFields("version", "payload").isEqualTo(published);
        assertThat(published.payload().has("removed")).as("the envelope read stays as it was").isFalse();
        assertThat(EventCatalog.inCurrentRevision(read)).as("already current").isSameAs(read);
    }
}
