package be.koers.query.live;

import java.util.Comparator;

/**
 * A plan of a tenant: what a change feed and its subscribers belong to. Ordered, because every transaction numbers
 * its plans' changes in this order (see {@link ChangeFeed}).
 */
record PlanKey(String tenant, String planId) implements Comparable<PlanKey> {

    private static final Comparator<PlanKey> ORDER = Comparator.comparing(PlanKey::tenant).thenComparing(PlanKey::planId);

    @Override
    public int compareTo(PlanKey other) {
        return ORDER.compare(this, other);
    }
}
