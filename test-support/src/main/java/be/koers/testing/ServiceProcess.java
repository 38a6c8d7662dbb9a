package be.koers.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One Koers service started from its packaged jar as a separate JVM, as in production; killable like one. */
public final class ServiceProcess implements AutoCloseable {

    private final JarProcess process;
    private final int managementPort;

    private ServiceProcess(JarProcess process, int managementPort) {
        this.process = process;
        this.managementPort = managementPort;
    }

    /** Starts the process without waiting for it: start several, then {@link #awaitHealthy()} each, to start them side by side. */
    static ServiceProcess launch(String name, Path jar, FreshDatabase database, String kafka, List<String> jvmOptions, List<String> extra) {
        int managementPort = JarProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + kafka));
        arguments.addAll(extra);
        ServiceProcess service = new ServiceProcess(new JarProcess(name, jar, jvmOptions, arguments, JarProcess.freePort()), managementPort);
        service.process.spawn();
        return service;
    }

    /** Starts it (again, after {@link #kill()}) and returns once it reports healthy. */
    public void start() {
        process.spawn();
        awaitHealthy();
    }

    /** Healthy: its health on the management port, with the database and Kafka, is UP. */
    void awaitHealthy() {
        process.awaitHealthy(managementUrl());
    }

    /** Like a crash: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    /** The API. */
    public String url() {
        return process.url();
    }

    /** Health with details, metrics and Prometheus, which the API's port does not serve. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public String name() {
        return process.name();
    }

    /** The operating system's process id, to read its memory from /proc. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.stop();
    }

    @Override
    public String toString() {
        return process.toString();
    }
}
