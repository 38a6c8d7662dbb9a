package be.koers.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * A single-node KRaft Kafka broker (broker and controller in one) as its own JVM, run from the Kafka jars on the test
 * classpath (spring-kafka-test brings the server) the way {@code infra/koers kafka} runs it from
 * {@code infra/kafka}: storage formatted with Kafka's {@code StorageTool}, then {@code kafka.Kafka}. Its ports and
 * log directory stay the same across {@link #kill()} and {@link #start()}, so a test can crash it and bring it back
 * with its data, as an operator would. The log directory is deleted on {@link #close()}.
 */
public final class KafkaProcess implements KafkaBroker {

    private static final String HEAP = "-Xmx256m";

    private final Path directory;
    private final Path configuration;
    private final Path logging;
    private final Path log;
    private final int port;
    private Process process;

    private KafkaProcess() {
        try {
            directory = Files.createTempDirectory("koers-kafka");
            configuration = directory.resolve("server.properties");
            logging = directory.resolve("logback.xml");
            port = JarProcess.freePort();
            Files.writeString(configuration, configuration(directory.resolve("data"), port, JarProcess.freePort()));
            Files.writeString(logging, LOGGING);
            log = Path.of(System.getProperty("koers.logDirectory", "target/service-logs"), "kafka-" + port + ".log");
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a Kafka broker's directory", e);
        }
        Tool.run(java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", configuration.toString()),
                Duration.ofSeconds(120));
    }

    /** Formats a new broker's storage and starts it; returns once it answers. */
    public static KafkaProcess startNew() {
        KafkaProcess kafka = new KafkaProcess();
        // the broker is a process of its own: without this a test JVM that dies would leave it running
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-process-stop"));
        kafka.start();
        return kafka;
    }

    /** Starts it (again, after {@link #kill()}) on the same ports and data; returns once it answers its clients. */
    public void start() {
        try {
            process = new ProcessBuilder(java("kafka.Kafka", configuration.toString())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Kafka", e);
        }
        awaitReady();
    }

    /** Like a crash: SIGKILL, nothing flushed or handed over. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Kills it and deletes its data; a second call finds nothing left to do. */
    @Override
    public synchronized void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Tool.delete(directory);
        }
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
            await("Kafka on " + bootstrapServers() + " (log " + log + ")").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(300)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + log);
                        }
                        try {
                            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
                        } catch (ExecutionException | TimeoutException notYet) {
                            return false;
                        }
                    });
        }
    }

    /** A JVM running a class of the Kafka jars, which are on this JVM's class path. */
    private List<String> java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=" + logging, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    /** infra/kafka/server.properties.template, on ports of its own and a log directory of its own. */
    private static String configuration(Path data, int port, int controllerPort) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                controller.listener.names=CONTROLLER
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                min.insync.replicas=1
                default.replication.factor=1
                auto.create.topics.enable=false
                group.initial.rebalance.delay.ms=0
                num.network.threads=2
                num.io.threads=2
                num.recovery.threads.per.data.dir=1
                """.formatted(port, controllerPort, data);
    }

    /** Kafka logs through slf4j, here onto logback (on the test class path): warnings, and when it started. */
    private static final String LOGGING = """
            <configuration>
              <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>[%d] %level %msg \\(%logger\\)%n</pattern></encoder>
              </appender>
              <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
              <root level="WARN"><appender-ref ref="out"/></root>
            </configuration>
            """;
}
