package be.koers.query.plan;

import be.koers.planning.api.plan.Tags;
import be.koers.projection.SqlArrays;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An element's tags as one sorted text[] of {@code DIMENSION:value} pairs: how the history stores them on each
 * version row, so that two states of an element compare with one array comparison.
 */
public final class TagPairs {

    private TagPairs() {
    }

    public static Tags toTags(Array pairs) throws SQLException {
        Map<TagDimension, List<String>> values = new EnumMap<>(TagDimension.class);
        for (String pair : SqlArrays.toList(pairs)) {
            int colon = pair.indexOf(':');
            values.computeIfAbsent(TagDimension.valueOf(pair.substring(0, colon)), d -> new ArrayList<>())
                    .add(pair.substring(colon + 1));
        }
        return TagDimension.toTags(values);
    }
}
