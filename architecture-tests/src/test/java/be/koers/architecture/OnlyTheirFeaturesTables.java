package be.koers.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A class names in its SQL only tables that a projection of its own feature owns ({@link TableOwners}); a table no
 * projection owns (the applied-event marks, the catalogue) is none of this condition's business.
 */
final class OnlyTheirFeaturesTables extends ArchCondition<JavaClass> {

    private Map<String, TableOwners> ownersByService;

    OnlyTheirFeaturesTables() {
        super("name only the tables of their own feature in SQL");
    }

    @Override
    public void init(Collection<JavaClass> classes) {
        ownersByService = classes.stream().map(javaClass -> Feature.of(javaClass).service()).distinct()
                .collect(Collectors.toMap(service -> service, service -> TableOwners.of(service, classes)));
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        Feature feature = Feature.of(javaClass);
        TableOwners owners = ownersByService.get(feature.service());
        SqlTables.namedBy(javaClass).stream()
                .filter(owners.tables()::contains)
                .filter(table -> !owners.featuresOwning(table).contains(feature))
                .sorted()
                .forEach(table -> events.add(SimpleConditionEvent.violated(javaClass, "%s names table %s of %s"
                        .formatted(javaClass.getName(), table, owners.featuresOwning(table)))));
    }
}
