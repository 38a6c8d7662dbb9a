package be.koers.system.faults;

import be.koers.system.faults.Answers.Outcome;
import be.koers.system.faults.Answers.Score;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Monthly scores recorded by a few clients side by side, each on indicators of its own (so that no two clients
 * change one aggregate at once), each retrying a command with the same indicator and period until it is known to be
 * stored: what a client that retries on 503 and on a lost connection does.
 */
final class ScoreLoad implements AutoCloseable {

    static final int CLIENTS = 3;
    private static final int MONTHS = 72; // the legislature 2026-2031

    private final ApiClient scorer;
    private final Answers answers;
    private final AtomicInteger finished = new AtomicInteger();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    private final List<CompletableFuture<Void>> running = new ArrayList<>();

    private ScoreLoad(ApiClient scorer, Answers answers) {
        this.scorer = scorer;
        this.answers = answers;
    }

    /** How many monthly indicators the given number of scores needs: a multiple of the clients. */
    static int indicatorsFor(int scores) {
        return CLIENTS * Math.max(1, (scores + MONTHS * CLIENTS - 1) / (MONTHS * CLIENTS));
    }

    /** Starts recording the scores on the indicators, one month after another, the indicators of a client taking turns. */
    static ScoreLoad start(ApiClient scorer, List<String> indicators, int scores, Answers answers) {
        ScoreLoad load = new ScoreLoad(scorer, answers);
        for (int client = 0; client < CLIENTS; client++) {
            List<Score> commands = new ArrayList<>();
            for (int k = client; k < scores; k += CLIENTS) {
                int month = k / indicators.size();
                commands.add(new Score(indicators.get(k % indicators.size()), "%04d-%02d".formatted(2026 + month / 12, month % 12 + 1)));
            }
            load.running.add(CompletableFuture.runAsync(() -> commands.forEach(load::send), load.clients));
        }
        return load;
    }

    /** Commands answered for good so far. */
    int finished() {
        return finished.get();
    }

    void awaitDone(Duration atMost) throws Exception {
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(atMost.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }

    private void send(Score score) {
        await("score " + score.id() + " stored").atMost(Duration.ofSeconds(180)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).pollInSameThread().until(() -> attempt(score));
        finished.incrementAndGet();
    }

    private boolean attempt(Score score) {
        Outcome outcome;
        String detail;
        try {
            Response answer = scorer.post("/api/indicators/" + score.indicator() + "/scores",
                    Map.of("period", score.period(), "value", Math.floorMod(score.period().hashCode(), 1000)));
            outcome = switch (answer.status()) {
                case 201 -> Outcome.CREATED;
                case 409 -> "score-already-recorded".equals(answer.json().path("rule").asText()) ? Outcome.ALREADY_RECORDED : Outcome.OTHER_STATUS;
                case 503 -> Outcome.UNAVAILABLE;
                case 500 -> Outcome.SERVER_ERROR;
                default -> Outcome.OTHER_STATUS;
            };
            detail = answer.toString();
        } catch (IllegalStateException failed) {
            // refused before anything was sent: certainly not stored; anything later: the client cannot know
            boolean neverSent = failed.getCause() instanceof ConnectException || failed.getCause() instanceof HttpConnectTimeoutException;
            outcome = neverSent ? Outcome.NO_CONNECTION : Outcome.NO_ANSWER;
            detail = String.valueOf(failed.getCause());
        }
        answers.record(score, outcome, detail);
        return outcome.finished;
    }
}
