package be.koers.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Command line tools the throwaway infrastructure is set up with (initdb, pg_ctl, Kafka's storage tool). */
final class Tool {

    private Tool() {
    }

    /** Runs the command to its end and returns its output; a non-zero exit or a command that hangs is an error. */
    static String run(List<String> command, Duration timeout) {
        try {
            Path output = Files.createTempFile("koers-tool", ".log");
            try {
                // in the temporary directory: the tools may run as another user, who cannot enter the build's
                Process process = new ProcessBuilder(command).directory(new File(System.getProperty("java.io.tmpdir")))
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout
                            + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a directory with everything in it. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete " + directory, e);
        }
    }
}
