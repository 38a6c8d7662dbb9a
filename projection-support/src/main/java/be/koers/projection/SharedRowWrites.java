package be.koers.projection;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Writes to rows that the streams of several partitions share, such as a plan's change counter (written for the
 * plan's events and for its indicators' events) or a tally per tenant. They are held back until the transaction
 * commits, then made key by key in ascending order.
 * <p>
 * A transaction applies a whole poll, and two consumer threads' polls can reach the same shared rows in opposite
 * orders (one plan 1 then plan 2, the other plan 2 then plan 1): each would wait for the other's row lock until
 * PostgreSQL aborts one of them as a deadlock. Taken last, in one order by every transaction, these locks cannot
 * close a cycle: a transaction that holds one waits only for a greater key, and every other row a projection
 * writes belongs to one aggregate, so to the one thread consuming its partition. Taken last, they are also held
 * only while the transaction commits rather than while it applies the whole poll, so the other thread waits less.
 * <p>
 * The locks of two instances would be taken instance after instance in the order a transaction first used them,
 * which differs between transactions: a service keeps its shared rows in one instance.
 *
 * @param <K> what identifies a shared row, such as the plan
 * @param <V> what the transaction adds to it
 */
public final class SharedRowWrites<K extends Comparable<? super K>, V> {

    private final BiConsumer<K, List<V>> write;

    /**
     * @param write writes one row's values, in the order they were added; called inside the transaction, just
     *              before it commits, once per key
     */
    public SharedRowWrites(BiConsumer<K, List<V>> write) {
        this.write = write;
    }

    /** Holds the value back until the current transaction commits; if it rolls back, nothing is written. */
    public void add(K key, V value) {
        pending().computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private SortedMap<K, List<V>> pending() {
        @SuppressWarnings("unchecked")
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            // registering first: outside a transaction it throws before anything is bound to the thread
            TransactionSynchronizationManager.registerSynchronization(pending);
            TransactionSynchronizationManager.bindResource(this, pending);
        }
        return pending.byKey;
    }

    private final class Pending implements TransactionSynchronization {

        private final SortedMap<K, List<V>> byKey = new TreeMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            byKey.forEach(write);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResource(SharedRowWrites.this);
        }
    }
}
