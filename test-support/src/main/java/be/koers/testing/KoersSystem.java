package be.koers.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Koers as it runs in production, minus the network: a real KRaft Kafka broker, the command-service, the
 * query-service and the reporting-service as their own JVMs, each on a fresh database of a real PostgreSQL server,
 * trusting the tokens of the local OpenID Connect issuer ({@link LocalIssuer#shared()}).
 * The system tests drive it; the benchmark measures it. By default the broker runs in the test's JVM and the
 * databases are on the machine's shared PostgreSQL; tests that crash those too launch Koers on a broker process and a
 * throwaway PostgreSQL cluster of its own ({@link Launch#onInfrastructureOfItsOwn()}).
 */
public final class KoersSystem implements AutoCloseable {

    public final KafkaBroker kafka;
    public final FreshDatabase commandDatabase;
    public final FreshDatabase queryDatabase;
    public final FreshDatabase reportingDatabase;
    public final ServiceProcess commandService;
    public final ServiceProcess queryService;
    public final ServiceProcess reportingService;
    /** The throwaway cluster the databases are on, or null when they are on the shared server. */
    private final ThrowawayPostgres postgres;

    /**
     * How to start it.
     *
     * @param withReporting     whether to start the reporting-service too (tests of the command and query side start faster without)
     * @param partitions        partitions of each event topic
     * @param jvmOptions        options of every service JVM, such as its heap
     * @param extraArguments    Spring arguments given to every service, such as its users
     * @param databasePrefix    prefix of the fresh databases' names
     * @param kafkaProcess      whether the broker runs as a process of its own ({@link KafkaProcess}, killable) rather
     *                          than in the test's JVM
     * @param throwawayPostgres whether the databases are on a PostgreSQL cluster of its own ({@link ThrowawayPostgres},
     *                          restartable) rather than on the shared server
     */
    public record Launch(boolean withReporting, int partitions, List<String> jvmOptions, List<String> extraArguments,
                         String databasePrefix, boolean kafkaProcess, boolean throwawayPostgres) {

        /** On the in-process broker and the shared PostgreSQL server. */
        public Launch(boolean withReporting, int partitions, List<String> jvmOptions, List<String> extraArguments,
                      String databasePrefix) {
            this(withReporting, partitions, jvmOptions, extraArguments, databasePrefix, false, false);
        }

        /** Small heaps and a JIT tuned for start-up: tests start Koers often and load it little. */
        public static Launch forTests(boolean withReporting) {
            return new Launch(withReporting, 3, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), List.of(), "sys");
        }

        /** The same, on a Kafka broker process and a PostgreSQL cluster of its own, which a test may kill and restart. */
        public Launch onInfrastructureOfItsOwn() {
            return new Launch(withReporting, partitions, jvmOptions, extraArguments, databasePrefix, true, true);
        }
    }

    public KoersSystem() {
        this(Launch.forTests(true));
    }

    /** Without the reporting-service, for tests about the command and query side only, which then start faster. */
    public KoersSystem(boolean withReporting) {
        this(Launch.forTests(withReporting));
    }

    public KoersSystem(Launch launch) {
        postgres = launch.throwawayPostgres() ? ThrowawayPostgres.start() : null;
        PostgresServer server = postgres == null ? PostgresServer.SHARED : postgres.server();
        commandDatabase = FreshDatabase.create(server, launch.databasePrefix() + "_command");
        queryDatabase = FreshDatabase.create(server, launch.databasePrefix() + "_query");
        reportingDatabase = FreshDatabase.create(server, launch.databasePrefix() + "_reporting");
        kafka = launch.kafkaProcess() ? KafkaProcess.startNew() : new InProcessKafka(launch.partitions());
        // the command-service first: it creates the topics the others subscribe to; those two then start side by side
        commandService = launch("command-service", commandDatabase, launch);
        commandService.awaitHealthy();
        queryService = launch("query-service", queryDatabase, launch);
        reportingService = launch.withReporting() ? launch("reporting-service", reportingDatabase, launch) : null;
        services().forEach(ServiceProcess::awaitHealthy);
        // the administrations of the local issuer's demo users (planner, scorer … of Koersbeke; zandhoven-planner)
        register("koersbeke");
        register("zandhoven");
    }

    private ServiceProcess launch(String name, FreshDatabase database, Launch launch) {
        List<String> arguments = new ArrayList<>(List.of("--koers.kafka.partitions=" + launch.partitions(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + LocalIssuer.shared().issuerUri()));
        arguments.addAll(launch.extraArguments());
        return ServiceProcess.launch(name, jarOf(name), database, kafka.bootstrapServers(), launch.jvmOptions(), arguments);
    }

    /**
     * The packaged jar of a service: where the build says ({@code koers.commandServiceJar} …), else where
     * {@code ./mvnw package} puts it.
     */
    static Path jarOf(String service) {
        return JarProcess.moduleJar(service, service + "-" + JarProcess.VERSION + ".jar");
    }

    /**
     * Registers an administration as its operator does before its users can change anything; one registered before
     * (the demo's Koersbeke and Zandhoven) is left as it is.
     */
    public void register(String tenant) {
        ApiClient.Response answer = commands("operator", "operator").post("/admin/tenants", Map.of("tenant", tenant,
                "name", Map.of("nl", "Gemeente " + tenant, "en", "Municipality of " + tenant)));
        if (answer.status() != 201 && answer.status() != 409) {
            throw new IllegalStateException("The operator could not register " + tenant + ": " + answer);
        }
    }

    public ApiClient commands(String user, String password) {
        return ApiClient.as(commandService.url(), user, password);
    }

    public ApiClient queries(String user, String password) {
        return ApiClient.as(queryService.url(), user, password);
    }

    public ApiClient reports(String user, String password) {
        return ApiClient.as(reportingService.url(), user, password);
    }

    /** The broker process, for tests that kill it; only when launched {@link Launch#onInfrastructureOfItsOwn()}. */
    public KafkaProcess kafkaProcess() {
        if (kafka instanceof KafkaProcess process) {
            return process;
        }
        throw new IllegalStateException("Kafka runs in the test's JVM: launch Koers on infrastructure of its own to kill it");
    }

    /** The PostgreSQL cluster, for tests that restart it; only when launched {@link Launch#onInfrastructureOfItsOwn()}. */
    public ThrowawayPostgres postgres() {
        if (postgres == null) {
            throw new IllegalStateException("The databases are on the shared PostgreSQL: launch Koers on infrastructure of its own to restart it");
        }
        return postgres;
    }

    /** The running services, for whoever watches them all (the benchmark's memory sampler). */
    public List<ServiceProcess> services() {
        return reportingService == null ? List.of(commandService, queryService)
                : List.of(commandService, queryService, reportingService);
    }

    @Override
    public void close() throws Exception {
        try (AutoCloseable cluster = postgres == null ? () -> { } : postgres; kafka;
             commandDatabase; queryDatabase; reportingDatabase) {
            for (ServiceProcess service : services()) {
                service.close();
            }
        }
    }
}
