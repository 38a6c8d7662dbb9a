package be.koers.query.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The open streams of one plan. Dispatching and subscribing take its lock, so a new subscriber's backlog and the
 * live changes reach it through the same path, each change once, in order.
 */
final class PlanChannel {

    private static final int PAGE = 500;

    private final PlanKey plan;
    private final List<Subscriber> subscribers = new ArrayList<>();
    private boolean closed;

    PlanChannel(PlanKey plan) {
        this.plan = plan;
    }

    /** @return false when the channel closed for lack of subscribers in the meantime: subscribe to a new one */
    synchronized boolean add(Subscriber subscriber) {
        if (closed) {
            return false;
        }
        subscribers.add(subscriber);
        return true;
    }

    synchronized void remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    synchronized int size() {
        return subscribers.size();
    }

    /**
     * Sends every subscriber the changes after its cursor, up to at least {@code head}, the plan's latest change
     * when the dispatcher looked.
     *
     * @return false when no subscriber is left; the channel is closed then and takes none any more
     */
    synchronized boolean dispatch(long head, FeedRows feed) {
        long from = subscribers.stream().mapToLong(Subscriber::cursor).min().orElse(head);
        while (from < head) {
            List<Change> changes = feed.after(plan, from, PAGE);
            if (changes.isEmpty()) {
                break;
            }
            changes.forEach(change -> dropWhere(subscriber -> !subscriber.offer(change)));
            from = changes.get(changes.size() - 1).seq();
        }
        closed = subscribers.isEmpty();
        return !closed;
    }

    synchronized void heartbeat() {
        dropWhere(subscriber -> !subscriber.comment("heartbeat"));
    }

    /**
     * Drops every subscriber the predicate holds for. It runs over a copy: a failing send may call the emitter's
     * callbacks, which {@link #remove} from this list, on this very thread.
     */
    private void dropWhere(Predicate<Subscriber> test) {
        for (Subscriber subscriber : List.copyOf(subscribers)) {
            if (test.test(subscriber)) {
                subscribers.remove(subscriber);
            }
        }
    }

    /** Ends every stream: clients reconnect with their Last-Event-ID. */
    synchronized void completeAll() {
        dropWhere(subscriber -> {
            subscriber.emitter().complete();
            return true;
        });
        closed = true;
    }
}
