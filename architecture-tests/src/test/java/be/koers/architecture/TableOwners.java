package be.koers.architecture;

import be.koers.projection.OwnsTables;
import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The projections of one service's read model, by the tables they name in {@link OwnsTables}. */
final class TableOwners {

    private final Map<String, List<JavaClass>> projectionsByTable;

    private TableOwners(Map<String, List<JavaClass>> projectionsByTable) {
        this.projectionsByTable = projectionsByTable;
    }

    static TableOwners of(String service, Collection<JavaClass> classes) {
        return new TableOwners(classes.stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(OwnsTables.class))
                .filter(javaClass -> Feature.of(javaClass).service().equals(service))
                .flatMap(projection -> Arrays.stream(projection.getAnnotationOfType(OwnsTables.class).value())
                        .distinct()
                        .map(table -> Map.entry(table, projection)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    Set<String> tables() {
        return projectionsByTable.keySet();
    }

    Set<Feature> featuresOwning(String table) {
        return projectionsByTable.get(table).stream().map(Feature::of).collect(Collectors.toSet());
    }

    /** Tables more than one projection names, with those projections' names. */
    Map<String, List<String>> sharedTables() {
        return projectionsByTable.entrySet().stream()
                .filter(owners -> owners.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey,
                        owners -> owners.getValue().stream().map(JavaClass::getName).toList()));
    }
}
