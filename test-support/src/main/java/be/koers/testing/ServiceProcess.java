package be.koers.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One Koers service started from its packaged jar as a separate JVM, as in production; killable like one. */
public final class ServiceProcess implements AutoCloseable {

    private final JarProcess process;

    private ServiceProcess(JarProcess process) {
        this.process = process;
    }

    /** Starts the process without waiting for it: start several, then {@link #awaitHealthy()} each, to start them side by side. */
    static ServiceProcess launch(String name, Path jar, String databaseUrl, String kafka, List<String> jvmOptions, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + FreshDatabase.USER,
                "--spring.datasource.password=" + FreshDatabase.PASSWORD,
                "--spring.kafka.bootstrap-servers=" + kafka));
        arguments.addAll(extra);
        ServiceProcess service = new ServiceProcess(new JarProcess(name, jar, jvmOptions, arguments, JarProcess.freePort()));
        service.process.spawn();
        return service;
    }

    /** Starts it (again, after {@link #kill()}) and returns once it reports healthy. */
    public void start() {
        process.spawn();
        awaitHealthy();
    }

    void awaitHealthy() {
        process.awaitHealthy();
    }

    /** Like a crash: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    public String url() {
        return process.url();
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
