package be.koers.reporting.realisation;

import java.util.List;
import java.util.function.Function;

/**
 * What items are grouped by. An item counts once under each policy field (target group, sub-area) it has, so the
 * groups of a dimension may add up to more than the total; an item without any counts as unclassified.
 */
public enum Dimension {
    POLICY_FIELD(RealisedItem::policyFields),
    TARGET_GROUP(RealisedItem::targetGroups),
    SUB_AREA(RealisedItem::subAreas),
    DEPARTMENT(item -> item.department() == null ? List.of() : List.of(item.department()));

    public static final String UNCLASSIFIED = "(unclassified)";

    private final Function<RealisedItem, List<String>> keys;

    Dimension(Function<RealisedItem, List<String>> keys) {
        this.keys = keys;
    }

    List<String> keysOf(RealisedItem item) {
        List<String> own = keys.apply(item);
        return own.isEmpty() ? List.of(UNCLASSIFIED) : own;
    }
}
