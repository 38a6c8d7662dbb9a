package be.koers.web.services;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read-your-writes on top of eventual consistency: a change is accepted by the command-service and reaches the
 * query-service's read model a moment later (usually well under a second). A page that shows the result of the
 * user's own change first waits, bounded by {@code koers.web.services.read-your-writes}, until the query side shows
 * it; should it take longer, the page shows what the query side has, and the change appears on the next read.
 */
@Component
public class Eventually {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    private final Duration bound;

    Eventually(ServiceAddresses addresses) {
        this.bound = addresses.readYourWrites();
    }

    /** Reads until the answer satisfies {@code shows}, or the bound passes; the last answer either way. */
    public <T> T read(Supplier<T> read, Predicate<T> shows) {
        long deadline = System.nanoTime() + bound.toNanos();
        Duration pause = FIRST_PAUSE;
        T answer = read.get();
        while (!shows.test(answer) && System.nanoTime() < deadline) {
            pauseFor(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            answer = read.get();
        }
        return answer;
    }

    /** Like {@link #read}, for what is absent (404) until the query side has it. */
    public <T> Optional<T> readOptional(Supplier<Optional<T>> read, Predicate<T> shows) {
        return read(read, answer -> answer.isPresent() && shows.test(answer.get()));
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the query side", e);
        }
    }
}
