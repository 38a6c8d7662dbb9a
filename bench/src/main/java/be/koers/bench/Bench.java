package be.koers.bench;

import be.koers.bench.dataset.DataSet;
import be.koers.bench.dataset.DataSetLoader;
import be.koers.bench.dataset.ScorePeriods;
import be.koers.bench.lag.LagProbe;
import be.koers.bench.lag.ServiceTimers;
import be.koers.bench.load.ClosedLoop;
import be.koers.bench.load.CpuAccount;
import be.koers.bench.load.LoadResult;
import be.koers.bench.load.OpenLoop;
import be.koers.bench.load.PlanEdits;
import be.koers.bench.load.RawInserts;
import be.koers.bench.load.ScoreRecording;
import be.koers.bench.memory.EventStoreSize;
import be.koers.bench.memory.MemorySampler;
import be.koers.bench.reads.ReadLatencies;
import be.koers.bench.replay.EventStoreRead;
import be.koers.bench.replay.KafkaConsume;
import be.koers.bench.replay.ProjectionRebuild;
import be.koers.bench.replay.Rate;
import be.koers.bench.report.BenchReport;
import be.koers.bench.report.Figure;
import be.koers.bench.report.Figure.Verdict;
import be.koers.bench.report.Format;
import be.koers.bench.report.Machine;
import be.koers.testing.ApiClient;
import be.koers.testing.KoersSystem;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static be.koers.bench.report.Format.latency;
import static be.koers.bench.report.Format.rate;
import static be.koers.bench.report.Format.ratio;

/**
 * The benchmark: starts Koers (its three services as processes, a KRaft broker, fresh PostgreSQL databases), loads
 * a data set of the given size through the public API, measures, and prints the figures beside their same-run
 * baselines. {@code java -jar bench.jar small|flanders [report-directory] [--tenants=N]}; {@code infra/koers bench} runs it.
 */
public final class Bench {

    static {
        // before the first logger: test-support, on the class path, brings the services' test logging configuration
        System.setProperty("logback.configurationFile", "bench-logback.xml");
    }

    private static final Logger log = LoggerFactory.getLogger(Bench.class);
    /** The heap every service gets: the target is to stay under it. */
    static final int SERVICE_HEAP_MB = 512;
    private static final double THROUGHPUT_TARGET = 0.5;
    private static final double LAG_TARGET_MS = 500;
    private static final double REPLAY_TARGET = 0.5;
    private static final double AS_OF_TARGET_MS = 300;

    private final BenchSize size;
    private final Path workDirectory;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Figure> figures = new ArrayList<>();

    Bench(BenchSize size, Path workDirectory) {
        this.size = size;
        this.workDirectory = workDirectory;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args).stream().filter(arg -> arg.startsWith("--")).toList();
        List<String> positional = List.of(args).stream().filter(arg -> !arg.startsWith("--")).toList();
        BenchSize size = BenchSize.named(positional.isEmpty() ? "small" : positional.get(0));
        for (String option : options) {
            if (!option.startsWith("--tenants=")) {
                throw new IllegalArgumentException("Unknown option " + option + " (only --tenants=N)");
            }
            size = size.withTenants(Integer.parseInt(option.substring("--tenants=".length())));
        }
        Path directory = Path.of(positional.size() > 1 ? positional.get(1) : System.getProperty("koers.bench.reportDirectory", "bench/target"));
        int status = 0;
        try {
            BenchReport report = new Bench(size, directory).run();
            System.out.println();
            System.out.println(report.markdown());
            System.out.println("Written to " + report.write(directory).toAbsolutePath());
        } catch (Exception | Error e) {
            log.error("The {} benchmark could not complete", size.name(), e);
            status = 1;
        }
        System.exit(status); // the in-process broker leaves non-daemon threads behind
    }

    BenchReport run() throws Exception {
        Instant startedAt = Instant.now();
        Tenants tenants = Tenants.of(size.tenants());
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + SERVICE_HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError"));
        // to profile the services under the benchmark's load, e.g. -Dkoers.bench.jvmOptions=-XX:StartFlightRecording=filename=/tmp/jfr/
        jvmOptions.addAll(List.of(System.getProperty("koers.bench.jvmOptions", "").split(" ")).stream().filter(o -> !o.isBlank()).toList());
        KoersSystem.Launch launch = new KoersSystem.Launch(true, 6, jvmOptions,
                List.of("--logging.level.root=WARN",
                        "--logging.level.be.koers=INFO", "--logging.level.org.springframework.kafka.listener=WARN"), "bench");
        log.info("Starting Koers for the {} benchmark", size.name());
        try (KoersSystem koers = new KoersSystem(launch); MemorySampler memory = new MemorySampler(koers.services())) {
            ApiClient operator = koers.commands(Tenants.OPERATOR, Tenants.passwordOf(Tenants.OPERATOR));
            tenants.ids().forEach(koers::register);
            DataSet data = new DataSetLoader(size, tenants, operator).load();
            CatchUp catchUp = new CatchUp(koers);
            catchUp.await("the data set");
            Duration loading = Duration.between(startedAt, Instant.now());
            Machine machine = Machine.describe(koers.commandDatabase);
            try {
                measure(koers, data, catchUp, memory);
            } catch (Exception | Error e) {
                // an hour of loading is not thrown away with a late failure: what was measured is kept
                Path partial = report(startedAt, machine, data, catchUp, loading, "stopped early: " + e.getMessage()).write(workDirectory);
                log.error("Stopped early; the figures measured until then are in {}", partial.toAbsolutePath());
                throw e;
            }
            return report(startedAt, machine, data, catchUp, loading, null);
        }
    }

    private void measure(KoersSystem koers, DataSet data, CatchUp catchUp, MemorySampler memory) throws Exception {
        CpuAccount cpu = new CpuAccount(koers.services(), List.of(koers.commandDatabase.name(), koers.queryDatabase.name(),
                koers.reportingDatabase.name(), RawInserts.DATABASE_PREFIX));
        LoadResult raw;
        Map<String, Double> beforeRaw;
        Map<String, Double> afterRaw;
        try (RawInserts inserts = new RawInserts(size.clients(), catchUp.averagePayloadCharacters())) {
            beforeRaw = cpu.now();
            raw = inserts.run(size.measure(), Timers.timer(registry, "koers.bench.raw.insert"));
            afterRaw = cpu.now();
        }
        throughput(koers, data, raw, catchUp, cpu);
        figures.add(new Figure("1", "CPU per raw insert (baseline)", CpuAccount.perOperation(beforeRaw, afterRaw, raw.accepted(), "insert"),
                "–", "–", "–", Verdict.NONE, "–"));
        readLatencies(koers, data);
        replay(koers);
        memory(koers, memory.peaks());
    }

    private BenchReport report(Instant startedAt, Machine machine, DataSet data, CatchUp catchUp, Duration loading, String failure) {
        String dataSet = String.format("%d administrations, %d activities and actions in %d plans (the Ghent-scale one %d, %d editions), "
                        + "%d indicators, %d scores loaded (%d months), %,d events in the event store; loaded in %s", size.tenants(),
                data.plans().stream().mapToInt(plan -> plan.items().size()).sum(), data.plans().size(), data.ghentScale().items().size(),
                data.editions(), data.indicators(), data.scores(), data.loadedMonths(), catchUp.events(), Format.minutes(loading));
        return new BenchReport(size.name(), startedAt, Duration.between(startedAt, Instant.now()), machine, dataSet, figures, failure);
    }

    /** Figures 1-3: maximum command rates, latency at half of them, and the lag to the read side meanwhile. */
    private void throughput(KoersSystem koers, DataSet data, LoadResult raw, CatchUp catchUp, CpuAccount cpu) throws Exception {
        Timer rawLatency = registry.get("koers.bench.raw.insert").timer();
        Timer editsAtMax = Timers.timer(registry, "koers.bench.command", "kind", "plan edit", "load", "max");
        Map<String, Double> beforeEdits = cpu.now();
        LoadResult edits = ClosedLoop.run(size.clients(), size.measure(), new PlanEdits(data), editsAtMax);
        catchUp.await("the plan edits");
        Map<String, Double> afterEdits = cpu.now();
        ScorePeriods periods = new ScorePeriods(data);
        Timer scoresAtMax = Timers.timer(registry, "koers.bench.command", "kind", "score", "load", "max");
        LoadResult scores = ClosedLoop.run(size.clients(), size.measure(), new ScoreRecording(periods), scoresAtMax);
        catchUp.await("the scores");
        Map<String, Double> afterScores = cpu.now();
        String clients = " (" + size.clients() + " clients)";
        figures.add(new Figure("1", "Plan edits accepted" + clients + refusals(edits), rate(edits.perSecond(), "edits"),
                rate(raw.perSecond(), "inserts") + " (single-row insert + commit)", ratio(edits.perSecond(), raw.perSecond()),
                "≥ 50%", Verdict.of(edits.perSecond() >= THROUGHPUT_TARGET * raw.perSecond()),
                "koers.bench.command · koers.commands{command=ReviseItem}"));
        figures.add(new Figure("1", "Scores accepted" + clients + refusals(scores), rate(scores.perSecond(), "scores"),
                rate(raw.perSecond(), "inserts"), ratio(scores.perSecond(), raw.perSecond()),
                "≥ 50%", Verdict.of(scores.perSecond() >= THROUGHPUT_TARGET * raw.perSecond()),
                "koers.bench.command · koers.commands{command=RecordScore}"));
        // what one command costs the whole machine, its projections' catch-up included: the limit on two cores
        figures.add(new Figure("1", "CPU per plan edit, all processes", CpuAccount.perOperation(beforeEdits, afterEdits, edits.accepted(), "edit"),
                rate(CpuAccount.ceiling(beforeEdits, afterEdits, edits.accepted()), "edits") + " if CPU were the only limit", "–", "–",
                Verdict.NONE, "process CPU time (/proc)"));
        figures.add(new Figure("1", "CPU per score, all processes", CpuAccount.perOperation(afterEdits, afterScores, scores.accepted(), "score"),
                rate(CpuAccount.ceiling(afterEdits, afterScores, scores.accepted()), "scores") + " if CPU were the only limit", "–", "–",
                Verdict.NONE, "process CPU time (/proc)"));

        Timer toRest = Timers.timer(registry, "koers.bench.lag", "stage", "rest");
        Timer toSse = Timers.timer(registry, "koers.bench.lag", "stage", "sse");
        Timer editsAtHalf = Timers.timer(registry, "koers.bench.command", "kind", "plan edit", "load", "half");
        Timer scoresAtHalf = Timers.timer(registry, "koers.bench.command", "kind", "score", "load", "half");
        int workers = size.clients() * 4;
        ServiceTimers toKafka = ServiceTimers.open(koers.commandService.managementUrl(), "koers.events.publication.lag");
        ServiceTimers queryCommitted = ServiceTimers.open(koers.queryService.managementUrl(), "koers.projection.lag");
        ServiceTimers pushed = ServiceTimers.open(koers.queryService.managementUrl(), "koers.live.push.lag");
        ServiceTimers reportingCommitted = ServiceTimers.open(koers.reportingService.managementUrl(), "koers.projection.lag");
        try (LagProbe ignored = new LagProbe(data.ghentScale(), koers.queryService.url(), toRest, toSse)) {
            OpenLoop.run(edits.perSecond() / 2, size.measure(), workers, new PlanEdits(data), editsAtHalf);
            OpenLoop.run(scores.perSecond() / 2, size.measure(), workers, new ScoreRecording(periods), scoresAtHalf);
        }
        String whereTheLagGoes = String.join(" → ", "stored → on Kafka " + timed(toKafka),
                "query-service committed " + timed(queryCommitted), "pushed on SSE " + timed(pushed));
        String reportingLag = timed(reportingCommitted);
        catchUp.await("the half load");
        String rawLatency50 = latency(rawLatency, false) + " (insert + commit)";
        figures.add(new Figure("2", String.format("Plan edit latency at half load (%.0f/s offered)", edits.perSecond() / 2),
                latency(editsAtHalf, false), rawLatency50, "–", "–", Verdict.NONE, "koers.bench.command · koers.commands"));
        figures.add(new Figure("2", String.format("Score latency at half load (%.0f/s offered)", scores.perSecond() / 2),
                latency(scoresAtHalf, false), rawLatency50, "–", "–", Verdict.NONE, "koers.bench.command · koers.commands"));
        figures.add(new Figure("3", "Lag: command accepted → visible in the query-service's REST read", latency(toRest, false),
                "–", "–", "p99 < 500 ms", Verdict.of(Timers.millisAt(toRest, 0.99) < LAG_TARGET_MS),
                "koers.bench.lag{stage=rest} · koers.projection.lag"));
        figures.add(new Figure("3", "Lag: command accepted → pushed on the plan's SSE stream", latency(toSse, false),
                "–", "–", "p99 < 500 ms", Verdict.of(Timers.millisAt(toSse, 0.99) < LAG_TARGET_MS),
                "koers.bench.lag{stage=sse} · koers.live.push.lag"));
        figures.add(new Figure("3", "Lag as the services time it, from the event's storage, during the half load",
                whereTheLagGoes, "reporting-service committed " + reportingLag, "–", "–", Verdict.NONE,
                "koers.events.publication.lag · koers.projection.lag · koers.live.push.lag"));
    }

    private static String timed(ServiceTimers timer) {
        return timer.percentiles().map(p -> "(" + p + ")").orElse("(not timed)");
    }

    private static String refusals(LoadResult result) {
        return result.refused() == 0 ? "" : ", " + result.refused() + " refused";
    }

    /** Figure 5: reads of the Ghent-scale plan. */
    private void readLatencies(KoersSystem koers, DataSet data) {
        Map<String, Timer> reads = ReadLatencies.run(data, koers.queryService.url(), koers.reportingService.url(), size.readRepeats(), registry);
        reads.forEach((figure, timer) -> {
            boolean asOf = figure.startsWith("as-of");
            figures.add(new Figure("5", figure + " (Ghent-scale plan)", latency(timer, true), "–", "–",
                    asOf ? "p95 < 300 ms" : "–", asOf ? Verdict.of(Timers.millisAt(timer, 0.95) < AS_OF_TARGET_MS) : Verdict.NONE,
                    "koers.bench.read · http.server.requests"));
        });
    }

    /** Figure 4: rebuilding each read side from scratch, beside reading the same events raw from Kafka and from the event store. */
    private void replay(KoersSystem koers) {
        Rate store = EventStoreRead.run(koers.commandDatabase);
        Rate kafka = KafkaConsume.run(koers.kafka.bootstrapServers());
        log.info("Raw reads: event store {} events/s, Kafka {} records/s", Math.round(store.perSecond()), Math.round(kafka.perSecond()));
        figures.add(new Figure("4", "Raw event-store read (" + store.records() + " events, in order, with payloads)",
                rate(store.perSecond(), "events"), "–", "–", "–", Verdict.NONE, "–"));
        for (var service : List.of(koers.queryService, koers.reportingService)) {
            Rate rebuild = ProjectionRebuild.run(service.name(), ApiClient.as(service.url(), Tenants.OPERATOR, Tenants.passwordOf(Tenants.OPERATOR)));
            log.info("{} rebuilt {} events in {} s", service.name(), rebuild.records(), Math.round(rebuild.seconds()));
            figures.add(new Figure("4", "Replay: " + service.name() + " rebuilds every projection (" + rebuild.records() + " events)",
                    rate(rebuild.perSecond(), "events"), rate(kafka.perSecond(), "records") + " (raw Kafka consume)",
                    ratio(rebuild.perSecond(), kafka.perSecond()) + " (" + ratio(rebuild.perSecond(), store.perSecond()) + " of the raw event-store read)",
                    "≥ 50%", Verdict.of(rebuild.perSecond() >= REPLAY_TARGET * kafka.perSecond()),
                    "koers.projection.rebuild · koers.projection.events"));
        }
    }

    /** Figure 6: memory of each service over the whole run, and the event store's size. */
    private void memory(KoersSystem koers, List<MemorySampler.ServiceMemory> peaks) {
        for (MemorySampler.ServiceMemory peak : peaks) {
            figures.add(new Figure("6", "Memory of the " + peak.service(),
                    "heap peak " + Format.megabytes(peak.peakHeapMb()) + " · live after GC " + Format.megabytes(peak.liveDataMb())
                            + " · RSS peak " + Format.megabytes(peak.peakRssMb()),
                    "heap max " + Format.megabytes(peak.maxHeapMb()), "–", "heap < 512 MB",
                    Verdict.of(peak.peakHeapMb() < SERVICE_HEAP_MB), "jvm.memory.used · jvm.gc.live.data.size"));
        }
        EventStoreSize store = EventStoreSize.of(koers.commandDatabase);
        figures.add(new Figure("6", "Event store on disk (table, indexes, TOAST)",
                String.format("%,.0f bytes/event", store.bytesPerEvent()),
                String.format("%,d events, %s; snapshots %s", store.events(), Format.megabytes(store.tableBytes() / 1048576.0),
                        Format.megabytes(store.snapshotBytes() / 1048576.0)), "–", "–", Verdict.NONE, "–"));
    }
}
