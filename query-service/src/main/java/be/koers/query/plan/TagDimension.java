package be.koers.query.plan;

import be.koers.planning.api.plan.Tags;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dimensions of {@link Tags}, as stored in {@code element_tag.dimension}; values are stored as text. */
enum TagDimension {
    POLICY_FIELD(Tags::policyFields),
    TARGET_GROUP(Tags::targetGroups),
    SUB_AREA(Tags::subAreas),
    SDG(Tags::sdgs);

    private final Function<Tags, Collection<?>> values;

    TagDimension(Function<Tags, Collection<?>> values) {
        this.values = values;
    }

    Set<String> valuesOf(Tags tags) {
        return values.apply(tags).stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /** Puts stored values back together; SDGs sort as numbers again. */
    static Tags toTags(Map<TagDimension, List<String>> stored) {
        return new Tags(sorted(stored, POLICY_FIELD), sorted(stored, TARGET_GROUP), sorted(stored, SUB_AREA),
                stored.getOrDefault(SDG, List.of()).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static SortedSet<String> sorted(Map<TagDimension, List<String>> stored, TagDimension dimension) {
        return new TreeSet<>(stored.getOrDefault(dimension, List.of()));
    }
}
