package be.koers.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** One Koers service started from its packaged jar as a separate JVM, as in production; killable like one. */
public final class ServiceProcess implements AutoCloseable {

    static final String VERSION = "0.1.0-SNAPSHOT";

    private final String name;
    private final Path jar;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final int port;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, Path jar, List<String> jvmOptions, List<String> arguments, int port) {
        this.name = name;
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = arguments;
        this.port = port;
        this.log = Path.of(System.getProperty("koers.logDirectory", "target/service-logs"), name + ".log");
    }

    /** Starts the process without waiting for it: start several, then {@link #awaitHealthy()} each, to start them side by side. */
    static ServiceProcess launch(String name, Path jar, String databaseUrl, String kafka, List<String> jvmOptions, List<String> extra) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw package (or verify) packages the services first");
        }
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + FreshDatabase.USER,
                "--spring.datasource.password=" + FreshDatabase.PASSWORD,
                "--spring.kafka.bootstrap-servers=" + kafka));
        arguments.addAll(extra);
        ServiceProcess service = new ServiceProcess(name, jar, jvmOptions, arguments, port);
        service.spawn();
        return service;
    }

    /** Starts it (again, after {@link #kill()}) and returns once it reports healthy. */
    public void start() {
        spawn();
        awaitHealthy();
    }

    private void spawn() {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
    }

    void awaitHealthy() {
        ApiClient health = ApiClient.anonymous(url());
        await(name + " healthy (log: " + log + ")").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                    }
                    try {
                        return health.get("/actuator/health").status() == 200;
                    } catch (IllegalStateException notYetListening) {
                        return false;
                    }
                });
    }

    /** Like a crash: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    /** The operating system's process id, to read its memory from /proc. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " at " + url() + " (log " + log + ")";
    }
}
