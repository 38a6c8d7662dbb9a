package be.koers.query.live;

import be.koers.projection.ProjectionsTruncated;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Pushes plans' change feeds ({@link ChangeFeed}) to Server-Sent-Events clients. One dispatcher polls, every
 * 100 ms, the latest change number of only the plans that have clients, and sends each client the committed changes
 * after its own cursor. A client reconnecting with {@code Last-Event-ID} starts with its cursor there, so the
 * dispatcher sends it exactly what it missed, in order, and then the live changes, under the same lock: no gap, no
 * duplicate. Polling the database, rather than being told by the projection, also serves clients of an instance
 * that did not apply the change itself.
 */
@Component
class LiveChanges implements SmartLifecycle {

    private static final long DISPATCH_INTERVAL_MS = 100;
    private static final long HEARTBEAT_INTERVAL_MS = 15_000;
    /** A stream then ends; clients (EventSource does so by itself) reconnect with their Last-Event-ID. */
    private static final long STREAM_TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

    private final FeedRows feed;
    private final Timer pushLag;
    private final ConcurrentMap<PlanKey, PlanChannel> channels = new ConcurrentHashMap<>();
    private volatile boolean running;

    LiveChanges(FeedRows feed, MeterRegistry registry) {
        this.feed = feed;
        Gauge.builder("koers.live.subscribers", this, LiveChanges::subscribers)
                .description("Open Server-Sent-Events streams of plan and indicator changes")
                .register(registry);
        this.pushLag = Timer.builder("koers.live.push.lag")
                .description("From a change's event timestamp (stored by the command-service) to its writing to a"
                        + " live client, once per change and client")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * Opens a stream of the plan's changes after {@code lastEventId}, or from now on without one. An id beyond the
     * plan's latest change is from before a rebuild, which numbered the feed again: the stream starts at the latest.
     *
     * @param indicatorId only that indicator's changes; null for all of the plan
     */
    SseEmitter subscribe(PlanKey plan, String indicatorId, Long lastEventId) {
        long head = feed.head(plan);
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        Subscriber subscriber = new Subscriber(emitter, indicatorId, lastEventId == null ? head : Math.min(lastEventId, head),
                pushLag);
        // before it joins the channel, so that no change can be sent to it concurrently
        subscriber.comment("connected");
        PlanChannel channel = join(plan, subscriber);
        emitter.onCompletion(() -> channel.remove(subscriber));
        emitter.onError(error -> channel.remove(subscriber));
        emitter.onTimeout(emitter::complete);
        return emitter;
    }

    private PlanChannel join(PlanKey plan, Subscriber subscriber) {
        while (true) {
            PlanChannel channel = channels.computeIfAbsent(plan, PlanChannel::new);
            if (channel.add(subscriber)) {
                return channel;
            }
            // it closed for lack of subscribers just now: make way for a new one
            channels.remove(plan, channel);
        }
    }

    @Scheduled(fixedDelay = DISPATCH_INTERVAL_MS)
    void dispatch() {
        if (channels.isEmpty()) {
            return;
        }
        Map<PlanKey, Long> heads = feed.heads(channels.keySet());
        channels.forEach((plan, channel) -> {
            if (!channel.dispatch(heads.getOrDefault(plan, 0L), feed)) {
                channels.remove(plan, channel);
            }
        });
    }

    @Scheduled(fixedRate = HEARTBEAT_INTERVAL_MS)
    void heartbeat() {
        channels.values().forEach(PlanChannel::heartbeat);
    }

    /** A rebuild numbers every feed again from 1: clients' positions mean nothing any more. */
    @EventListener
    void feedsTruncated(ProjectionsTruncated truncated) {
        completeAll();
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream when the service stops, before the web server's graceful shutdown, which would otherwise
     * wait its whole grace period for streams that never end by themselves.
     */
    @Override
    public void stop() {
        running = false;
        completeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void completeAll() {
        channels.values().forEach(PlanChannel::completeAll);
        channels.clear();
    }

    private int subscribers() {
        return channels.values().stream().mapToInt(PlanChannel::size).sum();
    }
}
