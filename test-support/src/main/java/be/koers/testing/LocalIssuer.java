package be.koers.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Koers' real local OpenID Connect issuer (the identity module's packaged jar) as its own JVM on a free port, with a
 * signing key of its own in a temporary directory, the demo's users and clients (profile demo) and the test users on
 * ({@code <role>@<tenant>}, password the role), so that tests get their tokens as clients in production do: signed,
 * from an issuer, through the real flows.
 */
public final class LocalIssuer implements AutoCloseable {

    private static LocalIssuer shared;

    private final JarProcess process;
    private final Path directory;
    private final Path keyFile;

    private LocalIssuer(boolean testUsers) {
        try {
            directory = Files.createTempDirectory("koers-identity");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keyFile = directory.resolve("signing-key.json");
        int port = JarProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of(
                // the demo's users and clients (planner/planner, koersbeke-finance …): the jar itself knows nobody
                "--spring.profiles.active=demo",
                "--koers.identity.issuer=http://127.0.0.1:" + port,
                "--koers.identity.key-file=" + keyFile,
                "--koers.identity.test-users.enabled=" + testUsers));
        process = new JarProcess("identity-" + port, JarProcess.moduleJar("identity", "identity-" + JarProcess.VERSION + "-exec.jar"),
                List.of("-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), arguments, port);
        process.spawn();
        process.awaitHealthy();
    }

    /** A new issuer with the test users on; close it when done (or use {@link #shared()}). */
    public static LocalIssuer start() {
        return new LocalIssuer(true);
    }

    /** A new issuer as the demo runs it: the demo's users only. */
    public static LocalIssuer startWithoutTestUsers() {
        return new LocalIssuer(false);
    }

    /** The issuer of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized LocalIssuer shared() {
        if (shared == null) {
            LocalIssuer issuer = start();
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::closeQuietly, "local-issuer-stop"));
            shared = issuer;
        }
        return shared;
    }

    /** What tokens carry in {@code iss}; the services' {@code issuer-uri} (its discovery document is below it). */
    public String issuerUri() {
        return process.url();
    }

    /** Gets tokens from this issuer. */
    public Tokens tokens() {
        return Tokens.of(issuerUri());
    }

    public Path keyFile() {
        return keyFile;
    }

    /** Stops it and starts it again on the same port with the same signing key, as an administrator's restart would. */
    public void restart() throws InterruptedException {
        process.stop();
        process.spawn();
        process.awaitHealthy();
    }

    @Override
    public void close() throws InterruptedException {
        process.stop();
        Tool.delete(directory);
    }

    private void closeQuietly() {
        try {
            close();
        } catch (InterruptedException | RuntimeException ignored) {
            // the JVM is exiting: nothing is left to tell
        }
    }

    @Override
    public String toString() {
        return "local issuer " + process;
    }
}
