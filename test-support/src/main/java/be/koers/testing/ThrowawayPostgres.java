package be.koers.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own ({@code initdb} into a temporary directory, {@code pg_ctl} on a free port,
 * trust authentication for user postgres), so that a test can restart or crash PostgreSQL under Koers without touching
 * the machine's shared server. Deleted on {@link #close()}.
 * <p>
 * initdb refuses to run as root, and tests may run as root (in containers, in CI): then the cluster belongs to the
 * operating system's {@code postgres} user and its tools run as that user ({@code runuser -u postgres --}).
 */
public final class ThrowawayPostgres implements AutoCloseable {

    /** How {@link #restart(Shutdown)} stops the server, as {@code pg_ctl -m} names them. */
    public enum Shutdown {
        /** Ends the sessions, checkpoints and stops: what an operator's restart does. */
        FAST,
        /** Stops at once without a checkpoint, like a crash: the next start recovers from the write-ahead log. */
        IMMEDIATE
    }

    private static final String OS_USER = "postgres";
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(120);

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final Path log;
    private final PostgresServer server;
    private boolean closed;

    private ThrowawayPostgres() {
        bin = binaries();
        try {
            directory = Files.createTempDirectory("koers-pg");
            if (runningAsRoot()) {
                Files.setOwner(directory, directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a directory for a throwaway PostgreSQL cluster", e);
        }
        data = directory.resolve("data");
        log = directory.resolve("postgres.log");
        server = new PostgresServer("127.0.0.1", JarProcess.freePort(), "postgres", "");
        tool("initdb", "-D", data.toString(), "-U", server.user(), "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        // fsync off: the tests crash processes, never the machine, so nothing written is lost without it; and the
        // 2-core machines this runs on are slow enough already
        tool("pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "-o",
                "-p " + server.port() + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off -c max_connections=200",
                "start");
        // pg_ctl runs the server in the background: without this a test JVM that dies would leave it running
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "throwaway-postgres-stop"));
    }

    /** Creates and starts a new cluster. */
    public static ThrowawayPostgres start() {
        return new ThrowawayPostgres();
    }

    /** Where to create databases ({@link FreshDatabase#create(PostgresServer, String)}). */
    public PostgresServer server() {
        return server;
    }

    /** Stops the server as said and starts it again on the same port with the same data; returns once it accepts connections. */
    public void restart(Shutdown shutdown) {
        tool("pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60",
                "-m", shutdown.name().toLowerCase(java.util.Locale.ROOT), "restart");
    }

    /** Stops the server at once and deletes the cluster; its log is kept beside the services' logs. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            tool("pg_ctl", "-D", data.toString(), "-w", "-m", "immediate", "stop");
        } finally {
            keepLog();
            Tool.delete(directory);
        }
    }

    private void keepLog() {
        try {
            Path kept = Path.of(System.getProperty("koers.logDirectory", "target/service-logs"), "postgres-" + server.port() + ".log");
            Files.createDirectories(kept.getParent());
            if (Files.exists(log)) {
                Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tool(String name, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(name).toString());
        command.addAll(List.of(arguments));
        Tool.run(command, TOOL_TIMEOUT);
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<version>/bin), unless {@code KOERS_PG_BIN} says where. */
    private static Path binaries() {
        String configured = System.getenv("KOERS_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("No initdb under /usr/lib/postgresql/*/bin; set KOERS_PG_BIN"));
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL under /usr/lib/postgresql; set KOERS_PG_BIN", e);
        }
    }

    @Override
    public String toString() {
        return "throwaway " + server + " (data " + data + ")";
    }
}
