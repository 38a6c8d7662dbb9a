package be.koers.query.live;

import io.micrometer.core.instrument.Timer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * One open stream: the client's emitter, which changes it wants, and how far it got. Used by one thread at a time:
 * the subscribing one until it joins its {@link PlanChannel}, then only under that channel's lock.
 */
final class Subscriber {

    private final SseEmitter emitter;
    private final String indicatorId;
    private final Timer pushLag;
    private long cursor;

    /**
     * @param indicatorId only this indicator's changes; null for every change of the plan
     * @param cursor      the number of the last change the client has; it receives those after it
     * @param pushLag     times each change sent, from its event's timestamp
     */
    Subscriber(SseEmitter emitter, String indicatorId, long cursor, Timer pushLag) {
        this.emitter = emitter;
        this.indicatorId = indicatorId;
        this.cursor = cursor;
        this.pushLag = pushLag;
    }

    SseEmitter emitter() {
        return emitter;
    }

    long cursor() {
        return cursor;
    }

    /**
     * Sends the change if it is new to the client and one it asked for; either way the client is past it then.
     *
     * @return false when the client is gone
     */
    boolean offer(Change change) {
        if (change.seq() <= cursor) {
            return true;
        }
        cursor = change.seq();
        if (indicatorId != null && !indicatorId.equals(change.indicatorId())) {
            return true;
        }
        if (!send(SseEmitter.event().id(Long.toString(change.seq())).name(change.type()).data(change.data()))) {
            return false;
        }
        // the wall clock, as the command-service's timestamp is, not the service's Clock bean (a fixed day in tests)
        pushLag.record(Duration.between(change.timestamp(), Instant.now()));
        return true;
    }

    /**
     * A comment line, which clients ignore. Sent first, it makes the response start at once (Spring writes the
     * headers only with the first bytes, and until then a client cannot tell it is connected); sent periodically,
     * it keeps proxies from closing an idle stream and finds clients that are gone.
     */
    boolean comment(String text) {
        return send(SseEmitter.event().comment(text));
    }

    private boolean send(SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            // the container reports the broken connection to the emitter's error callback itself
            return false;
        }
    }
}
