package be.koers.bench.reads;

import be.koers.bench.Tenants;
import be.koers.bench.Timers;
import be.koers.bench.dataset.DataSet;
import be.koers.bench.dataset.LoadedPlan;
import be.koers.testing.ApiClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads people wait for, on the Ghent-scale plan, one at a time as one user would: the plan tree, the
 * plan as of an instant and on a date, the diff between editions, and the reporting-service's realisation view and
 * reports. A few requests first warm the service up; they are not timed.
 */
public final class ReadLatencies {

    private static final Logger log = LoggerFactory.getLogger(ReadLatencies.class);
    private static final int WARM_UP = 3;

    private ReadLatencies() {
    }

    /** Timer {@code koers.bench.read} per figure, in the order of the report. */
    public static Map<String, Timer> run(DataSet data, String queryServiceUrl, String reportingServiceUrl, int repeats, MeterRegistry registry) {
        LoadedPlan plan = data.ghentScale();
        String user = Tenants.plannerOf(plan.tenant());
        ApiClient queries = ApiClient.as(queryServiceUrl, user, Tenants.passwordOf(user));
        ApiClient reports = ApiClient.as(reportingServiceUrl, user, Tenants.passwordOf(user));
        Map<String, Timer> timers = new LinkedHashMap<>();
        for (ReadEndpoint endpoint : endpoints(data, plan, repeats)) {
            ApiClient client = endpoint.service() == ReadEndpoint.Service.QUERY ? queries : reports;
            Timer timer = Timers.timer(registry, "koers.bench.read", "figure", endpoint.figure());
            for (int n = -WARM_UP; n < endpoint.repeats(); n++) {
                String path = endpoint.path().apply(Math.max(n, 0));
                long start = System.nanoTime();
                ApiClient.Download answer = client.download(path);
                long nanos = System.nanoTime() - start;
                if (answer.status() != 200) {
                    throw new IllegalStateException(endpoint.figure() + ": GET " + path + " answered " + answer.status() + ": " + answer.text());
                }
                if (n >= 0) {
                    timer.record(Duration.ofNanos(nanos));
                }
            }
            log.info("{}: {} requests, p50 {} ms, p99 {} ms", endpoint.figure(), endpoint.repeats(),
                    Math.round(Timers.millisAt(timer, 0.5)), Math.round(Timers.millisAt(timer, 0.99)));
            timers.put(endpoint.figure(), timer);
        }
        return timers;
    }

    private static List<ReadEndpoint> endpoints(DataSet data, LoadedPlan plan, int repeats) {
        String p = plan.path();
        List<Instant> history = data.history();
        Instant first = history.get(0);
        long span = Duration.between(first, history.get(history.size() - 1)).toMillis();
        int editions = data.editions();
        List<ReadEndpoint> endpoints = new ArrayList<>();
        endpoints.add(new ReadEndpoint("plan tree", ReadEndpoint.Service.QUERY, n -> p, repeats));
        // instants spread evenly over the plan's history, each a different moment
        endpoints.add(new ReadEndpoint("as-of instant", ReadEndpoint.Service.QUERY,
                n -> p + "/as-of?instant=" + first.plusMillis(span * ((n * 37L) % repeats) / Math.max(1, repeats - 1)), repeats));
        endpoints.add(new ReadEndpoint("as-of date", ReadEndpoint.Service.QUERY,
                n -> p + "/as-of?date=" + LocalDate.of(2026, 1, 1).plusMonths(n % (6 * editions)), repeats));
        endpoints.add(new ReadEndpoint("diff of editions", ReadEndpoint.Service.QUERY,
                n -> p + "/diff?fromEdition=" + (1 + n % Math.max(1, editions - 1)) + "&toEdition=" + editions, repeats));
        endpoints.add(new ReadEndpoint("realisation view", ReadEndpoint.Service.REPORTING, n -> p + "/realisation", repeats));
        endpoints.add(new ReadEndpoint("follow-up report xlsx", ReadEndpoint.Service.REPORTING,
                n -> p + "/reports/follow-up?year=2026&format=xlsx", Math.max(5, repeats / 5)));
        endpoints.add(new ReadEndpoint("strategic note pdf", ReadEndpoint.Service.REPORTING,
                n -> p + "/reports/strategic-note?format=pdf", Math.max(5, repeats / 5)));
        return endpoints;
    }
}
