package be.koers.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A packaged Spring Boot jar of this repository run as its own JVM on a port of its own, logging to a file: what a
 * Koers service and the local issuer have in common when tests start them.
 */
final class JarProcess {

    static final String VERSION = "0.1.0-SNAPSHOT";

    private final String name;
    private final Path jar;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final int port;
    private final Path log;
    private Process process;

    /** Prepares it; {@code --server.port} comes first among the arguments. */
    JarProcess(String name, Path jar, List<String> jvmOptions, List<String> arguments, int port) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw package (or verify) packages it first");
        }
        this.name = name;
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = new ArrayList<>(List.of("--server.port=" + port));
        this.arguments.addAll(arguments);
        this.port = port;
        this.log = Path.of(System.getProperty("koers.logDirectory", "target/service-logs"), name + ".log");
    }

    /**
     * The packaged jar of a module: where the build says ({@code koers.<module in camel case>Jar}, such as
     * {@code koers.commandServiceJar}), else under the module's target directory beside the working directory
     * (the repository root) or above it (a module's own directory, where Maven runs its tests).
     */
    static Path moduleJar(String module, String fileName) {
        String configured = System.getProperty("koers." + camelCase(module) + "Jar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path inRoot = Path.of(module, "target", fileName).toAbsolutePath();
        Path besideModule = Path.of("..", module, "target", fileName).toAbsolutePath().normalize();
        return Files.exists(inRoot) || !Files.exists(besideModule) ? inRoot : besideModule;
    }

    private static String camelCase(String module) {
        StringBuilder camel = new StringBuilder();
        for (String part : module.split("-")) {
            camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return camel.toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the JVM without waiting for it to be ready. */
    void spawn() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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

    /** Waits until {@code /actuator/health} on its own port answers 200 (UP). */
    void awaitHealthy() {
        awaitHealthy(url());
    }

    /** Waits until {@code /actuator/health} at the given base URL (a management port of its own) answers 200 (UP). */
    void awaitHealthy(String actuatorUrl) {
        ApiClient health = ApiClient.anonymous(actuatorUrl);
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
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM (a graceful shutdown), SIGKILL when that takes longer than 20 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public String toString() {
        return name + " at " + url() + " (log " + log + ")";
    }
}
