package be.koers.bench.dataset;

import be.koers.bench.BenchSize;
import be.koers.bench.Calls;
import be.koers.bench.Progress;
import be.koers.bench.Tenants;
import be.koers.testing.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates the data set through the command-service's public API, as the administrations would: their plans (the
 * first one Ghent-scale, the others of random sizes between the bounds), indicators, the loaded months of scores in
 * monthly bulk uploads, and the Ghent-scale (first) plan's history of revisions. It ends with a revision open on every plan, so
 * that the measurements can edit them.
 */
public final class DataSetLoader {

    private static final Logger log = LoggerFactory.getLogger(DataSetLoader.class);
    /** The same data set in every run, so runs compare. */
    private static final long SEED = 2026;

    private final BenchSize size;
    private final Tenants tenants;
    private final ApiClient commandService;
    private final AtomicLong commands = new AtomicLong();
    private final ExecutorService lanes;

    public DataSetLoader(BenchSize size, Tenants tenants, ApiClient commandService) {
        this.size = size;
        this.tenants = tenants;
        this.commandService = commandService;
        this.lanes = Executors.newFixedThreadPool(size.clients());
    }

    /** Loads it once; the loader is spent afterwards. */
    public DataSet load() {
        ExecutorService pool = Executors.newFixedThreadPool(size.clients());
        try {
            List<LoadedPlan> plans = loadPlans(pool);
            long scores = loadScores(pool, plans);
            LoadedPlan ghentScale = plans.get(0);
            List<Instant> history = new ArrayList<>();
            history.add(Instant.now());
            for (int revision = 1; revision <= size.revisions(); revision++) {
                revise(ghentScale, revision);
                history.add(Instant.now());
            }
            all(pool, plans.stream().<Callable<Void>>map(plan -> () -> {
                send(plan.planner().post(plan.path() + "/revisions", Map.of("name", "Benchmark edits",
                        "description", "Edits made while the benchmark measures")), plan.tenant() + " revision");
                return null;
            }).toList());
            return new DataSet(plans, history, 1 + size.revisions(), commands.get(), scores, size.loadedMonths());
        } finally {
            pool.shutdownNow();
            lanes.shutdownNow();
        }
    }

    private List<LoadedPlan> loadPlans(ExecutorService pool) {
        Random random = new Random(SEED);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < tenants.ids().size(); i++) {
            sizes.add(i == 0 ? size.largestElements() : size.minElements() + random.nextInt(size.maxElements() - size.minElements() + 1));
        }
        long elements = sizes.stream().mapToLong(Integer::longValue).sum();
        List<Callable<LoadedPlan>> loads = new ArrayList<>();
        int indicatorsLeft = size.indicators();
        for (int i = 0; i < sizes.size(); i++) {
            String tenant = tenants.ids().get(i);
            int indicators = i == sizes.size() - 1 ? indicatorsLeft
                    : Math.max(1, (int) Math.round((double) size.indicators() * sizes.get(i) / elements));
            indicatorsLeft -= indicators;
            PlanShape shape = PlanShape.ofSize(sizes.get(i));
            ApiClient planner = commandService.as(Tenants.plannerOf(tenant), Tenants.passwordOf(Tenants.plannerOf(tenant)));
            loads.add(() -> new PlanLoader(tenant, planner, commands, lanes).load(shape, indicators));
        }
        log.info("Loading {} plans with {} elements and {} indicators in all", sizes.size(), elements, size.indicators());
        long expected = sizes.stream().map(PlanShape::ofSize).mapToLong(PlanLoader::commands).sum() + size.indicators();
        try (Progress ignored = new Progress("plans", "commands", expected, commands)) {
            return all(pool, loads);
        }
    }

    private long loadScores(ExecutorService pool, List<LoadedPlan> plans) {
        AtomicLong scores = new AtomicLong();
        long expected = (long) plans.stream().mapToInt(plan -> plan.indicators().size()).sum() * size.loadedMonths();
        try (Progress ignored = new Progress("scores", "scores", expected, scores)) {
            for (int month = 0; month < size.loadedMonths(); month++) {
                String period = ScorePeriods.period(month);
                int m = month;
                all(pool, plans.stream().<Callable<Void>>map(plan -> () -> {
                    List<Map<String, Object>> rows = plan.indicators().stream()
                            .map(indicator -> Map.<String, Object>of("indicatorId", indicator, "period", period,
                                    "value", ScorePeriods.value(indicator, m)))
                            .toList();
                    send(plan.planner().post("/api/scores/bulk", Map.of("rows", rows)), plan.tenant() + " scores of " + period);
                    scores.addAndGet(rows.size());
                    return null;
                }).toList());
            }
        }
        return scores.get();
    }

    /** A revision of a tenth of the Ghent-scale plan's items, adopted: one more edition to look back on. */
    private void revise(LoadedPlan plan, int revision) {
        send(plan.planner().post(plan.path() + "/revisions", Map.of("name", "Adjustment " + revision,
                "description", "Yearly adjustment of the multi-year plan")), "revision " + revision);
        List<LoadedPlan.Item> items = plan.items();
        for (int i = revision % 10; i < items.size(); i += 10) {
            LoadedPlan.Item item = items.get(i);
            send(plan.planner().put(plan.path() + "/items/" + item.id(), item.revisedTo(item.title() + " (adjustment " + revision + ")")),
                    "revision of " + item.id());
        }
        LocalDate decided = LocalDate.of(PlanLoader.FIRST_YEAR, 6, 30).plusMonths(6L * revision);
        send(plan.planner().post(plan.path() + "/revisions/current/adoption", Map.of("decisionDate", decided.toString(),
                "decisionReference", "GR-" + decided + "/adjustment-" + revision)), "adoption of revision " + revision);
        log.info("Revision {} of {} adopted ({} items revised)", revision, plan.planId(), (items.size() + 9 - revision % 10) / 10);
    }

    private void send(ApiClient.Response response, String what) {
        Calls.accepted(response, what);
        commands.incrementAndGet();
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading the data set failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
