package be.koers.planning.api;

import be.koers.planning.api.plan.*;
import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract consumers rely on: every event is registered, versioned and reads back from its JSON. */
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
}
