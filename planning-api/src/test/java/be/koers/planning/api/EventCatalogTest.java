package be.koers.planning.api;

import be.koers.planning.api.plan.*;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.DomainEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.planning.api.tenant.TenantCreated;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The contract consumers rely on: every event is found, versioned and reads back from its JSON, also one published
 * in an earlier revision.
 */
class EventCatalogTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void resolvesAnEventByItsSimpleNameAndNothingElse() {
        assertThat(EventCatalog.eventClass("GoalDefined")).contains(GoalDefined.class);
        assertThat(EventCatalog.eventClass("TenantCreated")).contains(TenantCreated.class);
        assertThat(EventCatalog.eventClass("DefineGoal")).as("a command").isEmpty();
        assertThat(EventCatalog.eventClass("NoSuchEvent")).isEmpty();
    }

    @Test
    void holdsExactlyTheCompiledClassesThatNameATenantAndCarryARevision() throws Exception {
        List<Class<?>> compiled = compiledClasses();
        List<Class<?>> versioned = compiled.stream()
                .filter(type -> TenantScoped.class.isAssignableFrom(type) && type.isAnnotationPresent(Revision.class))
                .toList();
        List<Class<?>> events = compiled.stream().filter(DomainEvent.class::isAssignableFrom).toList();

        assertThat(List.<Class<?>>copyOf(EventCatalog.eventClasses())).containsExactlyInAnyOrderElementsOf(versioned)
                .containsExactlyInAnyOrderElementsOf(events);
        assertThat(EventCatalog.types()).allSatisfy(type ->
                assertThat(EventCatalog.eventClass(type).orElseThrow().getSimpleName()).isEqualTo(type));
    }

    @Test
    void everyEventWritesExactlyItsRecordComponents() {
        assertThat(EventCatalog.eventClasses()).allSatisfy(event -> {
            List<String> properties = json.getSerializationConfig().introspect(json.constructType(event))
                    .findProperties().stream().map(BeanPropertyDefinition::getName).toList();
            assertThat(properties).as(event.getSimpleName()).containsExactlyInAnyOrderElementsOf(componentNames(event));
        });
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
    void refusesEventsItCouldNotTellApartOrRead() {
        String broken = "be.koers.planning.brokenevents.";
        assertThatIllegalStateException().isThrownBy(() -> EventCatalog.eventsUnder(broken + "twins"))
                .withMessageContaining(broken + "twins.a.Twin and " + broken + "twins.b.Twin share the type Twin");
        assertThatIllegalStateException().isThrownBy(() -> EventCatalog.eventsUnder(broken + "unversioned"))
                .withMessageContaining(broken + "unversioned.Unversioned has no @Revision");
        assertThatIllegalStateException().isThrownBy(() -> EventCatalog.eventsUnder(broken + "orphan"))
                .withMessageContaining(broken + "orphan.Orphan has a @Revision but is no DomainEvent");
    }

    /** The concrete classes compiled into the catalogue's own package, found without the catalogue's scan. */
    private static List<Class<?>> compiledClasses() throws Exception {
        Path root = Path.of(EventCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve(EventCatalog.class.getPackageName().replace('.', '/')))) {
            return files.map(root::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(EventCatalogTest::load)
                    .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EventCatalog.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static List<String> componentNames(Class<?> event) {
        return Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).toList();
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
